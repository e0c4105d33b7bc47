/**
 * The sync metadata every synced record carries (docs/sync.md): an id born
 * where the record is born, the owning office, a tombstone field, and the HLC
 * stamp of the last write of each field.
 */
export interface SyncMeta {
  id: string;
  /** Code of the office that owns the record (HQ filters by it). */
  office: string;
  /** Tombstone: 1 once deleted; a field with its own stamp, never inferred from absence. */
  deleted: 0 | 1;
  /** Per-field stamp of the last write that set it (includes `deleted` and `office`). */
  _stamps: Record<string, string>;
  /** The newest of `_stamps`: when the record last changed. */
  _rev: string;
}

export const META_FIELDS = ['id', '_stamps', '_rev'] as const;

/**
 * Where a record came from when HQ moved it to another office (`office` changed):
 * the office that owned it before. Only HQ writes it (shared/sync/authority.ts);
 * HQ's bundle to that office carries the move (renderer/src/sync/gather.ts), so
 * the office learns the record is no longer its own.
 */
export const MOVED_FROM = 'movedFrom';

/**
 * The fields of a write that moves `current` to another office: the record's
 * whole state (every field a write set), the new office and where it came
 * from, so the office it goes to, which never had it, gets all of it, and the
 * office it leaves learns of the move. `fields` as they are for any other write.
 */
export function moveFields(current: SyncMeta | undefined, fields: Record<string, unknown>): Record<string, unknown> {
  if (!current || typeof fields.office !== 'string' || fields.office === current.office) return fields;
  const whole: Record<string, unknown> = {};
  for (const f of Object.keys(current._stamps)) whole[f] = (current as unknown as Record<string, unknown>)[f];
  return { ...whole, ...fields, [MOVED_FROM]: current.office };
}

/** A synced record: its own fields plus the metadata. */
export type Synced<T> = T & SyncMeta;

/** The fields a caller may set: everything but the metadata the repository owns (office defaults to this office). */
export type Fields<T> = Omit<T, keyof SyncMeta> & { office?: string };

/** One local write, as it travels in the op log and in bundles. */
export interface Op {
  /** HLC stamp of the write. */
  stamp: string;
  /** Node id of the installation that made the write. */
  origin: string;
  /** Per-origin sequence number, counting up from 1 with no gaps. */
  seq: number;
  table: string;
  id: string;
  /** The fields the write changed, with their new values. */
  fields: Record<string, unknown>;
}

/**
 * Apply one op to a record with per-field last-writer-wins. Returns the merged
 * record (or null when the op changes nothing) and the fields whose incoming
 * value lost to a newer local one. Ties cannot happen between different nodes:
 * the node id is part of the stamp.
 */
export function applyOpToRecord<T extends SyncMeta>(
  current: T | undefined,
  op: Pick<Op, 'stamp' | 'id' | 'fields'>,
): { record: T | null; lost: string[]; won: string[] } {
  const base = (current ?? { id: op.id, deleted: 0, _stamps: {}, _rev: '' }) as T;
  const stamps = { ...base._stamps };
  const next: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  const won: string[] = [];
  const lost: string[] = [];
  for (const [field, value] of Object.entries(op.fields)) {
    if ((META_FIELDS as readonly string[]).includes(field)) continue;
    const have = stamps[field];
    if (have === undefined || have < op.stamp) {
      next[field] = value;
      stamps[field] = op.stamp;
      won.push(field);
    } else if (have > op.stamp) {
      lost.push(field);
    }
  }
  if (!won.length) return { record: null, lost, won };
  next._stamps = stamps;
  next._rev = base._rev > op.stamp ? base._rev : op.stamp;
  return { record: next as T, lost, won };
}
