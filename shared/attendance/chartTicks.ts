/**
 * Which month labels the figures chart shows: every month up to a year, then
 * every 2nd, 3rd, 6th or 12th calendar month, so that at most 14 labels share
 * the axis and five years at 1366 px do not overlap (January always shows).
 */
const STEPS = [1, 2, 3, 6, 12] as const;
const MAX_LABELS = 14;

export function monthLabelStep(months: number): number {
  return STEPS.find((s) => Math.ceil(months / s) <= MAX_LABELS) ?? 12;
}

/** True when the month ('YYYY-MM') gets a label on an axis of `months` months. */
export function showMonthLabel(month: string, months: number): boolean {
  const m = Number(month.slice(5, 7));
  return (m - 1) % monthLabelStep(months) === 0;
}
