import Dexie from 'dexie';
import type { Baseline } from '../../../bench/spec';
import { median, settle, timed } from './timing';

/**
 * Floors and peers, measured in the same page on the same records: what
 * IndexedDB itself allows (raw Dexie, no repositories, no op log, primary key
 * only) and what a local-first developer would pick (PouchDB, idb adapter).
 */

const CHUNK = 5_000;
let dbCounter = 0;

/** Each floor is measured once per records array and page: rows on the same records share it. */
const memo = new WeakMap<object, Map<string, Promise<Baseline>>>();
function once(key: string, records: object[], make: () => Promise<Baseline>): Promise<Baseline> {
  const m = memo.get(records) ?? new Map<string, Promise<Baseline>>();
  memo.set(records, m);
  if (!m.has(key)) m.set(key, make());
  return m.get(key)!;
}

function floorDb(): Dexie {
  const db = new Dexie(`bench-floor-${Date.now()}-${dbCounter++}`);
  db.version(1).stores({ records: 'id' });
  return db;
}

async function withFreshDb<R>(fn: (db: Dexie) => Promise<R>): Promise<R> {
  const db = floorDb();
  await db.open();
  try {
    return await fn(db);
  } finally {
    db.close();
    await Dexie.delete(db.name);
    await settle();
  }
}

/** Raw Dexie bulkPut of all records in one transaction; median of `repeats` fresh databases. */
export function bulkPutOneTx(records: object[], repeats: number): Promise<Baseline> {
  return once('bulkPutOneTx', records, async () => {
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      times.push(await withFreshDb((db) => timed(() => db.table('records').bulkPut(records))));
    }
    return { key: 'bulkPut', kind: 'floor', name: `raw Dexie bulkPut, one transaction (${records.length})`, figure: median(times), ok: true };
  });
}

/** Raw Dexie bulkPut in transactions of 5,000 records. */
export function bulkPutChunked(records: object[], repeats: number): Promise<Baseline> {
  return once('bulkPutChunked', records, async () => {
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      times.push(
        await withFreshDb((db) =>
          timed(async () => {
            for (let at = 0; at < records.length; at += CHUNK) await db.table('records').bulkPut(records.slice(at, at + CHUNK));
          }),
        ),
      );
    }
    return { key: 'bulkPut5000', kind: 'floor', name: `raw Dexie bulkPut, transactions of ${CHUNK}`, figure: median(times), ok: true };
  });
}

/** Raw Dexie toArray of the same records, read back from a table that holds only them. */
export function toArrayFloor(records: object[], repeats: number): Promise<Baseline> {
  return once('toArrayFloor', records, async () => {
    const times = await withFreshDb(async (db) => {
      await db.table('records').bulkPut(records);
      const out: number[] = [];
      for (let i = 0; i < Math.max(3, repeats); i++) {
        out.push(await timed(() => db.table('records').toArray()));
        await settle();
      }
      return out;
  });
  return { key: 'toArray', kind: 'floor', name: `raw Dexie toArray (${records.length})`, figure: median(times), ok: true };
  });
}

/** PouchDB with its IndexedDB adapter: bulkDocs with new_edits false, 5,000 a call, into a fresh database. */
export function pouchBulkDocs(records: Array<{ id: string }>, repeats: number): Promise<Baseline> {
  return once('pouchBulkDocs', records, async () => {
    const name = `PouchDB bulkDocs new_edits:false, idb adapter, ${CHUNK} a call`;
    try {
      const { default: PouchDB } = await import('pouchdb-browser');
      // PouchDB reserves fields starting with "_": the sync metadata travels under plain names, same payload.
      const docs = records.map((r, i) => {
        const { id, _stamps, _rev, ...rest } = r as { id: string; _stamps?: unknown; _rev?: unknown };
        return { ...rest, stamps: _stamps, hlcRev: _rev, _id: id, _rev: `1-${(i + 1).toString(16).padStart(32, '0')}` };
      });
      const times: number[] = [];
      let adapter = '';
      for (let r = 0; r < repeats; r++) {
        const db = new PouchDB(`bench-pouch-${Date.now()}-${r}`, { adapter: 'idb' });
        adapter = db.adapter;
        try {
          times.push(
            await timed(async () => {
              for (let at = 0; at < docs.length; at += CHUNK) await db.bulkDocs(docs.slice(at, at + CHUNK), { new_edits: false });
            }),
          );
          const info = await db.info();
          if (info.doc_count !== docs.length) throw new Error(`PouchDB holds ${info.doc_count} of ${docs.length} docs`);
        } finally {
          await db.destroy();
          await settle();
        }
      }
      return { key: 'pouchdb', kind: 'peer', name: `${name} (adapter ${adapter})`, figure: median(times), ok: true };
    } catch (e) {
      return { key: 'pouchdb', kind: 'peer', name, figure: 0, ok: false, note: `PouchDB could not run: ${(e as Error).message}` };
    }
  });
}

/** A plain linear scan: the strings that contain the query, in order. */
export function linearScan(strings: string[], query: string): number[] {
  const hits: number[] = [];
  for (let i = 0; i < strings.length; i++) if (strings[i].includes(query)) hits.push(i);
  return hits;
}
