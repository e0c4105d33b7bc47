import type { SyncMeta } from '../sync/record';

/**
 * 有事好商量 (domain.md, Consultation and democratic supervision): topics (议题),
 * consultation meetings (协商议事会) with their consensus and measures, the
 * outcome sent (协商成果) and its feedback; 民主监督 items on the livelihood
 * topics; and the measures of both, followed until the loop closes.
 */

export const TOPIC_SOURCES = ['委员提出', '群众反映', '部门提出', '献一计', '社情民意', '提案'] as const;
export type TopicSource = (typeof TOPIC_SOURCES)[number];

/** Sources that name a record on file: a 献一计 suggestion or a proposal (社情民意 is a free-text reference until that capability exists). */
export const LINKED_SOURCES: Partial<Record<TopicSource, 'suggestions' | 'proposals'>> = { 献一计: 'suggestions', 提案: 'proposals' };

export const TOPIC_WEIGHTS = ['大事', '要事', '实事', '难题'] as const;
export type TopicWeight = (typeof TOPIC_WEIGHTS)[number];

/** The seed's livelihood topics, the default categories (an office edits them in 名录: consultationCategory). */
export const LIVELIHOOD_TOPICS = ['老小区整治', '停车难', '养老服务', '交通安全', '食品安全', '安全生产', '生态文明', '城市治理', '教育优质均衡', '居民就业'] as const;

export const RECIPIENTS = ['街道党工委', '区委', '区政府', '区政协'] as const;

export const AGENDA_STEPS = ['通报', '提问', '解答', '发言'] as const;
export type AgendaStep = (typeof AGENDA_STEPS)[number];

export const GUEST_ROLES = ['部门', '居民代表', '物业', '其他'] as const;
export type GuestRole = (typeof GUEST_ROLES)[number];

export const MEASURE_STATES = ['未启动', '推进中', '已落实', '无法落实'] as const;
export type MeasureState = (typeof MEASURE_STATES)[number];

export const ADOPTIONS = ['采纳', '部分采纳', '未采纳'] as const;
export type Adoption = (typeof ADOPTIONS)[number];

export interface TopicSourceRef {
  kind: TopicSource;
  /** The suggestion's or proposal's id for a linked source, else ''. */
  refId: string;
  /** What the source says for a person: the record's title, or the free-text reference (社情民意 no. …, the resident who raised it). */
  refText: string;
}

/**
 * 议题: a candidate topic of an office (or one of HQ's district topics, which
 * reach every office: `district`). Chosen into the year's plan (协商计划) with
 * `planned` and the month it is planned for.
 */
export interface ConsultTopic extends SyncMeta {
  year: number;
  title: string;
  category: string;
  weight: TopicWeight;
  source: TopicSourceRef;
  reason: string;
  /** Who raised it (a member's name, a department, residents of a community). */
  raisedBy: string;
  planned: boolean;
  /** 'YYYY-MM' the plan sets it for, or ''. */
  plannedMonth: string;
  /** Set by HQ on its district topics (协商计划 of the district); an office takes one up as its own topic (fromDistrict). */
  district: boolean;
  /** The district topic this office topic was taken from, or ''. */
  fromDistrict: string;
}

export interface Guest {
  name: string;
  unit: string;
  role: GuestRole;
}

export interface AgendaItem {
  step: AgendaStep;
  text: string;
}

/** 发言: one speaker's points; a member by id, a guest by name. */
export interface Speech {
  memberId: string;
  name: string;
  unit: string;
  points: string;
}

/** 报送: the outcome (or the 意见建议 of a supervision) sent to a recipient. */
export interface Submission {
  recipient: string;
  /** YYYY-MM-DD */
  date: string;
  /** 文号 or '', e.g. 西林协〔2025〕3号 */
  docNo: string;
  /** The text as sent (the 专报's body). */
  text: string;
}

/** 反馈: what the recipient answered. */
export interface FeedbackNote {
  /** YYYY-MM-DD */
  date: string;
  adoption: Adoption;
  text: string;
  by: string;
}

/** 协商议事会. `sessionId` links the 协商议事 session that carries sign-in, attendance, tents and the sign-in sheet. */
export interface ConsultMeeting extends SyncMeta {
  topicId: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  place: string;
  host: string;
  sessionId: string;
  memberIds: string[];
  guests: Guest[];
  agenda: AgendaItem[];
  speeches: Speech[];
  consensus: string;
  /** Local date-time the meeting was recorded as held, or '' while planned. */
  heldAt: string;
  outcome: Submission | null;
  feedback: FeedbackNote | null;
  /** Feedback HQ received (e.g. from 区政府) on the office's outcome: written only at HQ (policy.ts hqOnlyFields). */
  hqFeedback?: FeedbackNote | null;
  /** Local date-time the loop was closed, or ''. */
  closedAt: string;
}

export interface Visit {
  /** YYYY-MM-DD */
  date: string;
  kind: '视察' | '调研' | '座谈';
  /** A session of kind 视察/调研 the visit is, or ''. */
  sessionId: string;
  memberIds: string[];
  note: string;
}

/** 民主监督: one item on a livelihood topic, with the same follow-up as a consultation. */
export interface Supervision extends SyncMeta {
  year: number;
  category: string;
  title: string;
  /** What is watched. */
  subject: string;
  department: string;
  visits: Visit[];
  findings: string;
  /** 意见建议 sent to the department. */
  outcome: Submission | null;
  /** The department's answer. */
  feedback: FeedbackNote | null;
  hqFeedback?: FeedbackNote | null;
  closedAt: string;
}

export interface ProgressNote {
  /** YYYY-MM-DD */
  date: string;
  state: MeasureState;
  note: string;
  by: string;
}

/**
 * 措施: one measure agreed at a meeting, or asked for by a supervision item;
 * keyed `${parentId}~…` so a parent's measures are one primary-key range.
 */
export interface Measure extends SyncMeta {
  parentId: string;
  parentKind: 'meeting' | 'supervision';
  text: string;
  /** Who is responsible (a department, a community, a person). */
  owner: string;
  /** YYYY-MM-DD */
  due: string;
  state: MeasureState;
  /** Why it cannot be carried out (required for 无法落实). */
  reason: string;
  progress: ProgressNote[];
}

export const HQ_FEEDBACK_FIELDS = ['hqFeedback'] as const;

export function measureId(parentId: string, id: string): string {
  return `${parentId}~${id}`;
}

export function measurePrefix(parentId: string): string {
  return `${parentId}~`;
}
