import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Member } from '../../../shared/domain/member';
import type { RefEntry } from '../../../shared/domain/reflist';
import { hqSendsRecord } from '../../../shared/sync/policy';
import type { SyncMeta } from '../../../shared/sync/record';
import { CHUNKED_WRITE_MIN } from '../../../renderer/src/db/oplog';
import { backupNow, previewBackup, restoreBackup } from '../../../renderer/src/sync/backup';
import { member, TestNode, tmp } from './harness';

type Step =
  | { kind: 'create'; node: number; name: string }
  | { kind: 'edit'; node: number; pick: number; name: string; status: boolean }
  | { kind: 'delete'; node: number; pick: number; restore: boolean }
  | { kind: 'ref'; node: number; pick: number; name: string }
  | { kind: 'bulk'; node: number; edit: boolean }
  | { kind: 'export'; node: number; to: number }
  | { kind: 'deliver'; pick: number; drop: boolean };

const NAMES = ['张三', '李四', '王五', '赵六', '欧阳娜娜'];
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), node: fc.nat(3), name: fc.constantFrom(...NAMES) }),
  fc.record({ kind: fc.constant('edit' as const), node: fc.nat(3), pick: fc.nat(), name: fc.constantFrom(...NAMES), status: fc.boolean() }),
  fc.record({ kind: fc.constant('delete' as const), node: fc.nat(3), pick: fc.nat(), restore: fc.boolean() }),
  fc.record({ kind: fc.constant('ref' as const), node: fc.nat(3), pick: fc.nat(), name: fc.constantFrom(...NAMES) }),
  // A bulk write (an import of the roster, say): its ops are logged packed and travel as whole chunks.
  fc.record({ kind: fc.constant('bulk' as const), node: fc.nat(3), edit: fc.boolean() }),
  fc.record({ kind: fc.constant('export' as const), node: fc.nat(3), to: fc.nat(2) }),
  fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat(), drop: fc.boolean() }),
);

