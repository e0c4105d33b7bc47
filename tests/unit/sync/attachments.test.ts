import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionMaterial, StudySession } from '../../../shared/domain/session';
import { newId } from '../../../shared/ids';
import { readBody, readHeader, writeBundle } from '../../../shared/sync/container';
import { CHUNKED_WRITE_MIN } from '../../../renderer/src/db/oplog';
import { carry, session, TestNode, tmp } from './harness';

/** Put a file in the node's attachments area as attachMaterial does (through 'files.write'), and describe it. */
async function material(n: TestNode, sessionId: string, name: string, data: Uint8Array): Promise<SessionMaterial> {
  const p = `${sessionId}/${name}`;
  await n.call('files.write', { ref: { area: 'attachments', path: p }, data });
  return { name, path: p, size: data.byteLength };
}

function fileAt(n: TestNode, rel: string): string {
  return path.join(n.dataDir, 'attachments', rel);
}

/** Every byte value, twice, and a run that is not UTF-8: a file that a text round trip would break. */
const BINARY = new Uint8Array([...Array.from({ length: 512 }, (_, i) => i % 256), 0xff, 0xfe, 0x00, 0xc3]);
const DOCX = new TextEncoder().encode('讲稿：学习贯彻全会精神\n第一部分……');

/** An office enrolled at HQ and HQ enrolled at the office. */
async function pair() {
  const office = await TestNode.create('ZL-NJ');
  const hq = await TestNode.create('HQ', 'hq');
  await carry(office, hq);
  await carry(hq, office);
  return { office, hq };
}

