import type { Submitter, Suggestion } from '../domain/suggestion';
import type { Plan } from './review';

/**
 * 并入: a duplicate points to the suggestion kept; it keeps its own text and
 * submitter, nothing is deleted, and undoing it clears the pointer. The kept
 * one credits every submitter (credits), so the merge loses no one.
 */

type Mergeable = Pick<Suggestion, 'id' | 'title' | 'campaignId' | 'mergedInto' | 'deleted'>;

export function planMerge(dup: Mergeable, kept: Mergeable, all: readonly Mergeable[]): Plan | { refused: string } {
  if (dup.id === kept.id) return { refused: '不能把一条建议并入它自己' };
  if (dup.deleted || kept.deleted) return { refused: '这条建议已删除' };
  if (dup.campaignId !== kept.campaignId) return { refused: '只能并入同一征集活动的建议' };
  if (dup.mergedInto) return { refused: `“${dup.title}”已并入另一条建议，请先撤销并入` };
  if (kept.mergedInto) return { refused: `“${kept.title}”本身已并入另一条建议，请并入它所并入的那一条` };
  const children = all.filter((s) => s.mergedInto === dup.id && !s.deleted).length;
  if (children) return { refused: `“${dup.title}”已有 ${children} 条建议并入，不能再并入别的建议；请先撤销那些并入` };
  return { writes: [{ id: dup.id, changes: { mergedInto: kept.id }, history: { kind: 'merge', before: '', after: kept.id } }], skipped: [] };
}

export function planUnmerge(dup: Mergeable): Plan | { refused: string } {
  if (!dup.mergedInto) return { refused: `“${dup.title}”没有并入别的建议` };
  return { writes: [{ id: dup.id, changes: { mergedInto: '' }, history: { kind: 'merge', before: dup.mergedInto, after: '' } }], skipped: [] };
}

function submitterKey(s: Submitter): string {
  return s.kind === 'member' ? `m:${s.memberId}` : `c:${s.name}|${s.unit}`;
}

/** Everyone a kept suggestion credits: its own submitter, then those of the suggestions merged into it (by date received), each once. */
export function credits(kept: Pick<Suggestion, 'id' | 'submitter'>, all: readonly Pick<Suggestion, 'mergedInto' | 'submitter' | 'receivedOn' | 'deleted'>[]): Submitter[] {
  const merged = all.filter((s) => s.mergedInto === kept.id && !s.deleted).sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
  const seen = new Set<string>();
  const out: Submitter[] = [];
  for (const sub of [kept.submitter, ...merged.map((s) => s.submitter)]) {
    const k = submitterKey(sub);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(sub);
    }
  }
  return out;
}

/** Per kept suggestion, the ids merged into it (a map over the whole campaign, for lists). */
export function mergedChildren(all: readonly Pick<Suggestion, 'id' | 'mergedInto' | 'deleted'>[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of all) {
    if (!s.mergedInto || s.deleted) continue;
    const list = out.get(s.mergedInto);
    if (list) list.push(s.id);
    else out.set(s.mergedInto, [s.id]);
  }
  return out;
}
