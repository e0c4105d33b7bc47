/**
 * Issue 11, the main-process half: each numbered reproduction (items 1, 3, 4,
 * 5, 7) as the attacker made it, with bundles from the app's own export
 * re-signed by an enrolled office. Each asserts the refusal (a Chinese message
 * without English, errno or path) and that nothing changed at the importer:
 * records, op log, ledger, peers, keys, attachments, archive, quarantine, staging.
 */
import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Member } from '../../../shared/domain/member';
import type { SessionMaterial, StudySession } from '../../../shared/domain/session';
import { newId } from '../../../shared/ids';
import { MAX_BACKUP_BYTES, MAX_BACKUP_ROWS_PER_CHUNK, MAX_BACKUP_V1_INFLATED, MAX_BUNDLE_BYTES, MAX_VALUE_DEPTH, OPS_PER_CHUNK } from '../../../shared/sync/limits';
import { FILE_ENTRY_PREFIX } from '../../../shared/sync/manifest';
import { sweepAfterCrash } from '../../../electron/services/context';
import { LATEST_VERSION, SYNCED_TABLES } from '../../../renderer/src/db/schema';
import { rebuildFromArchive } from '../../../renderer/src/sync/exchange';
import { carry, member, session, TestNode, tmp } from './harness';
import { everything, expectPersonMessage, filesUnder, forge, refusal } from './forge';

afterEach(() => vi.restoreAllMocks());

const DAY = 24 * 3600 * 1000;
const DOCX = new TextEncoder().encode('讲稿：学习贯彻全会精神');
const OTHER = new TextEncoder().encode('MZ 这不是讲稿');

/** Offices A and B enrolled at HQ, HQ at both. */
async function trio() {
  const a = await TestNode.create('ZL-A');
  const b = await TestNode.create('ZL-B');
  const hq = await TestNode.create('HQ', 'hq');
  await carry(a, hq);
  await carry(b, hq);
  await carry(hq, a);
  await carry(hq, b);
  return { a, b, hq };
}

/** A file in `n`'s attachments area and a session of `n` that lists it. */
async function withMaterial(n: TestNode, rel: string, data: Uint8Array, sessionId = newId()): Promise<SessionMaterial> {
  await n.call('files.write', { ref: { area: 'attachments', path: rel }, data });
  const m = { name: path.basename(rel), path: rel, size: data.byteLength };
  await n.repo<StudySession>('sessions').createWithIds([{ id: sessionId, fields: session(`学习会 ${rel}`, [m]) as never }]);
  return m;
}

/** Export from `n` to a new stick: the folder and the file's bytes. */
async function exported(n: TestNode): Promise<{ stick: string; fileName: string; bytes: Uint8Array }> {
  const stick = tmp('cd-stick-');
  const { fileName } = await n.exportTo(stick);
  return { stick, fileName, bytes: new Uint8Array(readFileSync(path.join(stick, fileName))) };
}

/** Put forged bytes on the stick and have `at` import them: the refusal's message. */
async function importForged(at: TestNode, stick: string, bytes: Uint8Array, name = 'forged.cdsync'): Promise<string> {
  writeFileSync(path.join(stick, name), bytes);
  return refusal(at.importFrom(stick, name));
}

/** The JSON spelling of a string inside NDJSON, for replacing one path by another in ops text. */
const inJson = (s: string) => JSON.stringify(s).slice(1, -1);

/** Rename the file entry `from` to `to`, in the ops that name it and in the entry. */
function renameFile(from: string, to: string) {
  return {
    text: (t: string) => t.split(inJson(from)).join(inJson(to)),
    entries: (list: Array<{ meta: { name: string } }>) => {
      for (const e of list) if (e.meta.name === `${FILE_ENTRY_PREFIX}${from}`) e.meta.name = `${FILE_ENTRY_PREFIX}${to}`;
    },
  };
}

