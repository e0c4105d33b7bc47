import { describe, expect, it } from 'vitest';
import { monthLabelStep, showMonthLabel } from './chartTicks';

const monthsFrom = (year: number, n: number) => Array.from({ length: n }, (_, i) => `${year + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

describe('month labels on the figures chart', () => {
  it('a year shows every month; five years show January and July only', () => {
    expect(monthsFrom(2026, 12).filter((m) => showMonthLabel(m, 12))).toHaveLength(12);
    const five = monthsFrom(2021, 60);
    expect(five.filter((m) => showMonthLabel(m, 60))).toEqual(five.filter((m) => m.endsWith('-01') || m.endsWith('-07')));
  });
  it('never puts more than 14 labels on the axis', () => {
    for (let n = 1; n <= 120; n++) {
      const months = monthsFrom(2016, n);
      expect(months.filter((m) => showMonthLabel(m, n)).length, `${n} months`).toBeLessThanOrEqual(14);
      expect(monthLabelStep(n)).toBeGreaterThanOrEqual(1);
    }
  });
});
