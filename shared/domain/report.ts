import type { SyncMeta } from '../sync/record';

/** 社情民意信息 (domain.md, Public-opinion reports): one matter a report, HQ records what became of it. */

export const ADOPTION_LEVELS = ['区政协', '市政协', '省政协', '全国政协'] as const;
export type AdoptionLevel = (typeof ADOPTION_LEVELS)[number];

export const ADOPTION_MODES = ['单篇采用', '转送采用'] as const;
export type AdoptionMode = (typeof ADOPTION_MODES)[number];

/** The level of the leader who wrote a 批示. */
export const INSTRUCTION_LEVELS = ['区级', '市级', '省级', '国家级'] as const;
export type InstructionLevel = (typeof INSTRUCTION_LEVELS)[number];

export const REPORT_CATEGORIES = ['经济发展', '城市管理', '社会民生', '教育文化', '医疗卫生', '生态环境', '社会治理', '其他'] as const;

/** About 1,500 characters a report (一事一议): longer ones are advised to be cut, not refused. */
export const REPORT_ADVISED_CHARS = 1500;

/** 反映人: members of the roster (the first is the lead), or a unit (a sector, a party group). */
export type Reporter = { kind: 'member'; memberId: string; name: string } | { kind: 'unit'; name: string };

/** 采用: at which level, how, in which issue of 《社情民意》. */
export interface Adoption {
  level: AdoptionLevel;
  mode: AdoptionMode;
  /** 编入《社情民意》期号, e.g. 2026年第12期, or ''. */
  issue: string;
  /** YYYY-MM-DD */
  date: string;
  by: string;
}

/** 领导批示 */
export interface Instruction {
  leader: string;
  level: InstructionLevel;
  /** YYYY-MM-DD */
  date: string;
  text: string;
  by: string;
}

export interface ReportAttachment {
  name: string;
  /** Path inside the attachments area. */
  path: string;
  size: number;
}

/** 社情民意: owned by the office that wrote it; HQ's adoptions and 批示 travel back to it. */
export interface Report extends SyncMeta {
  title: string;
  reporters: Reporter[];
  /** YYYY-MM-DD: the day it was reported (报送日期). */
  date: string;
  /** 情况 */
  situation: string;
  /** 原因分析 */
  cause: string;
  /** 意见建议 */
  advice: string;
  category: string;
  attachments: ReportAttachment[];
  /** A proposal turned 转社情民意: where it came from; null otherwise. */
  origin: { table: 'proposals'; id: string } | null;
  /** HQ only (shared/sync/policy.ts): absent until HQ writes it; an office never writes the field. */
  adoptions?: Adoption[];
  /** HQ only. */
  instructions?: Instruction[];
}

/** Fields only HQ writes on an office's report (its adoptions and the leaders' 批示). */
export const REPORT_HQ_FIELDS = ['adoptions', 'instructions'] as const;

export function adoptionsOf(r: Pick<Report, 'adoptions'>): Adoption[] {
  return r.adoptions ?? [];
}

export function instructionsOf(r: Pick<Report, 'instructions'>): Instruction[] {
  return r.instructions ?? [];
}

/** The names of a report's reporters as printed: 张三、李四 or the unit. */
export function reporterNames(r: Pick<Report, 'reporters'>): string {
  return r.reporters.map((p) => p.name).join('、');
}
