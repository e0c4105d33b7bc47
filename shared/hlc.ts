/**
 * Hybrid logical clock, after Actual Budget's packages/crdt.
 * A stamp is a sortable string: ISO wall time, a 4-hex-digit counter and the
 * 16-hex-digit node id, e.g. `2026-11-25T08:00:00.000Z-0000-0123456789ABCDEF`.
 * Comparing two stamps as strings orders them by time, then counter, then node.
 */

export const MAX_COUNTER = 0xffff;
const STAMP_RE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9A-F]{4})-([0-9A-F]{16})$/;
const NODE_RE = /^[0-9A-F]{16}$/;

export interface Timestamp {
  millis: number;
  counter: number;
  node: string;
}

export function isNodeId(node: string): boolean {
  return NODE_RE.test(node);
}

export function formatStamp(ts: Timestamp): string {
  if (!isNodeId(ts.node)) throw new Error(`invalid node id: ${ts.node}`);
  if (!Number.isInteger(ts.counter) || ts.counter < 0 || ts.counter > MAX_COUNTER) {
    throw new Error(`invalid counter: ${ts.counter}`);
  }
  return `${new Date(ts.millis).toISOString()}-${ts.counter.toString(16).toUpperCase().padStart(4, '0')}-${ts.node}`;
}

export function parseStamp(stamp: string): Timestamp | null {
  const m = STAMP_RE.exec(stamp);
  if (!m) return null;
  const millis = Date.parse(m[1]);
  if (Number.isNaN(millis) || new Date(millis).toISOString() !== m[1]) return null;
  return { millis, counter: parseInt(m[2], 16), node: m[3] };
}

export function isStamp(stamp: unknown): stamp is string {
  return typeof stamp === 'string' && parseStamp(stamp) !== null;
}

/** Advance (millis, counter) by one tick; on counter overflow move the time part on instead of failing. */
function bump(millis: number, counter: number): [number, number] {
  return counter >= MAX_COUNTER ? [millis + 1, 0] : [millis, counter + 1];
}

export class Hlc {
  private millis: number;
  private counter: number;

  constructor(
    readonly node: string,
    private readonly now: () => number = Date.now,
    last?: string | null,
  ) {
    if (!isNodeId(node)) throw new Error(`invalid node id: ${node}`);
    const parsed = last ? parseStamp(last) : null;
    this.millis = parsed?.millis ?? 0;
    this.counter = parsed?.counter ?? 0;
  }

  /** The last stamp issued or observed (not a new one). */
  last(): string {
    return formatStamp({ millis: this.millis, counter: this.counter, node: this.node });
  }

  /** A new stamp for a local event; never older than any stamp issued or received before. */
  send(): string {
    const phys = this.now();
    if (phys > this.millis) {
      this.millis = phys;
      this.counter = 0;
    } else {
      [this.millis, this.counter] = bump(this.millis, this.counter);
    }
    return this.last();
  }

  /** Observe a stamp from elsewhere so later local stamps sort after it. */
  recv(stamp: string): void {
    const remote = parseStamp(stamp);
    if (!remote) throw new Error(`invalid stamp: ${stamp}`);
    const phys = this.now();
    const top = Math.max(this.millis, remote.millis, phys);
    let counter: number;
    if (top === this.millis && top === remote.millis) counter = Math.max(this.counter, remote.counter);
    else if (top === this.millis) counter = this.counter;
    else if (top === remote.millis) counter = remote.counter;
    else counter = -1;
    if (counter < 0) {
      this.millis = top;
      this.counter = 0;
    } else {
      [this.millis, this.counter] = bump(top, counter);
    }
  }
}

export function compareStamps(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