describe('1. manifest strings never become file names', () => {
  it('a bundle id or an office code that climbs out, or has odd characters, is refused; a held bundle is always listed, accepted or discarded', async () => {
    const a = await TestNode.create('ZL-A');
    const hq = await TestNode.create('HQ', 'hq');
    await carry(a, hq);
    // A stamp far in the future: this bundle would go to quarantine, whose file names come from the bundle id.
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 90 * DAY);
    await a.repo<Member>('members').create(member('丙') as never);
    vi.restoreAllMocks();
    const { stick, fileName, bytes } = await exported(a);
    const before = await everything(hq);
    const keyFile = readFileSync(path.join(hq.dataDir, 'keys', 'node-ed25519.json'), 'utf8');
    for (const id of ['../../keys/node-ed25519', '../state', '../../office', '0190abcd-0000-7000-8000-00000000000a/..', 'ABCDEF01-2345-7678-9abc-def012345678', '0190abcd 0000 7000 8000 000000000000', '0190abcd-0000-7000-8000-00000000000$']) {
      const msg = await importForged(hq, stick, await forge(a, bytes, { manifest: (m) => void (m.bundleId = id) }));
      expect(msg).toMatch(/数据包编号不合格式.*没有任何改动/);
    }
    for (const office of ['../../x', 'ZL-A/../../..', 'CON', 'zl-a', 'ZL:A']) {
      expect(await importForged(hq, stick, await forge(a, bytes, { manifest: (m) => void (m.source.office = office) }))).toMatch(/来源.*不合格式/);
    }
    expect(await importForged(hq, stick, await forge(a, bytes, { manifest: (m) => void (m.dest.office = '../../x') }))).toMatch(/去向.*不合格式/);
    expect(await everything(hq)).toEqual(before);
    expect(readFileSync(path.join(hq.dataDir, 'keys', 'node-ed25519.json'), 'utf8')).toBe(keyFile);
    expect(existsSync(path.join(hq.dataDir, 'x'))).toBe(false);

    // A sidecar a person (or another program) left with an odd name is not listed: nothing that cannot be accepted or discarded.
    mkdirSync(path.join(hq.dataDir, 'sync', 'quarantine'), { recursive: true });
    writeFileSync(path.join(hq.dataDir, 'sync', 'quarantine', 'odd name$.json'), JSON.stringify({ id: 'odd name$' }));
    expect(await hq.importFrom(stick, fileName)).toMatchObject({ status: 'quarantined' });
    const held = (await hq.call('sync.status', {})).quarantine;
    // Held under a name made of its sender and bundle id (sync-service.ts), never the bundle's word alone.
    expect(held.map((q) => [q.source.node, q.createdAt])).toEqual([[a.node, readManifest(bytes).createdAt]]);
    expect(held[0].id).toMatch(/^[0-9a-f]{32}$/);
    await hq.call('sync.quarantineDiscard', { id: held[0].id });
    expect((await hq.call('sync.status', {})).quarantine).toEqual([]);
    expect(readdirSync(path.join(hq.dataDir, 'sync', 'quarantine'))).toEqual(['odd name$.json']);
    // An id that is not a bundle id is refused at the contract, in Chinese.
    expectPersonMessage(await refusal(hq.call('sync.quarantineDiscard', { id: '../state' })));
  });
});

function readManifest(bytes: Uint8Array): { bundleId: string; createdAt: string } {
  const len = Buffer.from(bytes).readUInt32BE(10);
  return JSON.parse(JSON.parse(Buffer.from(bytes.subarray(14, 14 + len)).toString()).manifest);
}

