/**
 * The exchange's trust boundary (issue 11, items 2 and 6): a bundle signed by
 * an enrolled office may change only what that office owns. Bundles are made
 * by the app's own export; forged ops are put in the office's op log first
 * (as a tampered PC would), or the manifest is re-signed with the office's key.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Member } from '../../../shared/domain/member';
import { defaultRefId, type RefEntry } from '../../../shared/domain/reflist';
import { formatStamp } from '../../../shared/hlc';
import { newId } from '../../../shared/ids';
import { readBody, readHeader, writeBundle } from '../../../shared/sync/container';
import { toHex } from '../../../shared/sync/crypto-suite';
import { encodeOps, summarise } from '../../../shared/sync/ops-codec';
import type { Op } from '../../../shared/sync/record';
import { allOps } from '../../../renderer/src/db/oplog-store';
import { authoriseTransaction } from '../../../renderer/src/db/write-guard';
import { carry, member, TestNode, tmp } from './harness';

afterEach(() => vi.restoreAllMocks());

/** HQ with offices A and B, both enrolled both ways; A has a member, HQ a list entry and the default 中共. */
async function setup() {
  const hq = await TestNode.create('HQ', 'hq');
  const a = await TestNode.create('ZL-A');
  const b = await TestNode.create('ZL-B');
  const zhonggong = { id: defaultRefId('sector', '中共'), fields: { kind: 'sector', name: '中共', order: 0 } };
  for (const n of [hq, a, b]) await n.repo<RefEntry>('refLists').createWithIds([zhonggong] as never);
  const ref = await hq.repo<RefEntry>('refLists').create({ kind: 'committee', name: '提案委员会', order: 1 } as never);
  const am = await a.repo<Member>('members').create(member('甲') as never);
  const bm = await b.repo<Member>('members').create(member('乙') as never);
  for (const o of [a, b]) {
    expect(await carry(o, hq)).toMatchObject({ status: 'imported' });
    expect(await carry(hq, o)).toMatchObject({ status: 'imported' });
  }
  return { hq, a, b, ref, am, bm, zhonggongId: zhonggong.id };
}

/** Everything an import could change at a node: records, conflicts, the op log, the ledger and peers. */
async function stateOf(n: TestNode) {
  return {
    records: await n.snapshot(),
    conflicts: await n.db.conflicts.toArray(),
    ops: (await allOps(n.db)).length,
    state: readFileSync(path.join(n.dataDir, 'sync', 'state.json'), 'utf8'),
  };
}

/** Put ops in `n`'s op log as if it had written them (a tampered PC): the next export carries them. */
async function forge(n: TestNode, ops: Array<Omit<Op, 'stamp' | 'seq'> & { seq?: number }>): Promise<Op[]> {
  const out: Op[] = [];
  await n.db.transaction('rw', ['ops', 'opChunks', 'meta'], async (tx) => {
    authoriseTransaction(tx.idbtrans);
    const clock = (await n.db.meta.get('clock')) as unknown as { key: 'clock'; last: string; seq: number };
    const held = await allOps(n.db);
    const top = (origin: string) => Math.max(0, ...held.filter((o) => o.origin === origin).map((o) => o.seq), ...out.filter((o) => o.origin === origin).map((o) => o.seq));
    for (const o of ops) {
      const seq = o.seq ?? top(o.origin) + 1;
      const op: Op = { ...o, seq, stamp: formatStamp({ millis: Date.now() + out.length, counter: 0, node: o.origin }) };
      out.push(op);
      if (o.origin === n.node) clock.seq = Math.max(clock.seq, seq);
    }
    await n.db.ops.bulkAdd(out);
    await n.db.meta.put(clock as never);
  });
  return out;
}

/**
 * A bundle as a tampered PC of `from` would sign it: its own export, with `extra`
 * ops in one more entry (any origin, at the seqs after what HQ holds of it),
 * the manifest's counts and ranges made to match, signed with `from`'s key.
 * (The app's export sends only the office's own ops, so such a file is hand-made.)
 */
