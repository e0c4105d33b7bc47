import { RelPath } from '../contract/files';
import { HQ_FEEDBACK_FIELDS } from '../domain/consultation';
import { PROPOSAL_HQ_FIELDS } from '../domain/proposal';
import { hqStepPart } from '../proposals/workflow';
import { REPORT_HQ_FIELDS } from '../domain/report';
import { DEFAULT_REF_LISTS, defaultRefId, REF_LIST_KINDS, type RefListKind } from '../domain/reflist';
import { attendanceId } from '../domain/session';
import type { Op } from './record';

/**
 * What the exchange needs to know about each synced table, declared per table
 * so a capability that adds a table declares it here (or takes the defaults)
 * and writes no sync code.
 */
export interface TablePolicy {
  /** What a person calls the table's records, for messages (委员, 名录 …). */
  label: string;
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
  /**
   * Records of an office's that are HQ's work, told by their values (HQ's handling steps on an
   * office's proposal: 立案, 交办, 答复 …): what makes the fields (an op's, or a record's as held)
   * HQ's, in Chinese, or null. An office's op may not say it, nor write a record that says it.
   */
  hqPart?: (fields: Readonly<Record<string, unknown>>) => string | null;
  /**
   * Records every node makes itself under the same id (default list entries,
   * domain.md): an op that only makes one, with its default values, says
   * nothing new. It is never merged into a record the receiver holds (so an
   * office that set up after HQ renamed 中共 does not rename it back, or take
   * it over), and it is not a write of anyone's record. Any other write of such
   * a record is HQ's: the district's defaults belong to the district.
   */
  seeded?: {
    /** Whether the op only makes such a record with its default values. */
    create: (op: Pick<Op, 'id' | 'fields'>) => boolean;
    /** Whether a record id is one of them (renamed or not). */
    id: (id: string) => boolean;
  };
  /**
   * Records whose id is made of some of their fields (attendance: session and
   * member): an office's op that sets any of `fields` sets them all, to the
   * values its id is made of, so a record cannot say it is another's.
   */
  identity?: { fields: readonly string[]; /** What a person calls those fields, for messages. */ label: string; id: (fields: Readonly<Record<string, unknown>>) => string | null };
  /**
   * Records that belong with another record (attendance: its member's): an
   * office writes one only when it owns that record, or its bundle makes it.
   * `parentId` reads the other record's id from the op's id (null: none).
   */
  ownedThrough?: { table: string; parentId: (id: string) => string | null };
}

const SEED_FIELDS = new Set(['kind', 'name', 'order', 'office', 'deleted']);

/** Whether an op only makes a default list entry (shared/domain/reflist.ts defaultRefId) with its default values. */
export function isDefaultRefCreate(op: Pick<Op, 'id' | 'fields'>): boolean {
  const { kind, name, deleted } = op.fields;
  if (typeof kind !== 'string' || typeof name !== 'string' || deleted !== 0) return false;
  if (!(REF_LIST_KINDS as readonly string[]).includes(kind) || !DEFAULT_REF_LISTS[kind as RefListKind].includes(name)) return false;
  for (const f of Object.keys(op.fields)) if (!SEED_FIELDS.has(f)) return false;
  return op.id === defaultRefId(kind as RefListKind, name);
}

let defaultRefIds: Set<string> | null = null;

