import type { Table } from 'dexie';
import { newId } from '../../../shared/ids';
import { policyOf } from '../../../shared/sync/policy';
import type { Fields, SyncMeta } from '../../../shared/sync/record';
import type { DeskDb } from './db';
import { identity, knownIdentity, newRecordOffice } from './identity';
import { loggedTransaction } from './oplog';
import type { SyncedTable } from './schema';

/**
 * Whether a record is one this installation lists: not deleted and, at an
 * office, not one HQ moved to another office (the office keeps the copy it
 * had, read-only: whyReadOnly; HQ sends it nothing more of it).
 */
export function listed(rec: Pick<SyncMeta, 'deleted' | 'office'> & { movedFrom?: unknown }): boolean {
  if (rec.deleted !== 0) return false;
  const me = knownIdentity();
  return !(me?.role === 'office' && rec.office !== me.office && rec.movedFrom === me.office);
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The only way to change a synced table. Each write is one transaction that
 * also appends one op per record; reads go through `read` and `live`.
 */
export class Repo<T extends SyncMeta> {
  constructor(
    protected readonly db: DeskDb,
    readonly table: SyncedTable,
    /** For records whose identity is derived from their fields (attendance: session and member); others get a new UUIDv7. */
    private readonly idOf?: (fields: Fields<T>) => string,
    /** The derived ids are new every time (a fresh UUIDv7 under a prefix): a create need not read first. */
    private readonly freshIds = false,
  ) {}

  /** For queries. Writes through this table are refused by the write guard. */
  get read(): Table<T, string> {
    return this.db.synced<T>(this.table);
  }

  get(id: string): Promise<T | undefined> {
    return this.read.get(id);
  }

  /** All records not deleted (nor, at an office, moved away from it: see `listed`). */
  all(): Promise<T[]> {
    return this.read.filter((r) => listed(r)).toArray();
  }

  async create(fields: Fields<T>): Promise<T> {
    const [rec] = await this.bulkCreate([fields]);
    return rec;
  }

  /**
   * Create many records in one transaction (imports, demo data). A derived id
   * may already be held (a tombstone, or the same record from another node):
   * then the write merges into it like any other write.
   */
  bulkCreate(rows: Fields<T>[]): Promise<T[]> {
    const office = newRecordOffice();
    const idOf = this.idOf ?? (() => newId());
    return loggedTransaction(this.db, [this.table], (w) =>
      w.writeMany<T>(
        this.table,
        rows.map((fields) => ({ id: idOf(fields), fields: { office, ...fields, deleted: 0 } })),
        { fresh: !this.idOf || this.freshIds },
      ),
    );
  }

  /**
   * Create records under ids the caller derived (the same record born at several
   * nodes, e.g. a default list entry); an existing one is overwritten and undeleted.
   */
  createWithIds(rows: Array<{ id: string; fields: Fields<T> }>): Promise<T[]> {
    const office = newRecordOffice();
    return loggedTransaction(this.db, [this.table], (w) =>
      w.writeMany<T>(this.table, rows.map((r) => ({ id: r.id, fields: { office, ...r.fields, deleted: 0 } }))),
    );
  }

  /** Change some fields; only fields whose value differs are written and logged. */
  async update(id: string, changes: Partial<Fields<T>>): Promise<T> {
    const [rec] = await this.bulkUpdate([{ id, changes }]);
    return rec;
  }

  bulkUpdate(rows: Array<{ id: string; changes: Partial<Fields<T>> }>): Promise<T[]> {
    return loggedTransaction(this.db, [this.table], async (w) => {
      const current = await this.read.bulkGet(rows.map((r) => r.id));
      const entries: Array<{ id: string; fields: Record<string, unknown> }> = [];
      const unchanged: T[] = [];
      rows.forEach((r, i) => {
        const cur = current[i];
        if (!cur) throw new Error(`找不到要修改的记录（${this.table} ${r.id}）`);
        const fields = Object.fromEntries(
          Object.entries(r.changes).filter(([k, v]) => !sameValue((cur as Record<string, unknown>)[k], v)),
        );
        if (Object.keys(fields).length) entries.push({ id: r.id, fields });
        else unchanged.push(cur);
      });
      const written = await w.writeMany<T>(this.table, entries);
      const byId = new Map([...written, ...unchanged].map((r) => [r.id, r]));
      return rows.map((r) => byId.get(r.id)!);
    });
  }

  /**
   * Why this installation may not change `rec` (null when it may): at an office,
   * HQ's records, another office's and the district's default entries are
   * read-only (shared/sync/authority.ts; the write itself would be refused).
   * Screens use it to show a record as read-only instead of offering a button
   * that fails.
   */
  whyReadOnly(rec: Pick<SyncMeta, 'id' | 'office'> & { movedFrom?: unknown }): string | null {
    const me = identity();
    if (me.role !== 'office') return null;
    const p = policyOf(this.table);
    if (p.authority.writers === 'hq') return `${p.label}由区政协填写，本办公室只能查看`;
    if (p.authority.seeded?.id(rec.id)) return '区政协统一的默认项，由区政协维护';
    if (rec.office !== me.office && rec.movedFrom === me.office) return `区政协已把这条记录转给 ${rec.office}，本办公室只能查看`;
    // An office holds only its own records and HQ's (HQ sends it nothing else, but the records it moved away).
    if (rec.office !== me.office) return `这是区政协（${rec.office}）的记录，由区政协维护，本办公室只能查看`;
    return null;
  }

  /** Delete by tombstone; the record stays so the deletion can travel. */
  remove(id: string): Promise<T> {
    return this.update(id, { deleted: 1 } as unknown as Partial<Fields<T>>);
  }

  /** Undo a deletion explicitly (an edit of another field never does). */
  restore(id: string): Promise<T> {
    return this.update(id, { deleted: 0 } as unknown as Partial<Fields<T>>);
  }
}
