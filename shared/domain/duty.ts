import type { SyncMeta } from '../sync/record';

/**
 * Other duties (domain.md, Other duties) recorded against one or more members,
 * and the duty rule table as stored (shared/duty/rules.ts reads it over the defaults).
 */

export const ACTIVITY_KINDS = ['speech', 'activity', 'service'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = { speech: '大会发言', activity: '调研视察等活动', service: '委员惠民行动' };

export const SPEECH_MODES = ['口头发言', '书面发言'] as const;
export type SpeechMode = (typeof SPEECH_MODES)[number];

/** One-off activities (the sessions of these kinds in 学习活动 count by themselves). */
export const ONE_OFF_KINDS = ['调研', '视察', '考察', '座谈会', '民主评议', '学习培训', '其他'] as const;
export type OneOffKind = (typeof ONE_OFF_KINDS)[number];

/** 大会发言, a one-off 调研/视察…, or a 委员惠民行动: one record, one or more members. */
export interface DutyActivity extends SyncMeta {
  kind: ActivityKind;
  /** YYYY-MM-DD */
  date: string;
  /** 发言题目 / 活动内容 / 惠民行动内容 */
  title: string;
  memberIds: string[];
  /** speech: 口头发言 | 书面发言; activity: its kind (调研 …); service: ''. */
  mode: string;
  /** speech: at which meeting (十届四次会议); activity: place or organiser; service: for whom (服务对象). */
  where: string;
  note: string;
}

/** A row of the rule table as HQ stored it (id `rule~<key>`), overriding the default of that key. */
export interface DutyRuleRecord extends SyncMeta {
  kind: 'rule';
  key: string;
  lead: number;
  co: number;
  cap: number;
}

/** The rest of the rule table as HQ stored it (id `settings`): minimums, grades, terms. */
export interface DutySettingsRecord extends SyncMeta {
  kind: 'settings';
  minimums: Array<{ key: string; label: string; rules: string[]; count: number }>;
  /** Highest first; the last one's `min` is null (it takes everything below). */
  grades: Array<{ label: string; min: number | null }>;
  terms: Array<{ name: string; from: string; to: string }>;
}

export type DutyRuleRow = DutyRuleRecord | DutySettingsRecord;

export const ruleRecordId = (key: string) => `rule~${key}`;
export const SETTINGS_RECORD_ID = 'settings';