describe('3. attachments land only where an op of the bundle names them, never over another node\'s file, with safe names', () => {
  it("B cannot replace the 讲稿.docx A sent, nor add a file no op names", async () => {
    const { a, b, hq } = await trio();
    const sid = newId();
    const rel = `${sid}/${newId()}/讲稿.docx`;
    await withMaterial(a, rel, DOCX, sid);
    await carry(a, hq);
    expect(new Uint8Array(readFileSync(path.join(hq.dataDir, 'attachments', rel)))).toEqual(DOCX);

    // B's genuine bundle with a file of its own, and beside it a file that no op names.
    await withMaterial(b, `${newId()}/${newId()}/议程.txt`, OTHER);
    const own = await exported(b);
    const before = await everything(hq);
    const extra = await forge(b, own.bytes, {
      entries: (list) => [...list, { meta: { name: 'files/unreferenced/setup.exe', kind: 'file', bytes: 0, sha256: '' }, bytes: OTHER }],
    });
    expect(await importForged(hq, own.stick, extra)).toMatch(/附件「unreferenced\/setup\.exe」没有任何一条记录引用它/);
    expect(await everything(hq)).toEqual(before);
    expect(existsSync(path.join(hq.dataDir, 'attachments', 'unreferenced'))).toBe(false);

    // B lists the same path in a session of its own, with other bytes: the app's own export, nothing forged.
    await withMaterial(b, rel, OTHER);
    const { stick, fileName } = await exported(b);
    expect(await refusal(hq.importFrom(stick, fileName))).toMatch(/附件「.*讲稿\.docx」与本机已有的同名文件内容不同.*不能覆盖.*没有任何改动/);
    expect(await everything(hq)).toEqual(before);
    expect(new Uint8Array(readFileSync(path.join(hq.dataDir, 'attachments', rel)))).toEqual(DOCX);
  });

  it('names Windows reserves or refuses, names too long, and names that differ only by case or normalisation are refused whole', async () => {
    const { b, hq } = await trio();
    const dir = `${newId()}/${newId()}`;
    const rel = `${dir}/ok.txt`;
    await withMaterial(b, rel, OTHER);
    const { stick, bytes } = await exported(b);
    const before = await everything(hq);
    const bad = ['CON', 'con.txt', 'LPT1', 'aux.docx', 'a:stream', 'a.txt:zone', 'trailing.', 'trailing ', 'ctl\u0001.txt', 'a*b?.txt', '讲'.repeat(80), 'Cafe\u0301.txt'];
    for (const name of bad) {
      const msg = await importForged(hq, stick, await forge(b, bytes, renameFile(rel, `${dir}/${name}`)));
      expect(msg, name).toMatch(/附件「.*」的路径不合法/);
    }
    expect(await everything(hq)).toEqual(before);

    // Two entries one disk takes for the same file: the app's own export from a case-sensitive disk.
    const { b: b2, hq: hq2 } = await trio();
    const d2 = `${newId()}/${newId()}`;
    await withMaterial(b2, `${d2}/Readme.txt`, DOCX);
    await withMaterial(b2, `${d2}/README.txt`, OTHER);
    const two = await exported(b2);
    const before2 = await everything(hq2);
    expect(await refusal(hq2.importFrom(two.stick, two.fileName))).toMatch(/只差大小写或 Unicode 写法/);
    expect(await everything(hq2)).toEqual(before2);
  });

  it('a name that differs only by case from a file already here is refused', async () => {
    const { a, b, hq } = await trio();
    const dir = `${newId()}/${newId()}`;
    await withMaterial(a, `${dir}/讲稿.DOCX`, DOCX);
    await carry(a, hq);
    await withMaterial(b, `${dir}/讲稿.docx`, OTHER);
    const { stick, fileName } = await exported(b);
    const before = await everything(hq);
    expect(await refusal(hq.importFrom(stick, fileName))).toMatch(/与本机已有的「讲稿\.DOCX」只差大小写/);
    expect(await everything(hq)).toEqual(before);
  });

  it('the same bytes arriving again at the same path are fine (a rebuild replays every archived bundle over the files it brought)', async () => {
    const { a, hq } = await trio();
    const rel = `${newId()}/${newId()}/讲稿.docx`;
    await withMaterial(a, rel, DOCX);
    const { stick, fileName } = await exported(a);
    expect(await hq.importFrom(stick, fileName)).toMatchObject({ status: 'imported' });
    const r = await rebuildFromArchive(hq.db, { caller: hq.call });
    expect(r.skipped).toEqual([]);
    expect(r.bundles).toBeGreaterThan(1);
    expect(new Uint8Array(readFileSync(path.join(hq.dataDir, 'attachments', rel)))).toEqual(DOCX);
    expect(filesUnder(path.join(hq.dataDir, 'sync', 'staging'))).toEqual({});
  });
});

