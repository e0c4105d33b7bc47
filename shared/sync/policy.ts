import { RelPath } from '../contract/files';

/**
 * What the exchange needs to know about each synced table, declared per table
 * so a capability that adds a table declares it here (or takes the defaults)
 * and writes no sync code.
 */
export interface TablePolicy {
  /**
   * Fields that matter: when two nodes wrote different values concurrently,
   * the loser is kept in the conflicts table for a person to review.
   */
  conflictFields: readonly string[];
  /**
   * What HQ sends back to an office from this table:
   * - 'office': the office's own records (as HQ corrected them);
   * - 'office+hq': those plus the records HQ itself owns (reference lists, campaigns);
   * - 'none': nothing.
   */
  hqSends: 'office' | 'office+hq' | 'none';
  /**
   * Files a write refers to: the paths, in main's attachments area, named by
   * the fields of one op. An export carries these files beside the ops that
   * name them, so the receiver can open what the record lists.
   */
  attachments: (fields: Readonly<Record<string, unknown>>) => string[];
  /**
   * Who may write what, checked on every op of an office's bundle before
   * anything is applied (docs/sync.md, Authority). HQ's bundles are trusted to
   * write and relay anything; an office's bundle may carry only ops of its own
   * computers, on records its office owns (`office` field), never moving a
   * record to another office, and never in `hqOnlyFields`.
   */
  authority: TableAuthority;
}

export interface TableAuthority {
  /**
   * - 'owner': an office writes the records it owns (creates them with its own code);
   * - 'hq': only HQ writes this table, even records that belong to an office
   *   (HQ's handling steps on an office's proposal): an office's bundle may carry none.
   */
  writers: 'owner' | 'hq';
  /** Fields only HQ may write, even on an office's own record (a proposal's 立案 number and reply, HQ's review of a suggestion). */
  hqOnlyFields: readonly string[];
}

/** Declaration for a field holding a list of objects whose `key` is a path in the attachments area: `fields[field][].key`. */
export function pathsInList(field: string, key: string): TablePolicy['attachments'] {
  return (fields) => {
    const list = fields[field];
    if (!Array.isArray(list)) return [];
    const out: string[] = [];
    for (const item of list) {
      const p = item && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
      if (typeof p === 'string') out.push(p);
    }
    return out;
  };
}

const noAttachments: TablePolicy['attachments'] = () => [];

/** Fields that matter in any table that has them (status, reply class, decision, the tombstone). */
export const DEFAULT_CONFLICT_FIELDS = ['status', 'replyClass', 'decision', 'deleted'] as const;

const DEFAULT_POLICY: TablePolicy = {
  conflictFields: DEFAULT_CONFLICT_FIELDS,
  hqSends: 'office',
  attachments: noAttachments,
  authority: { writers: 'owner', hqOnlyFields: [] },
};

/** Per-table declarations; a table not named here takes DEFAULT_POLICY. */
export const TABLE_POLICIES: Record<string, Partial<TablePolicy>> = {
  members: { hqSends: 'office' },
  // HQ's reference lists go to every office; an office's own lists go back to it.
  refLists: { hqSends: 'office+hq', conflictFields: ['deleted'] },
  // 献一计: HQ's campaigns go to every office; an office may run its own (it owns those).
  campaigns: { hqSends: 'office+hq', conflictFields: ['deleted'], authority: { writers: 'owner', hqOnlyFields: [] } },
  // A suggestion belongs to the office that took it in. HQ's review is HQ's own field (hqReview):
  // it comes only from HQ and travels back to that office so it can answer the citizen. Concurrent
  // decisions (review, merge, feedback, award) are kept for a person.
  suggestions: {
    hqSends: 'office',
    conflictFields: ['review', 'hqReview', 'mergedInto', 'feedback', 'award', 'deleted'],
    authority: { writers: 'owner', hqOnlyFields: ['hqReview'] },
  },
  // Who changed what on a suggestion, owned by the suggestion's office (HQ's entries go back with its review).
  suggestionHistory: { hqSends: 'office', conflictFields: ['deleted'], authority: { writers: 'owner', hqOnlyFields: [] } },
  // Session plans HQ makes go to every office (sync.md); attendance stays with the office that recorded it.
  // Their materials (讲稿.docx …) travel with them.
  sessions: { hqSends: 'office+hq', attachments: pathsInList('materials', 'path') },
};

export function policyOf(table: string): TablePolicy {
  return { ...DEFAULT_POLICY, ...TABLE_POLICIES[table] };
}

/** Whether HQ's export to `destOffice` carries a record of `table` owned by `recordOffice`. */
export function hqSendsRecord(table: string, recordOffice: string | undefined, destOffice: string, hqOffice: string): boolean {
  const p = policyOf(table).hqSends;
  if (p === 'none') return false;
  if (recordOffice === destOffice) return true;
  return p === 'office+hq' && recordOffice === hqOffice;
}

/**
 * The attachment paths the ops refer to, each once, in first-seen order. A
 * path that is not a plain relative path (it came from another node, so it is
 * not trusted) is left out rather than let it refuse the whole export.
 */
export function attachmentPaths(ops: Iterable<{ table: string; fields: Readonly<Record<string, unknown>> }>): string[] {
  const seen = new Set<string>();
  // Per table, its declaration, or null when it has none (most tables: nothing to call per op).
  const byTable = new Map<string, TablePolicy['attachments'] | null>();
  for (const op of ops) {
    let of = byTable.get(op.table);
    if (of === undefined) {
      const declared = policyOf(op.table).attachments;
      byTable.set(op.table, (of = declared === noAttachments ? null : declared));
    }
    if (!of) continue;
    for (const p of of(op.fields)) if (!seen.has(p) && RelPath.safeParse(p).success) seen.add(p);
  }
  return [...seen];
}
