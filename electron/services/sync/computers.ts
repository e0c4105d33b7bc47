import type { Computer, PeerInfo } from '../../../shared/contract/sync';
import type { Manifest } from '../../../shared/sync/manifest';
import { mergeVv, type VersionVector } from '../../../shared/sync/vv';
import type { PeerRecord, SyncStateData } from './state';

/**
 * An office's computers, as the exchange knows them (issue 17): an office may
 * have several enrolled computers (the desk PC, the laptop at the door), and
 * a computer may be retired when a new one replaces it. Authority is the
 * office's, whichever of its computers wrote an op (retired ones included:
 * their ops travel on in the new computer's bundles).
 */

const day = (iso: string) => iso.slice(0, 10);

/** The enrolled computers of `office` in `role`, retired ones included. */
export function computersOf(st: SyncStateData, office: string, role: PeerRecord['role']): PeerRecord[] {
  return Object.values(st.peers).filter((p) => p.office === office && p.role === role);
}

/** The computers of `office` that still send bundles. */
export function activeComputers(st: SyncStateData, office: string, role: PeerRecord['role']): PeerRecord[] {
  return computersOf(st, office, role).filter((p) => !p.retiredAt);
}

/** The last bundle imported from `node`: its number on the link and when. */
export function lastBundle(st: SyncStateData, node: string): { seq: number; at: string } | null {
  let best: { seq: number; at: string } | null = null;
  for (const l of Object.values(st.ledger)) if (l.source === node && (!best || l.seq > best.seq)) best = { seq: l.seq, at: l.importedAt };
  return best;
}

export function computerInfo(st: SyncStateData, p: PeerRecord): Computer {
  return { node: p.node, name: p.name, fingerprint: p.fingerprint, enrolledAt: p.enrolledAt, lastImportAt: p.lastImportAt, lastBundleSeq: lastBundle(st, p.node)?.seq ?? null };
}

/** The fields of PeerInfo that describe a computer's history. */
export function computerFields(st: SyncStateData, p: PeerRecord): Pick<PeerInfo, 'lastBundleSeq' | 'retiredAt' | 'replacedBy'> {
  return { lastBundleSeq: lastBundle(st, p.node)?.seq ?? null, retiredAt: p.retiredAt ?? null, replacedBy: p.replacedBy ?? null };
}

/**
 * What we acknowledge to `office`: every op we received from any of its
 * computers, retired ones included (each computer sends only its own origins
 * and those it replaces, so merging is exact).
 */
export function ackTo(st: SyncStateData, office: string, role: PeerRecord['role']): VersionVector {
  return computersOf(st, office, role).reduce<VersionVector>((vv, p) => mergeVv(vv, p.received), {});
}

/**
 * What every active computer of `office` acknowledged from us: per origin the
 * least of theirs, so one bundle to the office carries what any of them lacks.
 */
export function leastAcked(peers: PeerRecord[]): VersionVector {
  if (!peers.length) return {};
  const out: VersionVector = {};
  for (const origin of Object.keys(peers[0].acked)) {
    const least = Math.min(...peers.map((p) => p.acked[origin] ?? 0));
    if (least > 0) out[origin] = least;
  }
  return out;
}

/** The refusal of a bundle signed by a retired computer's key. */
export function retiredMessage(p: PeerRecord, by: PeerRecord | undefined): string {
  const successor = by ? `（新电脑的指纹 ${by.fingerprint}）` : '';
  return `这个数据包由 ${p.name}（${p.office}）的旧电脑签名（指纹 ${p.fingerprint}），这台电脑已于 ${day(p.retiredAt ?? '')} 被新电脑替换${successor}，它的数据包不再接受，没有任何改动。请在新电脑上导出数据包；旧电脑上没有送出的记录，新电脑恢复备份后会一并送来。`;
}

/**
 * A second version of one computer's bundle (same number, different content;
 * or one that does not follow the last): two machines are sending as one,
 * which is a data folder copied to another PC. Says what to do about it.
 */
export function forkMessage(m: Manifest, fingerprint: string, kind: 'seq' | 'chain'): string {
  const what = kind === 'seq' ? `第 ${m.seq} 号数据包的第二个不同版本` : `一个与上一个数据包接不上的第 ${m.seq} 号数据包`;
  return (
    `${m.source.name}（${m.source.office}）的电脑（指纹 ${fingerprint}）送来了${what}：` +
    '这通常是这台电脑的数据文件夹被复制到了另一台电脑上，两台电脑在用同一个身份各自记录。已拒绝导入，没有任何改动。' +
    '请在送来这个文件的那台电脑上打开“数据交换”，点“设为本办公室的另一台电脑”，再导出一个数据包带来这里，并确认它的新密钥指纹（选“作为另一台电脑登记”）。' +
    '它记录的内容不会丢失：区政协还没有收到的记录会以新电脑的名义重新送来。'
  );
}