describe('4. a refused bundle changes nothing', () => {
  it('a file over a folder, a folder over a file, a 240-byte name: refused in verify, before any record is applied', async () => {
    const { a, b, hq } = await trio();
    const dir = `${newId()}/${newId()}`;
    await withMaterial(a, `${dir}/讲稿.docx`, DOCX);
    await carry(a, hq);
    await b.repo<Member>('members').create(member('乙') as never);
    const rel = `${newId()}/${newId()}/x.txt`;
    await withMaterial(b, rel, OTHER);
    const { stick, bytes } = await exported(b);
    const before = await everything(hq);
    for (const [to, why] of [
      [dir, /的位置上在本机是一个文件夹/],
      [`${dir}/讲稿.docx/x.txt`, /要放进的文件夹「讲稿\.docx」在本机是一个文件/],
      [`${newId()}/${'名'.repeat(80)}.txt`, /名称太长/],
    ] as const) {
      expect(await importForged(hq, stick, await forge(b, bytes, renameFile(rel, to)))).toMatch(why);
      expect(await everything(hq)).toEqual(before);
    }
    expect((await hq.db.synced<Member>('members').toArray()).filter((m) => m.name === '乙')).toEqual([]);
  });

  it('a failure while finishing (the ledger cannot be written) takes the attachments and the archive copy back out and leaves no staging', async () => {
    const { b, hq } = await trio();
    const rel = `${newId()}/${newId()}/讲稿.docx`;
    await withMaterial(b, rel, DOCX);
    const { stick, fileName } = await exported(b);
    const files = () => ({ attachments: filesUnder(path.join(hq.dataDir, 'attachments')), archive: filesUnder(path.join(hq.dataDir, 'archive')), staging: filesUnder(path.join(hq.dataDir, 'sync', 'staging')), state: readFileSync(path.join(hq.dataDir, 'sync', 'state.json'), 'utf8') });
    const before = files();
    const full = Object.assign(new Error(`ENOSPC: no space left on device, open '${hq.dataDir}/sync/state.json'`), { code: 'ENOSPC', errno: -28 });
    vi.spyOn(hq.services.sync.state, 'update').mockRejectedValueOnce(full);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await refusal(hq.importFrom(stick, fileName))).toMatch(/磁盘空间不足/);
    expect(files()).toEqual(before);
    vi.restoreAllMocks();
    // Nothing was recorded, so the same file imports now, with its attachment.
    expect(await hq.importFrom(stick, fileName)).toMatchObject({ status: 'imported' });
    expect(new Uint8Array(readFileSync(path.join(hq.dataDir, 'attachments', rel)))).toEqual(DOCX);
    expect(filesUnder(path.join(hq.dataDir, 'sync', 'staging'))).toEqual({});
  });

  it('staging is removed on a cancel, and what a crash left is swept at start-up', async () => {
    const { b, hq } = await trio();
    await withMaterial(b, `${newId()}/${newId()}/讲稿.docx`, DOCX);
    const { stick, fileName } = await exported(b);
    const v = await hq.call('sync.verify', { source: { file: { picked: hq.pick(stick), path: fileName } }, passphrase: null, schemaVersion: LATEST_VERSION, tables: [...SYNCED_TABLES], rebuild: false });
    expect(v.status).toBe('ok');
    // Verified: the bundle's copy and its attachment wait in staging, and nothing is in the attachments area yet.
    expect(Object.keys(filesUnder(path.join(hq.dataDir, 'sync', 'staging'))).length).toBeGreaterThan(0);
    expect(filesUnder(path.join(hq.dataDir, 'attachments'))).toEqual({});
    if (v.status === 'ok') await hq.call('sync.importCancel', { token: v.token });
    expect(filesUnder(path.join(hq.dataDir, 'sync', 'staging'))).toEqual({});
    const stale = path.join(hq.dataDir, 'sync', 'staging', 'left-by-a-crash');
    mkdirSync(stale, { recursive: true });
    writeFileSync(path.join(stale, 'bundle.cdsync'), OTHER);
    await sweepAfterCrash(hq.services);
    expect(readdirSync(path.join(hq.dataDir, 'sync', 'staging'))).toEqual([]);
  });
});

