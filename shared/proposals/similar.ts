import type { DraftFields, ProposalStatus } from '../domain/proposal';
import { TextIndex } from '../text/text-index';
import { similarityText, type CheckField } from './checks';

/** What the similar-proposal check shows of a proposal on file. */
export interface OnFile {
  id: string;
  title: string;
  year: number;
  status: ProposalStatus;
  numberText: string;
}

export interface SimilarHit extends OnFile {
  score: number;
  /** Filed this year (else: an earlier year). */
  thisYear: boolean;
}

/**
 * Proposals on file, indexed by their title and body (shared/text/text-index.ts,
 * the same bigram measure as the suggestion drive), for the check as typed.
 */
export class ProposalIndex {
  private readonly index = new TextIndex<string>();
  private readonly meta = new Map<string, OnFile>();

  get size(): number {
    return this.index.size;
  }

  set(p: OnFile & Pick<DraftFields, CheckField>): void {
    this.index.set(p.id, similarityText(p));
    this.meta.set(p.id, { id: p.id, title: p.title, year: p.year, status: p.status, numberText: p.numberText });
  }

  remove(id: string): void {
    this.index.remove(id);
    this.meta.delete(id);
  }

  /** The proposals most alike the draft (not itself, not other drafts), best first. */
  similar(draft: Pick<DraftFields, CheckField>, o: { selfId: string; year: number; minScore: number; limit?: number }): SimilarHit[] {
    const hits = this.index.similar(similarityText(draft), {
      limit: o.limit ?? 5,
      minScore: o.minScore,
      exclude: (id) => id === o.selfId || this.meta.get(id)?.status === 'draft',
    });
    return hits.map((h) => {
      const m = this.meta.get(h.key)!;
      return { ...m, score: h.score, thisYear: m.year === o.year };
    });
  }
}