/** Whether a record id is a default entry's (made at every node under the same id), renamed since or not. */
export function isDefaultRefId(id: string): boolean {
  defaultRefIds ??= new Set(REF_LIST_KINDS.flatMap((kind) => DEFAULT_REF_LISTS[kind].map((name) => defaultRefId(kind, name))));
  return defaultRefIds.has(id);
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

/** The member an attendance id names (shared/domain/session.ts attendanceId), or null for an id of another shape. */
function memberOfAttendanceId(id: string): string | null {
  const i = id.indexOf('~');
  return i > 0 && i < id.length - 1 ? id.slice(i + 1) : null;
}

const noAttachments: TablePolicy['attachments'] = () => [];

/** Fields that matter in any table that has them (status, reply class, decision, the tombstone). */
export const DEFAULT_CONFLICT_FIELDS = ['status', 'replyClass', 'decision', 'deleted'] as const;

const DEFAULT_POLICY: TablePolicy = {
  label: '',
  conflictFields: DEFAULT_CONFLICT_FIELDS,
  hqSends: 'office',
  attachments: noAttachments,
  authority: { writers: 'owner', hqOnlyFields: [] },
};

/** Per-table declarations; a table not named here takes DEFAULT_POLICY. */
export const TABLE_POLICIES: Record<string, Partial<TablePolicy>> = {
  members: { label: '委员', hqSends: 'office' },
  // HQ's reference lists go to every office; an office's own lists go back to it.
  // The default entries are the district's: an office makes them at setup, HQ keeps them.
  refLists: { label: '名录', hqSends: 'office+hq', conflictFields: ['deleted'], authority: { writers: 'owner', hqOnlyFields: [], seeded: { create: isDefaultRefCreate, id: isDefaultRefId } } },
  // 献一计: HQ's campaigns go to every office; an office may run its own (it owns those).
  campaigns: { label: '征集活动', hqSends: 'office+hq', conflictFields: ['deleted'], authority: { writers: 'owner', hqOnlyFields: [] } },
  // A suggestion belongs to the office that took it in. HQ's review is HQ's own field (hqReview):
  // it comes only from HQ and travels back to that office so it can answer the citizen. Concurrent
  // decisions (review, merge, feedback, award) are kept for a person.
  suggestions: {
    label: '建议',
    hqSends: 'office',
    conflictFields: ['review', 'hqReview', 'mergedInto', 'feedback', 'award', 'deleted'],
    authority: { writers: 'owner', hqOnlyFields: ['hqReview'] },
  },
  // Who changed what on a suggestion, owned by the suggestion's office (HQ's entries go back with its review).
  suggestionHistory: { label: '建议办理记录', hqSends: 'office', conflictFields: ['deleted'], authority: { writers: 'owner', hqOnlyFields: [] } },
  // Session plans HQ makes go to every office (sync.md); attendance stays with the office that recorded it.
  // Their materials (讲稿.docx …) travel with them.
  sessions: { label: '学习活动', hqSends: 'office+hq', attachments: pathsInList('materials', 'path') },
  // An attendance record is its member's office's, whoever records it (its id names the session and the member).
  attendance: {
    label: '签到记录',
    authority: {
      writers: 'owner',
      hqOnlyFields: [],
      identity: { fields: ['sessionId', 'memberId'], label: '活动和委员', id: (f) => (typeof f.sessionId === 'string' && typeof f.memberId === 'string' ? attendanceId(f.sessionId, f.memberId) : null) },
      ownedThrough: { table: 'members', parentId: memberOfAttendanceId },
    },
  },
  // A proposal belongs to the office where it was drafted (HQ's own drafts to HQ). HQ's review,
  // number, assignment and replies (with the reply document) travel back to that office; the
  // member's verdict (verdicts, status) and the draft travel from it. Two nodes moving the
  // status at once keep the loser for a person. An office creates a proposal without the
  // HQ-only fields (features/proposals/data.ts), so its bundle never carries them.
  proposals: {
    label: '提案',
    hqSends: 'office',
    conflictFields: ['status', 'number', 'deleted'],
    attachments: pathsInList('replies', 'path'),
    authority: { writers: 'owner', hqOnlyFields: PROPOSAL_HQ_FIELDS },
  },
  // Each save's snapshot, each co-signature and each handling step is a record of the proposal's
  // office (HQ writes its steps under that office, so they travel back with the proposal).
  proposalRevisions: { label: '提案修改稿', hqSends: 'office', conflictFields: ['deleted'] },
  proposalCoSigners: { label: '联名', hqSends: 'office', conflictFields: ['state', 'deleted'] },
  // An office writes the steps of its own moves (提交, 撤案, 满意度: shared/proposals/workflow.ts); HQ's
  // steps (立案 with its number, 交办, 答复 …) are HQ's, though they lie under the proposal's office.
  proposalSteps: { label: '提案办理过程', hqSends: 'office', conflictFields: ['deleted'], authority: { writers: 'owner', hqOnlyFields: [], hqPart: hqStepPart } },
  // 有事好商量: an office owns its topics, meetings, 民主监督 items and their measures. HQ's own topics
  // (district: true) go to every office, as its campaigns do. HQ may record feedback it received on an
  // office's outcome (hqFeedback, HQ's own field, as suggestions' hqReview): it travels back to that office.
  consultTopics: { label: '协商议题', hqSends: 'office+hq', conflictFields: ['planned', 'deleted'], authority: { writers: 'owner', hqOnlyFields: [] } },
  consultMeetings: {
    label: '协商议事会',
    hqSends: 'office',
    conflictFields: ['consensus', 'outcome', 'feedback', 'hqFeedback', 'closedAt', 'deleted'],
    authority: { writers: 'owner', hqOnlyFields: HQ_FEEDBACK_FIELDS },
  },
  supervisions: {
    label: '民主监督',
    hqSends: 'office',
    conflictFields: ['findings', 'outcome', 'feedback', 'hqFeedback', 'closedAt', 'deleted'],
    authority: { writers: 'owner', hqOnlyFields: HQ_FEEDBACK_FIELDS },
  },
  // A measure is its meeting's (or item's) office's, wherever its progress is recorded.
  consultMeasures: { label: '协商措施', hqSends: 'office', conflictFields: ['state', 'reason', 'deleted'] },
  // 社情民意 belong to the office that wrote them (or, turned from a proposal, to the proposal's office).
  // HQ's 采用 and 批示 are HQ's own fields, like a suggestion's hqReview: they come only from HQ and travel
  // back to that office; its attachments travel with it.
  reports: {
    label: '社情民意',
    hqSends: 'office',
    conflictFields: ['adoptions', 'instructions', 'deleted'],
    attachments: pathsInList('attachments', 'path'),
    authority: { writers: 'owner', hqOnlyFields: REPORT_HQ_FIELDS },
  },
  // 大会发言, one-off activities, 惠民行动: the recording office's.
  dutyActivities: { label: '履职活动', hqSends: 'office', conflictFields: ['deleted'] },
  // The duty points rule table is HQ's: it reaches every office, which only views it.
  dutyRules: { label: '履职积分规则', hqSends: 'office+hq', conflictFields: ['lead', 'co', 'cap', 'grades', 'minimums', 'deleted'], authority: { writers: 'hq', hqOnlyFields: [] } },
};

/** Per table, its declaration as last read and the policy made of it (policyOf runs once per op of an import). */
const policies = new Map<string, { from: Partial<TablePolicy> | undefined; policy: TablePolicy }>();

export function policyOf(table: string): TablePolicy {
  const from = TABLE_POLICIES[table];
  let p = policies.get(table);
  if (!p || p.from !== from) policies.set(table, (p = { from, policy: { ...DEFAULT_POLICY, label: table, ...from } }));
  return p.policy;
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