describe('4–5. values nested too deep, too large, too many ops in one entry', () => {
  it('refused in verify: no chunk of the bundle is applied, and every retry says the same', async () => {
    const { b, hq } = await trio();
    await b.repo<Member>('members').bulkCreate(Array.from({ length: OPS_PER_CHUNK + 1 }, (_, i) => member(`委员${i}`)) as never);
    const { stick, bytes } = await exported(b);
    const before = await everything(hq);
    // In the second ops entry: a value nested 100,000 deep, then 2,000 deep (just past what a store and a backup survive).
    const nested = (depth: number) => ({
      text: (t: string, i: number) => (i === 1 ? t.replace('"notes":""', `"notes":${'['.repeat(depth)}${']'.repeat(depth)}`) : t),
    });
    for (const depth of [100_000, 2_000, MAX_VALUE_DEPTH + 1]) {
      const forged = await forge(b, bytes, nested(depth));
      for (let attempt = 0; attempt < 2; attempt++) expect(await importForged(hq, stick, forged)).toMatch(new RegExp(`第 2 块数据第 1 行：字段「notes」嵌套超过 ${MAX_VALUE_DEPTH} 层`));
      expect(await everything(hq)).toEqual(before);
    }
    // A field of 2 million characters.
    const long = await forge(b, bytes, { text: (t) => t.replace('"notes":""', `"notes":"${'长'.repeat(2_000_000)}"`) });
    expect(await importForged(hq, stick, long)).toMatch(/字段「notes」的内容太长/);
    // Both entries' ops in one entry: more than OPS_PER_CHUNK for one transaction.
    const merged = await forge(b, bytes, {
      entries: (list) => {
        const opsEntries = list.filter((e) => e.meta.kind === 'ops');
        const all = new Uint8Array(Buffer.concat(opsEntries.map((e) => e.bytes)));
        return [{ meta: { ...opsEntries[0].meta, name: 'ops-0001.ndjson' }, bytes: all }, ...list.filter((e) => e.meta.kind !== 'ops')];
      },
    });
    expect(await importForged(hq, stick, merged)).toMatch(new RegExp(`超过 ${OPS_PER_CHUNK} 条记录`));
    expect(await everything(hq)).toEqual(before);
  });
});

/** A backup file in format 2 with the given chunks (gzip members), as backup-service lays it out. */
function backupFile(chunks: Array<{ table: string; count: number; gz: Uint8Array }>): Buffer {
  const body = Buffer.concat(chunks.map((c) => Buffer.from(c.gz)));
  const header = Buffer.from(
    JSON.stringify({
      createdAt: new Date().toISOString(),
      kind: 'manual',
      office: 'ZL-A',
      schemaVersion: 1,
      chunks: chunks.map((c) => ({ table: c.table, count: c.count, bytes: c.gz.length })),
      sha256: createHash('sha256').update(body).digest('hex'),
    }),
  );
  return Buffer.concat([Buffer.from('CDBACKUP 2\n'), body, header, Buffer.from(`CDEND ${String(header.length).padStart(12, '0')}\n`)]);
}

