import type { BackupInfo, SyncStatus } from '../../../../shared/contract/sync';

/**
 * A backup in people's terms: what it holds as 委员, 学习活动, 签到记录 and 名录,
 * never the internal tables that come with them (the op log, its packed
 * chunks, this computer's state, the conflict list), which a restore brings
 * back too but which mean nothing to the person choosing.
 */
export const BACKUP_CONTENT_LABELS: ReadonlyArray<readonly [table: string, label: string]> = [
  ['members', '委员'],
  ['sessions', '学习活动'],
  ['attendance', '签到记录'],
  ['leaves', '请假记录'],
  ['refLists', '名录'],
  ['suggestions', '献一计'],
  ['proposals', '提案'],
  ['campaigns', '征集活动'],
  ['reports', '社情民意'],
  ['dutyActivities', '履职活动'],
  ['dutyRules', '履职积分规则'],
];

/** Kept in every backup and restored with it, but not shown: the machinery of sync. */
export const INTERNAL_TABLES = new Set(['ops', 'opChunks', 'meta', 'conflicts']);

/** The records a backup holds, in a fixed order, people's tables only; a table this version does not know keeps its name. */
export function backupContents(counts: Record<string, number>): Array<{ label: string; count: number }> {
  const known = new Map(BACKUP_CONTENT_LABELS);
  const out = BACKUP_CONTENT_LABELS.filter(([t]) => t in counts).map(([t, label]) => ({ label, count: counts[t] }));
  for (const [t, count] of Object.entries(counts)) if (!known.has(t) && !INTERNAL_TABLES.has(t)) out.push({ label: t, count });
  return out;
}

/** One line for a list: 委员 280 · 学习活动 120 · 签到记录 6,400 (empty tables left out). */
export function backupSummary(counts: Record<string, number>): string {
  const parts = backupContents(counts).filter((c) => c.count > 0).map((c) => `${c.label} ${c.count.toLocaleString('zh-CN')}`);
  return parts.length ? parts.join(' · ') : '没有记录';
}

/** Whose backup it is: this office by name, an office this computer knows by name, else the code the backup carries. */
export function backupOffice(info: Pick<BackupInfo, 'office'>, status: Pick<SyncStatus, 'me' | 'peers'>): string {
  if (info.office === status.me.office) return `${status.me.name}（本机）`;
  const peer = status.peers.find((p) => p.office === info.office);
  return peer ? `${peer.name}（${peer.office}）` : info.office || '未知办公室';
}