describe('convergence (property)', () => {
  it('random edits at four nodes, exchanged in random orders with lost sticks, end in the same state everywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 25 }), async (steps) => {
        const hq = await TestNode.create('HQ', 'hq');
        const offices = [await TestNode.create('ZL-A'), await TestNode.create('ZL-B'), await TestNode.create('ZL-C')];
        const nodes = [hq, ...offices];
        const stick = tmp('cd-prop-');
        const transit: Array<{ to: TestNode; file: string }> = [];
        // Enrol both ways first (as at installation), and give HQ one reference entry.
        await hq.repo<RefEntry>('refLists').create({ kind: 'party', name: '中共', order: 1 } as never);
        for (const o of offices) {
          const up = await o.exportTo(stick);
          await hq.importFrom(stick, up.fileName);
          const down = await hq.exportTo(stick, o.office);
          await o.importFrom(stick, down.fileName);
        }
        for (const s of steps) {
          if (s.kind === 'export') {
            const from = nodes[s.node];
            const to = from === hq ? offices[s.to] : hq;
            transit.push({ to, file: (await from.exportTo(stick, from === hq ? to.office : null)).fileName });
          } else if (s.kind === 'deliver') {
            if (!transit.length) continue;
            const [t] = transit.splice(s.pick % transit.length, 1);
            if (!s.drop) expect(await t.to.importFrom(stick, t.file, { allowMassDelete: true })).toMatchObject({ status: expect.stringMatching(/imported|duplicate/) });
          } else {
            const n = nodes[s.node];
            const members = n.repo<Member>('members');
            // A node writes what it may (shared/sync/authority.ts): an office its own records, HQ any.
            const live = (await n.db.synced<Member>('members').toArray()).filter((r) => n === hq || r.office === n.office);
            const target = live['pick' in s ? s.pick % Math.max(1, live.length) : 0];
            if (s.kind === 'create') await members.create(member(s.name, { office: n === hq ? offices[0].office : n.office }) as never);
            else if (s.kind === 'edit' && target) await members.update(target.id, { name: s.name, status: s.status ? '在任' : '离任' });
            else if (s.kind === 'delete' && target) await (s.restore ? members.restore(target.id) : members.remove(target.id));
            else if (s.kind === 'bulk') {
              const office = n === hq ? offices[0].office : n.office;
              if (s.edit && live.length) await members.bulkUpdate(live.map((m, i) => ({ id: m.id, changes: { notes: `批量${i}` } })));
              else await members.bulkCreate(Array.from({ length: CHUNKED_WRITE_MIN }, (_, i) => member(NAMES[i % NAMES.length], { office })) as never);
            } else if (s.kind === 'ref') {
              const refs = (await n.db.synced<RefEntry>('refLists').toArray()).filter((r) => n === hq || r.office === n.office);
              const r = refs[s.pick % Math.max(1, refs.length)];
              if (r) await n.repo<RefEntry>('refLists').update(r.id, { name: s.name });
              else await n.repo<RefEntry>('refLists').create({ kind: 'unit', name: s.name, order: 1 } as never);
            }
          }
        }
        // Settle: every office sends, HQ replies, every office sends again (carrying HQ's forwards back as acks).
        for (let round = 0; round < 2; round++) {
          for (const o of offices) await hq.importFrom(stick, (await o.exportTo(stick)).fileName, { allowMassDelete: true });
          for (const o of offices) await o.importFrom(stick, (await hq.exportTo(stick, o.office)).fileName, { allowMassDelete: true });
        }
        const all = await hq.snapshot();
        for (const o of offices) {
          const mine = await o.snapshot();
          const expected = await hq.snapshot((t, r: SyncMeta) => hqSendsRecord(t, r.office, o.office, hq.office));
          expect(mine).toEqual(expected);
        }
        expect(Object.values(all).flat().length).toBeGreaterThan(0);
      }),
      { numRuns: 12 },
    );
  }, 240_000);

  it('an office of two computers, and PCs replaced from their backups among the random steps, end in the same state everywhere', async () => {
    type Step2 =
      | { kind: 'create' | 'edit'; node: number; pick: number; name: string }
      | { kind: 'export'; node: number }
      | { kind: 'deliver'; pick: number; drop: boolean }
      | { kind: 'replace'; node: number };
    const step2: fc.Arbitrary<Step2> = fc.oneof(
      fc.record({ kind: fc.constantFrom('create' as const, 'edit' as const), node: fc.nat(3), pick: fc.nat(), name: fc.constantFrom(...NAMES) }),
      fc.record({ kind: fc.constant('export' as const), node: fc.nat(3) }),
      fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat(), drop: fc.boolean() }),
      fc.record({ kind: fc.constant('replace' as const), node: fc.nat(3) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step2, { minLength: 5, maxLength: 18 }), async (steps) => {
        const hq = await TestNode.create('HQ', 'hq');
        // ZL-A has a desk PC and a door laptop; ZL-B one PC. nodes[0] is HQ.
        const nodes = [hq, await TestNode.create('ZL-A'), await TestNode.create('ZL-A'), await TestNode.create('ZL-B')];
        const stick = tmp('cd-prop-');
        let transit: Array<{ from: TestNode; to: TestNode[]; file: string }> = [];
        const computersOf = (office: string) => nodes.filter((n) => n !== hq && n.office === office);
        for (const [i, o] of nodes.slice(1).entries()) await hq.importFrom(stick, (await o.exportTo(stick)).fileName, { enrolAs: i === 1 ? 'add' : undefined });
        for (const office of ['ZL-A', 'ZL-B']) {
          const down = (await hq.exportTo(stick, office)).fileName;
          for (const o of computersOf(office)) await o.importFrom(stick, down);
        }
        for (const s of steps) {
          if (s.kind === 'export') {
            const from = nodes[s.node];
            if (from === hq) {
              const office = s.node % 2 ? 'ZL-A' : 'ZL-B';
              transit.push({ from, to: computersOf(office), file: (await hq.exportTo(stick, office)).fileName });
            } else transit.push({ from, to: [hq], file: (await from.exportTo(stick)).fileName });
          } else if (s.kind === 'deliver') {
            if (!transit.length) continue;
            const [t] = transit.splice(s.pick % transit.length, 1);
            if (s.drop) continue;
            for (const to of t.to) expect(await to.importFrom(stick, t.file)).toMatchObject({ status: expect.stringMatching(/imported|duplicate/) });
          } else if (s.kind === 'replace') {
            // An office PC dies after a backup; a new one restores it and takes its place.
            const at = 1 + (s.node % 3);
            const old = nodes[at];
            const b = await backupNow(old.db, { kind: 'manual', folder: old.pick(tmp()), office: old.office, caller: old.call });
            const fresh = await TestNode.create(old.office);
            const opened = await previewBackup({ picked: fresh.pick(b.path.slice(0, -b.name.length - 1)), path: b.name }, fresh.call);
            await restoreBackup(fresh.db, opened, { office: fresh.office, ownSeqSent: 0, node: fresh.node, caller: fresh.call });
            nodes[at] = fresh;
            // Bundles the dead PC made or was to receive go nowhere now.
            transit = transit.filter((t) => t.from !== old).map((t) => ({ ...t, to: t.to.filter((n) => n !== old) }));
          } else {
            const n = nodes[s.node];
            const members = n.repo<Member>('members');
            const live = (await n.db.synced<Member>('members').toArray()).filter((r) => n === hq || r.office === n.office);
            const target = live[s.pick % Math.max(1, live.length)];
            if (s.kind === 'create') await members.create(member(s.name, { office: n === hq ? 'ZL-A' : n.office }) as never);
            else if (target) await members.update(target.id, { name: s.name });
          }
        }
        for (let round = 0; round < 2; round++) {
          for (const o of nodes.slice(1)) await hq.importFrom(stick, (await o.exportTo(stick)).fileName);
          for (const office of ['ZL-A', 'ZL-B']) {
            const down = (await hq.exportTo(stick, office)).fileName;
            for (const o of computersOf(office)) await o.importFrom(stick, down);
          }
        }
        for (const o of nodes.slice(1)) {
          const expected = await hq.snapshot((t, r: SyncMeta) => hqSendsRecord(t, r.office, o.office, hq.office));
          expect(await o.snapshot()).toEqual(expected);
        }
      }),
      { numRuns: 8 },
    );
  }, 240_000);
});
