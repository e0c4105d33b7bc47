import type { Baseline } from '../../../../bench/spec';
import { localDate } from '../../../../shared/attendance/time';
import { demoMembers, demoRefLists } from '../../../../shared/demo/generator';
import { demoSessions } from '../../../../shared/demo/sessions';
import type { FileRef } from '../../../../shared/contract/files';
import { call } from '../../app/api';
import { db, repos } from '../../db';
import { loggedTransaction } from '../../db/oplog';
import { countOps } from '../../db/oplog-store';
import { LATEST_VERSION, SYNCED_TABLES } from '../../db/schema';
import { exportBundle, importBundle } from '../../sync/exchange';
import { bulkPutOneTx, pouchBulkDocs, toArrayFloor } from '../floors';
import { averageBytes, timed } from '../timing';

/**
 * The data exchange, driven the way the exchange page drives it: an office
 * exports a bundle of `count` new records to a stick (exportBundle), HQ enrols
 * the office and imports the bundle (importBundle), then imports it again.
 * Each timing has its floor or peer on the same records, in the same page.
 */

/** Fill this office with `count` records through the repositories (one op each): reference lists, members, sessions, attendance. */
async function fillOffice(args: { count: number; members: number }): Promise<Record<string, number>> {
  const today = localDate(new Date());
  await loggedTransaction(db, ['members', 'refLists', 'sessions', 'attendance'], async () => {
    const refs = await repos.refLists.bulkCreate(demoRefLists());
    const members = await repos.members.bulkCreate(demoMembers(Math.min(args.members, args.count - refs.length)));
    let left = args.count - refs.length - members.length;
    if (left <= 0) return;
    const { sessions, attendance } = demoSessions(members, { today });
    const created = await repos.sessions.bulkCreate(sessions.slice(0, left));
    left -= created.length;
    const rows = attendance.filter((a) => a.sessionIndex < created.length).slice(0, left);
    await repos.attendance.bulkCreate(rows.map((a) => ({ ...a.fields, sessionId: created[a.sessionIndex].id })));
  });
  return counts();
}

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of SYNCED_TABLES) out[t] = await db.table(t).count();
  out.ops = await countOps(db);
  return out;
}

/** Every record of the synced tables (owned by `office` if given), read raw. */
async function records(office?: string): Promise<Array<{ id: string }>> {
  const all: Array<{ id: string }> = [];
  for (const t of SYNCED_TABLES) {
    const rows = (await db.table(t).toArray()) as Array<{ id: string; office?: string }>;
    for (const r of rows) if (!office || r.office === office) all.push(r);
  }
  return all;
}

async function pick(): Promise<string> {
  const r = await call('dialog.pickFolder', { title: '选择U盘' });
  if (!r) throw new Error('no folder answer for the bench');
  return r.picked;
}

/** Times of the exchange's progress events, to split a figure into its phases. */
function progressMarks() {
  const start = performance.now();
  const at: number[] = [];
  return {
    onProgress: () => void at.push(performance.now()),
    count: () => at.length,
    last: () => at.length - 1,
    fromStart: (i: number) => Math.round(at[i] - start),
    between: (i: number, j: number) => Math.round(at[j] - at[i]),
    sinceLast: () => Math.round(performance.now() - at[at.length - 1]),
  };
}

/** Office side: export everything changed to the picked stick; floor: toArray of the same records. */
async function exportToStick(): Promise<{ ms: number; gatherAndSendMs: number; signAndWriteMs: number; fileName: string; picked: string; totalOps: number; bytes: number; floor: Baseline; avgBytes: number }> {
  const folder = await pick();
  let res: Awaited<ReturnType<typeof exportBundle>> | null = null;
  const marks = progressMarks();
  const ms = await timed(async () => {
    res = await exportBundle(db, { destOffice: null, folder, onProgress: marks.onProgress });
  });
  // The exchange's own progress events split the time: reading the op log and handing chunks to main, then signing and writing.
  const phases = { gatherAndSendMs: marks.between(0, marks.last()), signAndWriteMs: marks.sinceLast() };
  const r = res as unknown as Awaited<ReturnType<typeof exportBundle>>;
  // The floor reads the same records with toArray from a table holding only them (fresh database, same page).
  const recs = await records();
  const floor = await toArrayFloor(recs, 3);
  const readHere = await timed(async () => {
    for (const t of SYNCED_TABLES) await db.table(t).toArray();
  });
  return { ms, ...phases, fileName: r.fileName, picked: folder, totalOps: r.totalOps, bytes: r.bytes, floor: { ...floor, name: `${floor.name}; toArray of the office's own tables ${readHere.toFixed(0)} ms` }, avgBytes: averageBytes(recs) };
}

/** HQ side: confirm the office's key (a person compares the fingerprint once), as the exchange page does before importing. */
async function enrolFromStick(args: { fileName: string }): Promise<{ picked: string; office: string }> {
  const picked = await pick();
  const source = { file: { picked, path: args.fileName } satisfies FileRef };
  const v = await call('sync.verify', { source, passphrase: null, schemaVersion: LATEST_VERSION, tables: [...SYNCED_TABLES], rebuild: false });
  if (v.status !== 'needs-enrolment') throw new Error(`expected a new sender, got ${v.status}`);
  await call('sync.enrol', { source, fingerprint: v.fingerprint });
  return { picked, office: v.source.office };
}

/** HQ side: import the bundle (verify in main, then chunked apply); `again` imports the same file a second time. */
async function importFromStick(args: { picked: string; fileName: string }): Promise<{ ms: number; verifyMs?: number; applyChunksMs?: number; status: string; applied: number; skipped: number }> {
  let out: Awaited<ReturnType<typeof importBundle>> | null = null;
  const marks = progressMarks();
  const ms = await timed(async () => {
    out = await importBundle(db, { file: { picked: args.picked, path: args.fileName } }, { onProgress: marks.onProgress });
  });
  const o = out as unknown as Awaited<ReturnType<typeof importBundle>>;
  // Progress events split it: main's verification until the first chunk, then fetching and applying the chunks.
  const phases = marks.count() ? { verifyMs: marks.fromStart(0), applyChunksMs: marks.between(0, marks.last()) } : {};
  return { ms, ...phases, status: o.status, applied: o.status === 'imported' ? o.applied : 0, skipped: o.status === 'imported' ? o.skipped : 0 };
}

/** HQ side: the floor and the peer on the records the import wrote (the office's records). */
async function importBaselines(args: { office: string; repeats: number }): Promise<{ records: number; avgBytes: number; baselines: Baseline[] }> {
  const recs = await records(args.office);
  const bulkPut = await bulkPutOneTx(recs, args.repeats);
  const pouch = await pouchBulkDocs(recs, args.repeats);
  return { records: recs.length, avgBytes: averageBytes(recs), baselines: [bulkPut, pouch] };
}

export const tasks = { fillOffice, exportToStick, enrolFromStick, importFromStick, importBaselines, counts };