async function craft(from: TestNode, hq: TestNode, extra: Array<Omit<Op, 'stamp' | 'seq'>>): Promise<{ stick: string; fileName: string }> {
  const stick = tmp();
  const { fileName } = await from.exportTo(stick);
  const suite = from.services.sync.suite;
  const bytes = new Uint8Array(readFileSync(path.join(stick, fileName)));
  const header = readHeader(bytes);
  const entries = readBody(suite, bytes, header, null);
  const held = [...(await allOps(hq.db)), ...(await allOps(from.db))];
  const next = new Map<string, number>();
  const ops: Op[] = extra.map((o, i) => {
    const seq = (next.get(o.origin) ?? Math.max(0, ...held.filter((h) => h.origin === o.origin).map((h) => h.seq))) + 1;
    next.set(o.origin, seq);
    return { ...o, seq, stamp: formatStamp({ millis: Date.now() + i, counter: 0, node: o.origin }) };
  });
  const entry = new TextEncoder().encode(encodeOps(ops));
  const m = header.manifest;
  const old = entries.flatMap((e, i) => (m.entries[i].kind === 'ops' ? [new TextDecoder().decode(e)] : []));
  const all = summarise([...old.flatMap((t) => t.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Op)), ...ops]);
  const manifest = {
    ...m,
    entries: [...m.entries, { name: `ops-${String(m.entries.length + 1).padStart(4, '0')}.ndjson`, kind: 'ops' as const, bytes: entry.length, sha256: toHex(suite.sha256(entry)), count: ops.length }],
    totalOps: all.total,
    counts: all.counts,
    deletes: all.deletes,
    ranges: all.ranges,
  };
  const { seed } = await from.services.sync.keys.get();
  writeFileSync(path.join(stick, 'crafted.cdsync'), writeBundle(suite, { manifest, entries: [...entries, entry], seed }));
  return { stick, fileName: 'crafted.cdsync' };
}