describe('session materials travel with the bundle', () => {
  it('HQ plans a session with a binary file and a Chinese-named file: the office holds the same bytes at the same paths', async () => {
    const { office, hq } = await pair();
    const id = newId();
    const mats = [await material(hq, id, '讲稿（定稿）.docx', DOCX), await material(hq, id, 'scan.bin', BINARY)];
    // Planned for the office: the record is the office's, made at HQ.
    await hq.repo<StudySession>('sessions').createWithIds([{ id, fields: { ...session('十届四次会议精神学习会', mats), office: office.office } as never }]);

    const stick = tmp('cd-stick-');
    const res = await hq.exportTo(stick, office.office);
    expect(res).toMatchObject({ missingAttachments: 0, counts: { sessions: 1 } });
    expect(await office.importFrom(stick, res.fileName)).toMatchObject({ status: 'imported', counts: { sessions: 1 } });

    expect(await office.db.synced<StudySession>('sessions').get(id)).toMatchObject({ office: office.office, materials: mats });
    for (const [m, bytes] of [[mats[0], DOCX], [mats[1], BINARY]] as const) {
      expect(new Uint8Array(readFileSync(fileAt(office, m.path)))).toEqual(bytes);
      // What the session page opens (files.read through the contract) is the same file.
      expect((await office.call('files.read', { ref: { area: 'attachments', path: m.path } })).data).toEqual(bytes);
    }
  });

  it('a material added later travels with the edit, and a file named by several ops is sent once', async () => {
    const { office, hq } = await pair();
    const s = await hq.repo<StudySession>('sessions').create(session('专题研讨') as never);
    const a = await material(hq, s.id, '议程.txt', new TextEncoder().encode('一、传达文件'));
    await hq.repo<StudySession>('sessions').update(s.id, { materials: [a] });
    const b = await material(hq, s.id, '名单.txt', new TextEncoder().encode('张三、李四'));
    await hq.repo<StudySession>('sessions').update(s.id, { materials: [a, b] });
    const stick = tmp('cd-stick-');
    const res = await hq.exportTo(stick, office.office);
    const files = readHeader(readFileSync(path.join(stick, res.fileName))).manifest.entries.filter((e) => e.kind === 'file');
    expect(files.map((e) => e.name).sort()).toEqual([`files/${a.path}`, `files/${b.path}`].sort());
    await office.importFrom(stick, res.fileName);
    expect(readFileSync(fileAt(office, b.path), 'utf8')).toBe('张三、李四');
  });

  it('an office export forwards a packed chunk row whole, with the files its row names', async () => {
    const { office, hq } = await pair();
    // A bulk write (a roster import, the demo) logs its ops packed in one chunk row.
    const ids = Array.from({ length: CHUNKED_WRITE_MIN }, () => newId());
    const mats = [await material(office, ids[0], '签到表.pdf', BINARY), await material(office, ids[1], '讲稿.docx', DOCX)];
    await office.repo<StudySession>('sessions').createWithIds(
      ids.map((id, i) => ({ id, fields: session(`学习会 ${i + 1}`, i < 2 ? [mats[i]] : []) as never })),
    );
    const rows = await office.db.opChunks.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0].attachments?.sort()).toEqual(mats.map((m) => m.path).sort());

    expect(await carry(office, hq)).toMatchObject({ status: 'imported', counts: { sessions: CHUNKED_WRITE_MIN } });
    expect(new Uint8Array(readFileSync(fileAt(hq, mats[0].path)))).toEqual(BINARY);
    expect(new Uint8Array(readFileSync(fileAt(hq, mats[1].path)))).toEqual(DOCX);
    // The chunk HQ stored from the bundle names the files too.
    const atHq = (await hq.db.opChunks.toArray()).filter((c) => c.origin === office.node);
    expect(atHq.flatMap((c) => c.attachments ?? []).sort()).toEqual(mats.map((m) => m.path).sort());
  });

  it('a chunk row written before chunks named their files: its files are found from its ops', async () => {
    const { office, hq } = await pair();
    const ids = Array.from({ length: CHUNKED_WRITE_MIN }, () => newId());
    const m = await material(office, ids[0], '旧材料.docx', DOCX);
    await office.repo<StudySession>('sessions').createWithIds(ids.map((id, i) => ({ id, fields: session(`活动 ${i}`, i ? [] : [m]) as never })));
    // Take the field away, as on a row an earlier version wrote.
    await office.db.opChunks.toCollection().modify((c) => void delete c.attachments);
    expect((await office.db.opChunks.toArray()).every((c) => !('attachments' in c))).toBe(true);
    await carry(office, hq);
    expect(new Uint8Array(readFileSync(fileAt(hq, m.path)))).toEqual(DOCX);
  });

  it('a material whose file is not on this machine does not stop the export: the rest goes, and the result counts it', async () => {
    const { office, hq } = await pair();
    const id = newId();
    const kept = await material(hq, id, '讲稿.docx', DOCX);
    const removed = await material(hq, id, '旧版.docx', DOCX);
    await hq.call('files.remove', { ref: { area: 'attachments', path: removed.path } });
    const never: SessionMaterial = { name: '从未收到.pdf', path: `${id}/从未收到.pdf`, size: 10 };
    await hq.repo<StudySession>('sessions').createWithIds([{ id, fields: session('视察', [kept, removed, never]) as never }]);

    const stick = tmp('cd-stick-');
    const res = await hq.exportTo(stick, office.office);
    expect(res.missingAttachments).toBe(2);
    expect(await office.importFrom(stick, res.fileName)).toMatchObject({ status: 'imported' });
    expect((await office.db.synced<StudySession>('sessions').get(id))?.materials).toHaveLength(3);
    expect(new Uint8Array(readFileSync(fileAt(office, kept.path)))).toEqual(DOCX);
    expect(existsSync(fileAt(office, removed.path))).toBe(false);
    expect(existsSync(fileAt(office, never.path))).toBe(false);
  });

  it('a material path that is not a plain relative path is not sent, and does not stop the export', async () => {
    const { office, hq } = await pair();
    const bad: SessionMaterial = { name: 'x', path: '../office.json', size: 1 };
    const s = await hq.repo<StudySession>('sessions').create(session('协商议事', [bad]) as never);
    const stick = tmp('cd-stick-');
    const res = await hq.exportTo(stick, office.office);
    expect(readHeader(readFileSync(path.join(stick, res.fileName))).manifest.entries.filter((e) => e.kind === 'file')).toEqual([]);
    await office.importFrom(stick, res.fileName);
    expect((await office.db.synced<StudySession>('sessions').get(s.id))?.title).toBe('协商议事');
  });

  it('a signed bundle whose file entry would land outside the attachments area is refused and changes nothing', async () => {
    const { office, hq } = await pair();
    const id = newId();
    const m = await material(office, id, '讲稿.docx', DOCX);
    await office.repo<StudySession>('sessions').createWithIds([{ id, fields: session('学习会', [m]) as never }]);
    const stick = tmp('cd-stick-');
    const res = await office.exportTo(stick);
    const good = new Uint8Array(readFileSync(path.join(stick, res.fileName)));

    // The office's own key signs a manifest whose file entry climbs out (a stolen key, or a doctored build).
    const suite = office.services.sync.suite;
    const header = readHeader(good);
    const entries = await readBody(suite, good, header);
    const escape = `escape-${newId()}.txt`;
    const before = await hq.snapshot();
    const ledger = JSON.stringify((await hq.services.sync.state.load()).ledger);
    for (const name of [`files/../../${escape}`, `files/${id}/../../../${escape}`, `files//${escape}`, `../${escape}`]) {
      const manifest = { ...header.manifest, entries: header.manifest.entries.map((e) => (e.kind === 'file' ? { ...e, name } : e)) };
      const forged = writeBundle(suite, { manifest, entries, seed: (await office.services.sync.keys.get()).seed });
      writeFileSync(path.join(stick, 'forged.cdsync'), forged);
      await expect(hq.importFrom(stick, 'forged.cdsync')).rejects.toThrow(/附件「.*」的路径不合法.*没有任何改动/);
      expect(existsSync(path.resolve(hq.dataDir, 'attachments', '../..', escape))).toBe(false);
      expect(existsSync(path.resolve(hq.dataDir, escape))).toBe(false);
    }
    expect(await hq.snapshot()).toEqual(before);
    expect(JSON.stringify((await hq.services.sync.state.load()).ledger)).toBe(ledger);
    // The genuine bundle still imports: the refusals recorded nothing.
    expect(await hq.importFrom(stick, res.fileName)).toMatchObject({ status: 'imported' });
    expect(new Uint8Array(readFileSync(fileAt(hq, m.path)))).toEqual(DOCX);
  });
});
