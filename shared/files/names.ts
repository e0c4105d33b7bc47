/**
 * Names for a file saved next to others: never over an earlier file. The
 * second 出勤统计.xlsx becomes 出勤统计（2）.xlsx, as Windows Explorer numbers copies.
 */
export function numberedName(name: string, n: number): string {
  if (n <= 1) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  return `${stem}（${n}）${ext}`;
}

/** The first of name, name（2）, name（3）… that `taken` does not hold (compared without case, as Windows and macOS do). */
export function freeName(name: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  for (let n = 1; ; n++) {
    const candidate = numberedName(name, n);
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