describe('5. limits', () => {
  it('a backup that inflates to 140 MB of newlines, or past the chunk cap, is refused with a message; an oversized backup file is not opened', async () => {
    const n = await TestNode.create('ZL-A');
    const folder = n.pick(tmp());
    writeFileSync(path.join(folder, 'newlines.cdbackup'), backupFile([{ table: 'members', count: 3, gz: gzipSync(Buffer.alloc(140 * 1024 * 1024, 0x0a)) }]));
    expect(await refusal(n.call('backup.open', { ref: { picked: folder, path: 'newlines.cdbackup' } }))).toMatch(/记录数与文件头不符/);
    writeFileSync(path.join(folder, 'bomb.cdbackup'), backupFile([{ table: 'members', count: 1, gz: gzipSync(Buffer.alloc(130 * 1024 * 1024, 0x61)) }]));
    expect(await refusal(n.call('backup.open', { ref: { picked: folder, path: 'bomb.cdbackup' } }))).toMatch(/解压后超过 128 MB/);
    const huge = path.join(folder, 'huge.cdbackup');
    writeFileSync(huge, 'CDBACKUP 2\n');
    truncateSync(huge, MAX_BACKUP_BYTES + 1);
    expect(await refusal(n.call('backup.open', { ref: { picked: folder, path: 'huge.cdbackup' } }))).toMatch(/备份文件太大/);
    // A header that says more rows per chunk than any writer makes.
    writeFileSync(path.join(folder, 'rows.cdbackup'), backupFile([{ table: 'members', count: MAX_BACKUP_ROWS_PER_CHUNK + 1, gz: gzipSync(Buffer.from('{}\n')) }]));
    expect(await refusal(n.call('backup.open', { ref: { picked: folder, path: 'rows.cdbackup' } }))).toMatch(/文件头的内容不合格式/);
    // Format 1 is held whole once inflated: its own cap.
    const v1Body = gzipSync(Buffer.alloc(MAX_BACKUP_V1_INFLATED + 1024, 0x61));
    const v1Header = JSON.stringify({ createdAt: new Date().toISOString(), kind: 'manual', office: 'ZL-A', schemaVersion: 1, sections: [{ table: 'members', count: 1, bytes: 10 }] });
    writeFileSync(path.join(folder, 'v1.cdbackup'), Buffer.concat([Buffer.from(`CDBACKUP 1\n${v1Header}\n`), v1Body]));
    expect(await refusal(n.call('backup.open', { ref: { picked: folder, path: 'v1.cdbackup' } }))).toMatch(/解压后超过 256 MB/);
    // A trailer that claims a header of a terabyte.
    const lying = Buffer.concat([Buffer.from('CDBACKUP 2\n'), Buffer.from('x'.repeat(100)), Buffer.from('CDEND 999999999999\n')]);
    writeFileSync(path.join(folder, 'lying.cdbackup'), lying);
    expect(await refusal(n.call('backup.open', { ref: { picked: folder, path: 'lying.cdbackup' } }))).toMatch(/已损坏/);
  });

  it('a bundle file over the size limit is refused before it is copied: no staging copy', async () => {
    const { hq } = await trio();
    const stick = tmp('cd-stick-');
    const huge = path.join(stick, 'huge.cdsync');
    writeFileSync(huge, 'CDBUNDLE');
    truncateSync(huge, MAX_BUNDLE_BYTES + 1); // sparse: takes no room on the test disk
    const before = await everything(hq);
    expect(await refusal(hq.importFrom(stick, 'huge.cdsync'))).toMatch(/文件太大.*没有任何改动/);
    expect(await everything(hq)).toEqual(before);
    const listing = await hq.call('sync.scanFolder', { folder: hq.pick(stick) });
    expect(listing).toMatchObject([{ name: 'huge.cdsync', status: 'unreadable', message: expect.stringMatching(/文件太大/) }]);
  });

  it('scrypt costs in the (unsigned) header beyond what a desktop affords are refused at once; a costly but allowed one says 口令不对 in Chinese', async () => {
    const { b, hq } = await trio();
    await b.repo<Member>('members').create(member('丁') as never);
    const stick = tmp('cd-stick-');
    const { fileName } = await b.exportTo(stick, null, '口令123');
    const sealed = readFileSync(path.join(stick, fileName));
    const withCost = (cost: Record<string, number>) => {
      const len = sealed.readUInt32BE(10);
      const h = JSON.parse(sealed.subarray(14, 14 + len).toString());
      const json = Buffer.from(JSON.stringify({ manifest: h.manifest, signature: h.signature, encryption: { ...h.encryption, ...cost } }));
      const prefix = Buffer.from(sealed.subarray(0, 14));
      prefix.writeUInt32BE(json.length, 10);
      return Buffer.concat([prefix, json, sealed.subarray(14 + len)]);
    };
    const before = await everything(hq);
    for (const cost of [{ N: 1 << 20 }, { N: 1 << 15, p: 16 }, { N: 1 << 16, r: 32 }] as Array<Record<string, number>>) {
      writeFileSync(path.join(stick, 'costly.cdsync'), withCost(cost));
      expect(await refusal(hq.importFrom(stick, 'costly.cdsync', { passphrase: '口令123' }))).toMatch(/口令计算量（scrypt）超出/);
    }
    writeFileSync(path.join(stick, 'allowed.cdsync'), withCost({ N: 1 << 17 }));
    expect(await refusal(hq.importFrom(stick, 'allowed.cdsync', { passphrase: '口令123' }))).toMatch(/口令不对/);
    expect(await everything(hq)).toEqual(before);
    expect(await hq.importFrom(stick, fileName, { passphrase: '口令123' })).toMatchObject({ status: 'imported' });
  });
});

