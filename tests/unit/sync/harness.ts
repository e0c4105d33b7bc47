/**
 * Nodes for exchange tests: each has its own data folder with the real main
 * services (keys, ledger, archive), its own Dexie database (fake-indexeddb),
 * and talks to its services through the real dispatcher, as the app does.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import type { Args, Channel, Result } from '../../../shared/contract';
import type { BundleSource, ExportResult } from '../../../shared/contract/sync';
import type { Member } from '../../../shared/domain/member';
import type { SessionMaterial } from '../../../shared/domain/session';
import type { OfficeRole } from '../../../shared/domain/office';
import type { SyncMeta } from '../../../shared/sync/record';
import { createHostDispatcher } from '../../../electron/handlers';
import { createServices, type Services } from '../../../electron/services/context';
import { DeskDb } from '../../../renderer/src/db/db';
import { setIdentity } from '../../../renderer/src/db/identity';
import { Repo } from '../../../renderer/src/db/repo';
import { makeRepos } from '../../../renderer/src/db/repos';
import { SYNCED_TABLES, type SyncedTable } from '../../../renderer/src/db/schema';
import { authoriseTransaction } from '../../../renderer/src/db/write-guard';
import type { Caller } from '../../../renderer/src/sync/caller';
import { exportBundle, importBundle, type ImportOptions, type ImportOutcome } from '../../../renderer/src/sync/exchange';

let dbCounter = 0;

export function tmp(prefix = 'cd-sync-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export class TestNode {
  readonly db: DeskDb;
  readonly call: Caller;
  node = '';
  office = '';

  private constructor(
    readonly dataDir: string,
    readonly services: Services,
    readonly role: OfficeRole,
  ) {
    this.db = new DeskDb(`cd-test-${++dbCounter}-${Date.now()}`);
    const dispatch = createHostDispatcher(services, () => true);
    this.call = (async <C extends Channel>(channel: C, args: Args<C>): Promise<Result<C>> => {
      const env = await dispatch(channel, args, { senderUrl: 'test' });
      if (!env.ok) throw Object.assign(new Error(env.error.message), { code: env.error.code });
      return env.result as Result<C>;
    }) as Caller;
  }

  /** `machine`: the machine fingerprint this node's services see (each data folder its own by default). */
  static async create(code: string, role: OfficeRole = 'office', dataDir = tmp(), machine = `machine-${path.basename(dataDir)}`): Promise<TestNode> {
    const services = createServices({ dataDir, version: '0.0.0-test', demoRequested: false, machine }, { kind: 'browser', pickFolder: async () => null, openPath: async () => false, emit: () => undefined });
    const n = new TestNode(dataDir, services, role);
    const o = (await services.office.get()) ?? (await services.office.setup({ name: `${code} 测试办公室`, code, role }));
    n.node = o.nodeId;
    n.office = o.code;
    return n;
  }

  /** A byte-for-byte copy of this node (data folder and database): the same node, in another timeline. */
  async clone(machine?: string): Promise<TestNode> {
    const dir = tmp();
    cpSync(this.dataDir, dir, { recursive: true });
    const copy = await TestNode.create(this.office, this.role, dir, machine);
    const rows = new Map<string, unknown[]>();
    for (const t of this.db.tables) rows.set(t.name, await t.toArray());
    await copy.db.transaction('rw', copy.db.tables.map((t) => t.name), async (tx) => {
      authoriseTransaction(tx.idbtrans);
      for (const [name, list] of rows) await copy.db.table(name).bulkPut(list);
    });
    return copy;
  }

  /** The node id changed (sync.becomeNewComputer): write as the new one from now on. */
  async reload(): Promise<void> {
    const o = await this.services.office.get();
    this.node = o!.nodeId;
  }

  /** The app's repository of `table` (renderer/src/db/repos.ts: attendance under its (session, member) id). */
  repo<T extends SyncMeta>(table: SyncedTable): Repo<T> {
    setIdentity({ nodeId: this.node, office: this.office, role: this.role });
    const app = makeRepos(this.db) as Record<string, Repo<SyncMeta>>;
    return (app[table] ?? new Repo<T>(this.db, table)) as unknown as Repo<T>;
  }

  /** Run local writes as this node. */
  async as<R>(fn: (n: this) => Promise<R>): Promise<R> {
    setIdentity({ nodeId: this.node, office: this.office, role: this.role });
    return fn(this);
  }

  pick(folder: string): string {
    return this.services.paths.picked.add(folder);
  }

  async exportTo(stick: string, destOffice: string | null = null, passphrase: string | null = null): Promise<ExportResult> {
    setIdentity({ nodeId: this.node, office: this.office, role: this.role });
    return exportBundle(this.db, { destOffice, folder: this.pick(stick), passphrase, caller: this.call });
  }

  /** Import a file, enrolling its sender first if needed (as a person confirming the fingerprint would). */
  async importFrom(stick: string, name: string, o: ImportOptions & { enrolAs?: 'replace' | 'add' } = {}): Promise<ImportOutcome> {
    const source: BundleSource = { file: { picked: this.pick(stick), path: name } };
    let r = await importBundle(this.db, source, { caller: this.call, ...o });
    if (r.status === 'needs-enrolment') {
      await this.call('sync.enrol', { source, fingerprint: r.fingerprint, as: o.enrolAs });
      r = await importBundle(this.db, source, { caller: this.call, ...o });
    }
    return r;
  }

  /** Every synced record (tombstones included) and conflict, sorted: for comparing states. */
  async snapshot(filter?: (table: string, rec: SyncMeta) => boolean): Promise<Record<string, unknown[]>> {
    const out: Record<string, unknown[]> = {};
    for (const t of SYNCED_TABLES) {
      const rows = (await this.db.synced<SyncMeta>(t).toArray()).filter((r) => !filter || filter(t, r));
      out[t] = rows.sort((a, b) => a.id.localeCompare(b.id));
    }
    return out;
  }
}

