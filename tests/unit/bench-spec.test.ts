import { describe, expect, it } from 'vitest';
import { evaluate, quantile, type RowSpec } from '../../bench/spec';

const spec = (limits: RowSpec['limits']): RowSpec => ({
  id: 'x', name: 'x', budget: 'x', limits, unit: 'ms', stat: 'median', source: 'test', built: true,
});

describe('bench verdicts', () => {
  it('take p95 by nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(xs, 0.95)).toBe(95);
    expect(quantile(xs, 0.5)).toBe(50);
    expect(quantile([3], 0.95)).toBe(3);
  });

  it('compare a figure with each baseline it is limited against', () => {
    const s = spec([{ against: 'bulkPut', max: 1.5 }, { against: 'pouchdb', max: 1 }]);
    const baselines = [
      { key: 'bulkPut', kind: 'floor' as const, name: 'b', figure: 100, ok: true },
      { key: 'pouchdb', kind: 'peer' as const, name: 'p', figure: 200, ok: true },
    ];
    expect(evaluate(s, { figure: 140, samples: 1, baselines })).toMatchObject({ ratio: 1.4, within: true });
    expect(evaluate(s, { figure: 160, samples: 1, baselines }).within).toBe(false);
    expect(evaluate(s, { figure: 210, samples: 1, baselines: [baselines[0], { ...baselines[1], figure: 200 }] }).within).toBe(false);
  });

  it('give no verdict when a baseline could not run, and none for rows without a budget', () => {
    const s = spec([{ against: 'pouchdb', max: 1 }]);
    expect(evaluate(s, { figure: 1, samples: 1, baselines: [{ key: 'pouchdb', kind: 'peer', name: 'p', figure: 0, ok: false }] }).within).toBeNull();
    expect(evaluate(spec([]), { figure: 1, samples: 1, baselines: [] }).within).toBeNull();
    expect(evaluate(spec([{ max: 16 }]), { figure: 17, samples: 1, baselines: [] }).within).toBe(false);
  });
});
