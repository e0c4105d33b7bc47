import { cleanupSemantic, DIFF_DELETE, DIFF_INSERT, makeDiff } from '@sanity/diff-match-patch';
import { DRAFT_FIELD_KEYS, type DraftFields, type ProposalRevision } from '../domain/proposal';

/**
 * Revisions of a draft: every save is a snapshot of its fields; two are
 * compared field by field as a character-level diff (diff-match-patch with
 * semantic clean-up: a Chinese paragraph is one "line", so a line diff would
 * show it all as changed); a restore is a new revision holding the old text.
 */

export const FIELD_LABELS: Record<keyof DraftFields, string> = {
  title: '案由',
  plenary: '届次会议',
  kind: '提案者类别',
  leadMemberId: '第一提案人',
  proposerName: '提案单位',
  category: '类别',
  situation: '情况',
  analysis: '分析',
  measures: '建议',
  contact: '联系人及电话',
};

export function draftOf(r: DraftFields): DraftFields {
  return Object.fromEntries(DRAFT_FIELD_KEYS.map((k) => [k, r[k]])) as unknown as DraftFields;
}

/** Whether a save would change nothing (no new revision then). */
export function sameDraft(a: DraftFields, b: DraftFields): boolean {
  return DRAFT_FIELD_KEYS.every((k) => a[k] === b[k]);
}

export type Piece = { kind: 'same' | 'added' | 'removed'; text: string };

/** The character-level difference of two texts, cleaned up so a reader sees words and phrases. */
export function diffText(before: string, after: string): Piece[] {
  const diffs = cleanupSemantic(makeDiff(before, after, { timeout: 1 }));
  return diffs.map(([op, text]) => ({ kind: op === DIFF_INSERT ? 'added' : op === DIFF_DELETE ? 'removed' : 'same', text }));
}

export interface FieldDiff {
  field: keyof DraftFields;
  label: string;
  pieces: Piece[];
  added: number;
  removed: number;
}

/** The fields that differ between two revisions, each as pieces, with counts of characters added and removed. */
export function diffRevisions(before: DraftFields, after: DraftFields): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const field of DRAFT_FIELD_KEYS) {
    const a = String(before[field] ?? '');
    const b = String(after[field] ?? '');
    if (a === b) continue;
    const pieces = diffText(a, b);
    const count = (k: Piece['kind']) => pieces.filter((p) => p.kind === k).reduce((n, p) => n + Array.from(p.text).length, 0);
    out.push({ field, label: FIELD_LABELS[field], pieces, added: count('added'), removed: count('removed') });
  }
  return out;
}

/** Revisions newest first (ids are `${proposalId}~${uuidv7}`: time order, with `at` first). */
export function newestFirst<R extends Pick<ProposalRevision, 'id' | 'at'>>(revs: readonly R[]): R[] {
  return [...revs].sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1));
}

/** A one-line summary of a revision against the one before: "+12 −3 字（情况、建议）". */
export function changeSummary(diffs: readonly FieldDiff[]): string {
  if (!diffs.length) return '无改动';
  const add = diffs.reduce((n, d) => n + d.added, 0);
  const rem = diffs.reduce((n, d) => n + d.removed, 0);
  return `+${add} −${rem} 字（${diffs.map((d) => d.label).join('、')}）`;
}