/** Export from one node and import at the other through a fresh "stick". */
export async function carry(from: TestNode, to: TestNode, o: ImportOptions & { passphrase?: string; enrolAs?: 'replace' | 'add' } = {}): Promise<ImportOutcome> {
  const stick = tmp('cd-stick-');
  const res = await from.exportTo(stick, from.role === 'hq' ? to.office : null, o.passphrase ?? null);
  return to.importFrom(stick, res.fileName, o);
}

export function member(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name, gender: '男', ethnicity: '汉族', party: '中共', sector: '经济', committees: [], unitAndPost: '', phone: '', memberNo: '', term: '十届', status: '在任', notes: '', ...extra };
}

/**
 * A member of `office`, known at HQ, whose status both then set without seeing the other's
 * write (HQ to 离任 and back to 在任, the office to 离任, a second later by the office's clock);
 * the office's bundle is carried to HQ, which meets the concurrent write and keeps the loser.
 */
export async function statusConflict(office: TestNode, hq: TestNode, name: string): Promise<Member> {
  const m = await office.repo<Member>('members').create(member(name) as never);
  await carry(office, hq);
  await carry(hq, office);
  vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 1000);
  try {
    await office.repo<Member>('members').update(m.id, { status: '离任' });
    await hq.repo<Member>('members').update(m.id, { status: '离任' });
    await hq.repo<Member>('members').update(m.id, { status: '在任' });
  } finally {
    vi.restoreAllMocks();
  }
  await carry(office, hq);
  return m;
}

/** A session's fields as the plan form saves them, with materials. */
export function session(title: string, materials: SessionMaterial[] = [], date = '2026-12-01'): Record<string, unknown> {
  return {
    title,
    kind: '学习会',
    date,
    startTime: '09:00',
    endTime: '11:00',
    place: '区政协三楼会议室',
    organiser: '',
    topic: '',
    agenda: [],
    required: { all: true, committees: [], sectors: [], memberIds: [] },
    materials,
    closedAt: '',
  };
}