describe('7. confinement by real path', () => {
  function outside() {
    const dir = tmp('cd-outside-');
    writeFileSync(path.join(dir, 'secret.txt'), '机密');
    return dir;
  }

  it('files.read/write/remove/copy do not follow a link out of a picked folder or the attachments area', async () => {
    const n = await TestNode.create('ZL-A');
    const out = outside();
    const picked = n.pick(tmp());
    symlinkSync(out, path.join(picked, 'link'));
    mkdirSync(path.join(picked, 'real'));
    writeFileSync(path.join(picked, 'real', 'a.txt'), 'ok');
    symlinkSync(path.join(picked, 'real'), path.join(picked, 'inside'));
    const ref = (p: string) => ({ picked, path: p });
    for (const attempt of [
      () => n.call('files.read', { ref: ref('link/secret.txt') }),
      () => n.call('files.write', { ref: ref('link/new.txt'), data: new Uint8Array([1]) }),
      () => n.call('files.remove', { ref: ref('link/secret.txt') }),
      () => n.call('files.copy', { from: ref('link/secret.txt'), to: ref('copy.txt') }),
      () => n.call('files.copy', { from: ref('real/a.txt'), to: ref('link/a.txt') }),
      () => n.call('files.list', { ref: { picked: path.join(picked, 'link') } }),
    ]) {
      expect(await refusal(attempt())).toMatch(/链接（快捷方式）指向了允许的文件夹以外|没有经过选择/);
    }
    expect(filesUnder(out)).toEqual({ 'secret.txt': expect.any(String) });
    expect(readFileSync(path.join(out, 'secret.txt'), 'utf8')).toBe('机密');
    expect(existsSync(path.join(picked, 'copy.txt'))).toBe(false);
    // A link that stays inside is followed.
    expect((await n.call('files.read', { ref: ref('inside/a.txt') })).data).toEqual(new TextEncoder().encode('ok'));
    // A dangling link would create its target wherever it points.
    symlinkSync(path.join(out, 'not-yet.txt'), path.join(picked, 'dangling.txt'));
    await refusal(n.call('files.write', { ref: ref('dangling.txt'), data: new Uint8Array([1]) }));
    expect(existsSync(path.join(out, 'not-yet.txt'))).toBe(false);
    // The app's own areas too.
    mkdirSync(path.join(n.dataDir, 'attachments'), { recursive: true });
    symlinkSync(out, path.join(n.dataDir, 'attachments', 'evil'));
    await refusal(n.call('files.read', { ref: { area: 'attachments', path: 'evil/secret.txt' } }));
  });

  it('verify refuses a bundle that is a link leading out of the stick, and an export never replaces a link at its file name', async () => {
    const { b, hq } = await trio();
    await b.repo<Member>('members').create(member('戊') as never);
    const { stick: made, fileName, bytes } = await exported(b);
    const out = outside();
    writeFileSync(path.join(out, fileName), bytes);
    const stick = tmp('cd-stick-');
    symlinkSync(path.join(out, fileName), path.join(stick, fileName));
    const before = await everything(hq);
    expect(await refusal(hq.importFrom(stick, fileName))).toMatch(/链接（快捷方式）指向了允许的文件夹以外/);
    expect(await everything(hq)).toEqual(before);
    // The same file through a link that stays on the stick imports.
    symlinkSync(path.join(made, fileName), path.join(made, 'alias.cdsync'));
    expect(await hq.importFrom(made, 'alias.cdsync')).toMatchObject({ status: 'imported' });

    // B's next export is number 2 of its link: a link waits at that name on the stick.
    await b.repo<Member>('members').create(member('己') as never);
    const next = fileName.replace(/_(\d{4})_to_/, (_, n: string) => `_${String(Number(n) + 1).padStart(4, '0')}_to_`);
    const stick2 = tmp('cd-stick-');
    symlinkSync(path.join(out, 'secret.txt'), path.join(stick2, next));
    expect(await refusal(b.exportTo(stick2))).toMatch(/已有一个名为「.*」的链接（快捷方式）：为安全起见不会替换它/);
    expect(readFileSync(path.join(out, 'secret.txt'), 'utf8')).toBe('机密');
    expect(filesUnder(stick2)).toEqual({ [next]: `-> ${path.join(out, 'secret.txt')}` });
  });
});