/** Export from `from`, then import at HQ, expecting a refusal that names the rule; HQ is left exactly as it was. */
async function expectRefused(from: TestNode, hq: TestNode, rule: RegExp) {
  const before = await stateOf(hq);
  const stick = tmp();
  const { fileName } = await from.exportTo(stick);
  const err = await hq.importFrom(stick, fileName).then(() => null, (e: Error) => e);
  expect(err?.message).toMatch(/超出了它的权限|已拒绝导入/);
  expect(err?.message).toMatch(rule);
  expect(err?.message).not.toMatch(/[A-Za-z]{6,}Error|\/tmp\//);
  expect(await stateOf(hq)).toEqual(before);
  return err!;
}

describe('authority: an office bundle changes only what the office owns', () => {
  it('ops B signed in A\'s name, at A\'s next seqs, are refused, and A\'s genuine edit that follows arrives', async () => {
    const { hq, a, b, am } = await setup();
    const before = await stateOf(hq);
    const bad = await craft(b, hq, [{ origin: a.node, table: 'members', id: am.id, fields: { name: '被改名' } }]);
    await expect(hq.importFrom(bad.stick, bad.fileName)).rejects.toThrow(/超出了它的权限：.*另一台电脑/);
    expect(await stateOf(hq)).toEqual(before);
    await a.repo<Member>('members').update(am.id, { name: '甲（真）' });
    expect(await carry(a, hq)).toMatchObject({ status: 'imported', applied: 1 });
    expect((await hq.db.synced<Member>('members').get(am.id))!.name).toBe('甲（真）');
  });

  it('B may not rename or delete HQ\'s list entry, so HQ has nothing wrong to pass on to A', async () => {
    const { hq, a, b, ref } = await setup();
    await forge(b, [{ origin: b.node, table: 'refLists', id: ref.id, fields: { name: 'B 改的' } }]);
    await expectRefused(b, hq, /不属于 ZL-B 的「名录」记录（属于 HQ）/);
    const b2 = await setup();
    await forge(b2.b, [{ origin: b2.b.node, table: 'refLists', id: b2.ref.id, fields: { deleted: 1 } }]);
    await expectRefused(b2.b, b2.hq, /名录/);
    // HQ holds no op of it (stateOf compared the op log), so its next bundle to A has nothing of B's.
    expect(a.office).toBe('ZL-A');
  });

  it('B may not move A\'s member to itself, nor write a record HQ does not hold without making it', async () => {
    const { hq, b, am } = await setup();
    await forge(b, [{ origin: b.node, table: 'members', id: am.id, fields: { office: 'ZL-B' } }]);
    await expectRefused(b, hq, /不属于 ZL-B 的「委员」记录（属于 ZL-A）/);
    const s2 = await setup();
    await forge(s2.b, [{ origin: s2.b.node, table: 'members', id: newId(), fields: { name: '凭空' } }]);
    await expectRefused(s2.b, s2.hq, /本机没有的「委员」记录/);
    const s3 = await setup();
    await forge(s3.b, [{ origin: s3.b.node, table: 'members', id: newId(), fields: { ...member('丙'), office: 'ZL-A', deleted: 0 } }]);
    await expectRefused(s3.b, s3.hq, /另一个办公室（ZL-A）/);
  });

  it('a default list entry is the district\'s: B making it again changes nothing, B renaming it is refused', async () => {
    const { hq, b, zhonggongId } = await setup();
    await hq.repo<RefEntry>('refLists').update(zhonggongId, { name: '中国共产党' });
    // B's own (re)creation of the default, as at a late setup, is harmless and does not rename it back.
    await forge(b, [{ origin: b.node, table: 'refLists', id: zhonggongId, fields: { kind: 'sector', name: '中共', order: 0, office: 'ZL-B', deleted: 0 } }]);
    expect(await carry(b, hq)).toMatchObject({ status: 'imported' });
    expect(await hq.db.synced<RefEntry>('refLists').get(zhonggongId)).toMatchObject({ name: '中国共产党', office: 'HQ' });
    await forge(b, [{ origin: b.node, table: 'refLists', id: zhonggongId, fields: { name: '改回' } }]);
    await expectRefused(b, hq, /名录/);
  });

  it('tombstones are 0 or 1: 300 ops setting deleted to 2, true or "1" are refused, not slipped past the mass-delete guard', async () => {
    for (const value of [2, true, '1']) {
      const { hq, b } = await setup();
      const mine = await b.repo<Member>('members').bulkCreate(Array.from({ length: 300 }, (_, i) => member(`成员${i}`)) as never);
      expect(await carry(b, hq)).toMatchObject({ status: 'imported' });
      await forge(b, mine.map((m) => ({ origin: b.node, table: 'members', id: m.id, fields: { deleted: value } })));
      await expectRefused(b, hq, /删除标记只能是 0 或 1/);
    }
  });

  it('a field name that is not a plain name (__proto__, constructor.x) is refused', async () => {
    const { hq, b, bm } = await setup();
    await forge(b, [{ origin: b.node, table: 'members', id: bm.id, fields: JSON.parse('{"__proto__": {"office": "HQ"}}') }]);
    await expectRefused(b, hq, /不合法的字段名/);
  });

  it('a manifest that names another office or HQ, signed with B\'s key, is refused', async () => {
    const { hq, b, bm } = await setup();
    await b.repo<Member>('members').update(bm.id, { notes: '改过' });
    const stick = tmp();
    const { fileName } = await b.exportTo(stick);
    const bytes = new Uint8Array(readFileSync(path.join(stick, fileName)));
    const header = readHeader(bytes);
    const entries = readBody(b.services.sync.suite, bytes, header, null);
    const { seed } = await b.services.sync.keys.get();
    for (const source of [{ ...header.manifest.source, office: 'ZL-A' }, { ...header.manifest.source, role: 'hq' as const }]) {
      const before = await stateOf(hq);
      writeFileSync(path.join(stick, 'resigned.cdsync'), writeBundle(b.services.sync.suite, { manifest: { ...header.manifest, source }, entries, seed }));
      await expect(hq.importFrom(stick, 'resigned.cdsync')).rejects.toThrow(/自称来自/);
      expect(await stateOf(hq)).toEqual(before);
    }
    expect(await hq.importFrom(stick, fileName)).toMatchObject({ status: 'imported', applied: 1 });
  });

  it('an office cannot make such a write itself: HQ\'s records and the defaults are read-only there, with a Chinese message', async () => {
    const { a, ref, zhonggongId, am } = await setup();
    await expect(a.repo<RefEntry>('refLists').update(ref.id, { name: '改' })).rejects.toThrow(/不能保存：.*属于 HQ/);
    await expect(a.repo<RefEntry>('refLists').update(zhonggongId, { name: '改' })).rejects.toThrow(/不能保存：.*默认项「中共」/);
    await expect(a.repo<Member>('members').update(am.id, { office: 'ZL-B' } as never)).rejects.toThrow(/另一个办公室/);
    // Its own records are its to change.
    await expect(a.repo<Member>('members').update(am.id, { name: '甲改' })).resolves.toMatchObject({ name: '甲改' });
  });
});

describe('authority (property)', () => {
  it('a bundle of random ops from an enrolled office either applies only what the office may write, or is refused whole', async () => {
    const ctx = await setup();
    const { hq, b } = ctx;
    const base = await hq.clone();
    const ids = { am: ctx.am.id, bm: ctx.bm.id, ref: ctx.ref.id, zg: ctx.zhonggongId };
    type Gen = { origin: 'a' | 'b' | 'hq'; table: 'members' | 'refLists'; id: keyof typeof ids | 'new'; name: string | null; office: 'ZL-A' | 'ZL-B' | 'HQ' | null; deleted: unknown };
    const gen = fc.record<Gen>({
      origin: fc.constantFrom('a', 'hq', 'b', 'b', 'b', 'b'),
      table: fc.constantFrom('members', 'refLists'),
      id: fc.constantFrom('am', 'bm', 'bm', 'ref', 'zg', 'new', 'new'),
      name: fc.option(fc.constantFrom('甲', '乙', '中共'), { nil: null }),
      office: fc.option(fc.constantFrom('ZL-A', 'ZL-B', 'ZL-B', 'HQ'), { nil: null }),
      deleted: fc.constantFrom(undefined, undefined, 0, 1, 2, true),
    });
    let runs = 0;
    let applied = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(gen, { minLength: 1, maxLength: 6 }), async (gens) => {
        runs++;
        const hqNow = await base.clone();
        const office = await b.clone();
        // The bundle's ops, as B's PC would send them.
        const born = new Map<number, string>();
        const ops = gens.map((g, i) => {
          const id = g.id === 'new' ? (born.get(i) ?? born.set(i, newId()).get(i)!) : ids[g.id];
          const fields: Record<string, unknown> = {};
          if (g.name !== null) fields.name = g.name;
          if (g.office !== null) fields.office = g.office;
          if (g.deleted !== undefined) fields.deleted = g.deleted;
          if (!Object.keys(fields).length) fields.notes = '备注';
          const origin = g.origin === 'a' ? ctx.a.node : g.origin === 'hq' ? hq.node : office.node;
          return { origin, table: g.table, id, fields };
        });
        // What the rules allow, judged here independently: B's own computer, B's own records
        // (held by HQ as B's, or made by this bundle as B's), no move, tombstones 0/1, no defaults.
        const heldOffice = (t: string, id: string) => (t === 'members' ? { [ids.am]: 'ZL-A', [ids.bm]: 'ZL-B' } : { [ids.ref]: 'HQ', [ids.zg]: 'HQ' })[id];
        const claimed = new Set(ops.filter((o) => 'office' in o.fields).map((o) => `${o.table}:${o.id}`));
        const allowed = ops.every((o) => {
          if (o.origin !== office.node) return false;
          if ('deleted' in o.fields && o.fields.deleted !== 0 && o.fields.deleted !== 1) return false;
          if ('office' in o.fields && o.fields.office !== 'ZL-B') return false;
          const owner = heldOffice(o.table, o.id);
          if (owner) return owner === 'ZL-B';
          return claimed.has(`${o.table}:${o.id}`);
        });
        const sent = ops;
        const before = await stateOf(hqNow);
        const { stick, fileName } = await craft(office, hqNow, sent);
        const outcome = await hqNow.importFrom(stick, fileName, { allowMassDelete: true }).then((r) => r.status, (e: Error) => e.message);
        if (outcome === 'imported') {
          applied++;
          expect(allowed).toBe(true);
          // Every record that changed at HQ is B's.
          const after = await hqNow.snapshot();
          for (const [table, rows] of Object.entries(after)) {
            for (const r of rows as Array<{ id: string; office: string }>) {
              const old = (before.records[table] as Array<{ id: string }>).find((x) => x.id === r.id);
              if (JSON.stringify(old) !== JSON.stringify(r)) expect(r.office).toBe('ZL-B');
            }
          }
        } else {
          expect(allowed).toBe(false);
          expect(outcome).toMatch(/已拒绝导入/);
          expect(await stateOf(hqNow)).toEqual(before);
        }
      }),
      { numRuns: 25 },
    );
    expect(runs).toBe(25);
    // The generator reaches both outcomes.
    expect(applied).toBeGreaterThan(0);
  }, 300_000);
});
