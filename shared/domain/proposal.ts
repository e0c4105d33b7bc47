import type { SyncMeta } from '../sync/record';

/** 提案者 kinds (domain.md, Proposals). */
export const PROPOSER_KINDS = ['individual', 'joint', 'sector', 'party', 'committee'] as const;
export type ProposerKind = (typeof PROPOSER_KINDS)[number];
export const PROPOSER_KIND_LABELS: Record<ProposerKind, string> = {
  individual: '委员个人',
  joint: '委员联名',
  sector: '界别',
  party: '党派团体',
  committee: '专委会',
};

/** Every state of the workflow (shared/proposals/workflow.ts moves between them). */
export const PROPOSAL_STATUSES = [
  'draft', 'submitted', 'accepted', 'rejected', 'merged', 'withdrawn', 'handling', 'replied', 'satisfied', 'closed',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const STATUS_LABELS: Record<ProposalStatus, string> = {
  draft: '草稿',
  submitted: '已提交（待审查）',
  accepted: '已立案（待交办）',
  rejected: '不予立案',
  merged: '已并案',
  withdrawn: '已撤案',
  handling: '办理中',
  replied: '已答复（待满意度）',
  satisfied: '满意（待办结）',
  closed: '办结',
};

/** 不予立案 reasons: a fixed list. */
export const REJECT_REASONS = [
  '不属于政协提案受理范围',
  '涉及党和国家秘密',
  '涉及民事、刑事、行政诉讼或仲裁案件',
  '属于个人或家庭事务',
  '为企业或产品做宣传推介',
  '建议内容空泛、缺乏具体措施',
  '一案多事',
  '与已立案提案内容基本相同',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** Where a rejected proposal goes. */
export const REJECT_TRANSFERS = ['opinion', 'publicOpinion', 'none'] as const;
export type RejectTransfer = (typeof REJECT_TRANSFERS)[number];
export const TRANSFER_LABELS: Record<RejectTransfer, string> = {
  opinion: '转为意见建议',
  publicOpinion: '转社情民意',
  none: '不转办',
};

export const REPLY_CLASSES = ['A', 'B', 'C'] as const;
export type ReplyClass = (typeof REPLY_CLASSES)[number];
export const REPLY_CLASS_LABELS: Record<ReplyClass, string> = {
  A: 'A类（已解决或基本解决）',
  B: 'B类（部分解决或列入计划）',
  C: 'C类（因条件限制留作参考）',
};

export const SATISFACTIONS = ['satisfied', 'basic', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];
export const SATISFACTION_LABELS: Record<Satisfaction, string> = { satisfied: '满意', basic: '基本满意', unsatisfied: '不满意' };

/** 交办: one lead unit (主办) with assisting units (会办), or separate units (分办), each on its own. */
export interface Assignment {
  mode: 'lead' | 'separate';
  /** 主办 (mode lead), or '' */
  lead: string;
  /** 会办 (mode lead) or 分办 (mode separate) units. */
  units: string[];
  /** YYYY-MM-DD */
  deadline: string;
  /** YYYY-MM-DD */
  at: string;
}

/** 答复, one per handling round; the reply document travels with bundles (`path` in attachments). */
export interface Reply {
  replyClass: ReplyClass;
  unit: string;
  /** YYYY-MM-DD */
  date: string;
  summary: string;
  contact: string;
  /** Reply document (答复件), '' when none: name, path in the attachments area, size. */
  fileName: string;
  path: string;
  size: number;
}

export interface Verdict {
  satisfaction: Satisfaction;
  /** YYYY-MM-DD */
  date: string;
  note: string;
}

export interface Review {
  /** 审查意见 */
  opinion: string;
  by: string;
  /** YYYY-MM-DD */
  date: string;
}

export interface Rejection {
  reason: RejectReason;
  transfer: RejectTransfer;
  note: string;
}

export interface ProposalFlags {
  key: boolean;
  supervised: boolean;
  superviseNote: string;
  excellent: boolean;
}

export const NO_FLAGS: ProposalFlags = { key: false, supervised: false, superviseNote: '', excellent: false };

/** The fields a member and the office edit while drafting; every save snapshots them as a revision. */
export interface DraftFields {
  title: string;
  /** 十届四次会议, or '' for 平时提案 (between sessions). */
  plenary: string;
  kind: ProposerKind;
  /** 第一提案人 (a member id), or '' for a proposal by a sector, party or committee. */
  leadMemberId: string;
  /** Name shown as proposer for 界别/党派团体/专委会 proposals. */
  proposerName: string;
  category: string;
  /** 情况 */
  situation: string;
  /** 分析 */
  analysis: string;
  /** 建议 */
  measures: string;
  contact: string;
}

export const DRAFT_FIELD_KEYS = ['title', 'plenary', 'kind', 'leadMemberId', 'proposerName', 'category', 'situation', 'analysis', 'measures', 'contact'] as const satisfies ReadonlyArray<keyof DraftFields>;

/** The state the workflow owns (shared/proposals/workflow.ts). */
export interface HandlingState {
  status: ProposalStatus;
  /** 立案 number in the sequence of `seqKey`, 0 until accepted. HQ only. */
  number: number;
  /** The numbering sequence: the plenary, or 平时提案+year. */
  seqKey: string;
  /** 收文时间, local YYYY-MM-DDTHH:MM:SS, '' until submitted. */
  submittedAt: string;
  review: Review | null;
  rejection: Rejection | null;
  /** 并案: the proposal this one is handled with, ''. */
  mergedInto: string;
  assignment: Assignment | null;
  replies: Reply[];
  verdicts: Verdict[];
  flags: ProposalFlags;
}

/** 提案 */
export interface Proposal extends SyncMeta, DraftFields, HandlingState {
  /** The year the proposal belongs to (for 平时提案 numbering and figures). */
  year: number;
  /** Local date-time of the last draft save. */
  savedAt: string;
}

/** A snapshot of the draft, one per save (autosave, restore, template). Id: `${proposalId}~${uuidv7}`. */
export interface ProposalRevision extends SyncMeta, DraftFields {
  proposalId: string;
  /** Local YYYY-MM-DDTHH:MM:SS */
  at: string;
  by: string;
  reason: 'save' | 'restore' | 'create';
  /** For a restore: the revision restored. */
  restoredFrom: string;
}

export const COSIGN_STATES = ['invited', 'signed', 'declined'] as const;
export type CoSignState = (typeof COSIGN_STATES)[number];
export const COSIGN_LABELS: Record<CoSignState, string> = { invited: '已邀请', signed: '已签名', declined: '已谢绝' };

/** 联名: one per (proposal, member); id `${proposalId}~${memberId}`. */
export interface CoSignature extends SyncMeta {
  proposalId: string;
  memberId: string;
  state: CoSignState;
  /** YYYY-MM-DD */
  invitedOn: string;
  /** YYYY-MM-DD, '' while invited. */
  answeredOn: string;
}

/** One step of the handling log: who, when, why. Id `${proposalId}~${uuidv7}`. */
export interface ProposalStep extends SyncMeta {
  proposalId: string;
  move: string;
  from: ProposalStatus;
  to: ProposalStatus;
  /** Local YYYY-MM-DDTHH:MM:SS */
  at: string;
  by: string;
  role: 'office' | 'hq';
  why: string;
  /** The number given (accept), 0 otherwise: the record of every number ever issued. */
  number: number;
  seqKey: string;
}

export function childId(proposalId: string, tail: string): string {
  return `${proposalId}~${tail}`;
}

export function childPrefix(proposalId: string): string {
  return `${proposalId}~`;
}

/** 平时提案 number in their own yearly sequence. */
export function seqKeyOf(plenary: string, year: number): string {
  return plenary || `${year}年平时提案`;
}

/** "十届四次会议 第 12 号", or '' before 立案. */
export function numberText(p: Pick<HandlingState, 'number' | 'seqKey'>): string {
  return p.number ? `${p.seqKey}第${p.number}号` : '';
}

/** Fields only HQ writes (shared/sync/policy.ts): the 立案 number, review, assignment, replies and flags. */
export const PROPOSAL_HQ_FIELDS = ['number', 'review', 'rejection', 'mergedInto', 'assignment', 'replies', 'flags'] as const;

/** A proposal as stored: an office's record lacks the HQ-only fields until HQ writes them. */
export type StoredProposal = Omit<Proposal, (typeof PROPOSAL_HQ_FIELDS)[number]> & Partial<Pick<Proposal, (typeof PROPOSAL_HQ_FIELDS)[number]>>;

/** A stored proposal with every HQ-only field filled in (absent = not yet written by HQ). */
export function normaliseProposal(p: StoredProposal): Proposal {
  return {
    ...p,
    number: p.number ?? 0,
    review: p.review ?? null,
    rejection: p.rejection ?? null,
    mergedInto: p.mergedInto ?? '',
    assignment: p.assignment ?? null,
    replies: p.replies ?? [],
    flags: p.flags ?? { ...NO_FLAGS },
    verdicts: p.verdicts ?? [],
  };
}
