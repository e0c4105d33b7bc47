import { SETTINGS_RECORD_ID, type DutyRuleRow } from '../domain/duty';

/**
 * The duty points rule table: per item, points for the lead (or the one
 * member, role 'self') and for each co-signer, a cap per member per year,
 * deductions (negative points), yearly minimums, grades by threshold, and the
 * terms (届) a term record spans. The defaults follow a published district
 * rule (闵行区: each meeting, 视察 or 调研 5 points; a 立案 proposal 15 for the
 * lead and 3 for each co-signer; 重点 +15/+3; 优秀 +10/+2; unexcused absence
 * deducted). HQ changes them on 履职档案 → 积分规则; the rows HQ stored
 * (table dutyRules) override these defaults key by key and reach every office.
 */

export interface DutyRule {
  key: string;
  /** The heading it is listed under. */
  group: string;
  label: string;
  /** Points for the lead, or for the member when the item has no lead (role 'self'); negative: a deduction. */
  lead: number;
  /** Points for each co-signer. */
  co: number;
  /** Most points (absolute, a deduction too) this rule gives one member in one year; 0 = no cap. */
  cap: number;
}

export interface DutyMinimum {
  key: string;
  label: string;
  /** Items of any of these rules count toward it. */
  rules: string[];
  /** How many a year. */
  count: number;
}

/** A grade: the member's yearly total is at least `min`. Listed highest first; the last one takes everything below. */
export interface DutyGrade {
  label: string;
  min: number;
}

export interface DutyTerm {
  name: string;
  /** YYYY-MM-DD */
  from: string;
  /** YYYY-MM-DD */
  to: string;
}

export interface RuleTable {
  rules: DutyRule[];
  minimums: DutyMinimum[];
  grades: DutyGrade[];
  terms: DutyTerm[];
}

export const RULE_GROUPS = ['会议活动', '提案', '社情民意', '献一计', '其他履职', '协商监督'] as const;

const r = (group: string, key: string, label: string, lead: number, co = 0, cap = 0): DutyRule => ({ key, group, label, lead, co, cap });

export const DEFAULT_RULES: readonly DutyRule[] = [
  r('会议活动', 'session.plenary', '出席全体会议', 5),
  r('会议活动', 'session.study', '参加学习会', 5),
  r('会议活动', 'session.training', '参加集中培训', 5),
  r('会议活动', 'session.seminar', '参加专题研讨', 5),
  r('会议活动', 'session.inspection', '参加视察', 5),
  r('会议活动', 'session.research', '参加调研', 5),
  // 有事好商量: attending a 协商议事 meeting counts here; speaking there is consultation.speak.
  r('会议活动', 'session.consultation', '参加协商议事', 5),
  r('会议活动', 'session.other', '参加其他活动', 3),
  r('会议活动', 'session.makeup', '补学', 2),
  r('会议活动', 'session.leave', '请假', 0),
  r('会议活动', 'session.absent', '无故缺席（扣分）', -5),
  r('会议活动', 'session.absent.plenary', '无故缺席全体会议（扣分）', -10),
  r('提案', 'proposal.submitted', '提交提案', 2, 0),
  r('提案', 'proposal.accepted', '提案立案', 15, 3),
  r('提案', 'proposal.key', '重点提案', 15, 3),
  r('提案', 'proposal.excellent', '优秀提案', 10, 2),
  r('社情民意', 'report.given', '报送社情民意', 2, 1),
  r('社情民意', 'report.adopted.district', '社情民意被区政协采用', 5, 2),
  r('社情民意', 'report.adopted.city', '社情民意被市政协采用', 10, 4),
  r('社情民意', 'report.adopted.province', '社情民意被省政协采用', 15, 6),
  r('社情民意', 'report.adopted.national', '社情民意被全国政协采用', 20, 8),
  r('社情民意', 'report.instruction', '社情民意获领导批示', 10, 4),
  r('献一计', 'suggestion.given', '提出献一计建议', 1, 0, 10),
  r('献一计', 'suggestion.adopted', '建议被采纳', 3),
  r('献一计', 'suggestion.award', '建议获奖', 5),
  r('其他履职', 'speech.spoken', '大会口头发言', 10),
  r('其他履职', 'speech.written', '大会书面发言', 5),
  r('其他履职', 'activity.research', '参加调研（单次活动）', 5),
  r('其他履职', 'activity.inspection', '参加视察、考察（单次活动）', 5),
  r('其他履职', 'activity.other', '参加其他履职活动', 3),
  r('其他履职', 'service.action', '委员惠民行动', 3, 0, 15),
  // Fed by 有事好商量 (issue 16): in the table from the start so the office sees them.
  r('协商监督', 'consultation.speak', '协商议事会发言', 3),
  r('协商监督', 'supervision.take-part', '参加民主监督', 3),
];

export const DEFAULT_MINIMUMS: readonly DutyMinimum[] = [
  { key: 'plenary', label: '出席全体会议', rules: ['session.plenary'], count: 1 },
  { key: 'writing', label: '至少提交一件提案或社情民意', rules: ['proposal.submitted', 'report.given'], count: 1 },
  { key: 'field', label: '至少参加一次调研或视察', rules: ['session.research', 'session.inspection', 'activity.research', 'activity.inspection'], count: 1 },
];

export const DEFAULT_GRADES: readonly DutyGrade[] = [
  { label: '优秀', min: 85 },
  { label: '称职', min: 60 },
  { label: '不称职', min: Number.NEGATIVE_INFINITY },
];

export const DEFAULT_TERMS: readonly DutyTerm[] = [
  { name: '九届', from: '2017-01-01', to: '2021-12-31' },
  { name: '十届', from: '2022-01-01', to: '2026-12-31' },
  { name: '十一届', from: '2027-01-01', to: '2031-12-31' },
];

export const DEFAULT_TABLE: RuleTable = {
  rules: [...DEFAULT_RULES],
  minimums: [...DEFAULT_MINIMUMS],
  grades: [...DEFAULT_GRADES],
  terms: [...DEFAULT_TERMS],
};

/** The rule table in force: the defaults, with every row HQ stored (not deleted) in place of its default. */
export function ruleTableOf(rows: readonly DutyRuleRow[]): RuleTable {
  const byKey = new Map<string, { lead: number; co: number; cap: number }>();
  let settings: Extract<DutyRuleRow, { kind: 'settings' }> | undefined;
  for (const row of rows) {
    if (row.deleted) continue;
    if (row.kind === 'rule') byKey.set(row.key, row);
    else if (row.kind === 'settings' && row.id === SETTINGS_RECORD_ID) settings = row;
  }
  return {
    rules: DEFAULT_RULES.map((d) => {
      const s = byKey.get(d.key);
      return s ? { ...d, lead: s.lead, co: s.co, cap: s.cap } : { ...d };
    }),
    minimums: settings ? storedMinimums(settings.minimums ?? []) : [...DEFAULT_MINIMUMS],
    grades: settings?.grades?.length ? withFloor(settings.grades) : [...DEFAULT_GRADES],
    terms: settings?.terms?.length ? settings.terms : [...DEFAULT_TERMS],
  };
}

/**
 * The minimums HQ stored, every default one listed (a count of 0: not
 * required). Settings saved before zero counts were kept left a minimum set to
 * 0 out of the list: one missing reads as 0, not as the default.
 */
function storedMinimums(stored: readonly DutyMinimum[]): DutyMinimum[] {
  const byKey = new Map(stored.map((m) => [m.key, m]));
  const known = new Set(DEFAULT_MINIMUMS.map((m) => m.key));
  return [...DEFAULT_MINIMUMS.map((d) => byKey.get(d.key) ?? { ...d, count: 0 }), ...stored.filter((m) => !known.has(m.key))];
}

/** The minimums that count (a count of 0 asks nothing). */
export function requiredMinimums(table: RuleTable): DutyMinimum[] {
  return table.minimums.filter((m) => m.count > 0);
}

/** Grades highest first, the last taking everything below (a stored -Infinity travels as null in JSON). */
function withFloor(grades: ReadonlyArray<{ label: string; min: number | null }>): DutyGrade[] {
  const sorted = [...grades].map((g) => ({ label: g.label, min: typeof g.min === 'number' ? g.min : Number.NEGATIVE_INFINITY })).sort((a, b) => b.min - a.min);
  sorted[sorted.length - 1] = { ...sorted[sorted.length - 1], min: Number.NEGATIVE_INFINITY };
  return sorted;
}

export function gradeOf(total: number, grades: readonly DutyGrade[]): string {
  for (const g of grades) if (total >= g.min) return g.label;
  return grades[grades.length - 1]?.label ?? '';
}

/** The term holding a day, or undefined. */
export function termOf(date: string, terms: readonly DutyTerm[]): DutyTerm | undefined {
  return terms.find((t) => t.from <= date && date <= t.to);
}

export type RuleInput = { lead: string | number; co: string | number; cap: string | number };

/** A whole number as a person types it (full-width digits too); `1e2`, `0x10`, `5.0` and '' are not. */
export function parseWhole(v: string | number): number | null {
  if (typeof v === 'number') return Number.isInteger(v) ? v : null;
  const t = v.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/^[－−]/, '-');
  return /^-?\d{1,9}$/.test(t) ? Number(t) : null;
}

/** Check one edited row; messages say what to fix. */
export function checkRule(rule: DutyRule, input: RuleInput): { ok: true; value: { lead: number; co: number; cap: number } } | { ok: false; message: string } {
  const num = (v: string | number, what: string, min: number, max: number): number | string => {
    const n = parseWhole(v);
    if (n === null) return `「${rule.label}」的${what}应是整数`;
    if (n < min || n > max) return `「${rule.label}」的${what}应在 ${min} 到 ${max} 之间`;
    return n;
  };
  const lead = num(input.lead, '分值', -100, 100);
  if (typeof lead === 'string') return { ok: false, message: lead };
  const co = num(input.co, '联名分值', -100, 100);
  if (typeof co === 'string') return { ok: false, message: co };
  const cap = num(input.cap, '年度上限', 0, 1000);
  if (typeof cap === 'string') return { ok: false, message: cap };
  return { ok: true, value: { lead, co, cap } };
}

/** Check the grades as typed: names, thresholds strictly falling, at least two. */
export function checkGrades(grades: ReadonlyArray<{ label: string; min: string | number }>): { ok: true; value: Array<{ label: string; min: number }> } | { ok: false; message: string } {
  if (grades.length < 2) return { ok: false, message: '至少要有两个等次' };
  const out: Array<{ label: string; min: number }> = [];
  for (let i = 0; i < grades.length; i++) {
    const label = grades[i].label.trim();
    if (!label || label.length > 10) return { ok: false, message: `第 ${i + 1} 个等次的名称应为 1 到 10 个字` };
    if (i === grades.length - 1) {
      out.push({ label, min: Number.NEGATIVE_INFINITY });
      continue;
    }
    const min = parseWhole(grades[i].min);
    if (min === null) return { ok: false, message: `「${label}」的分数线应是整数（不能空着）` };
    if (out.length && min >= out[out.length - 1].min) return { ok: false, message: `「${label}」的分数线应低于「${out[out.length - 1].label}」的（${out[out.length - 1].min}）` };
    out.push({ label, min });
  }
  return { ok: true, value: out };
}

/** Check the yearly minimums' counts as typed, in the table's order; a count of 0 is kept (not required) so it can be set again. */
export function checkMinimums(minimums: readonly DutyMinimum[], counts: readonly (string | number)[]): { ok: true; value: DutyMinimum[] } | { ok: false; message: string } {
  const out: DutyMinimum[] = [];
  for (const [i, m] of minimums.entries()) {
    const n = parseWhole(counts[i] ?? m.count);
    if (n === null || n < 0 || n > 50) return { ok: false, message: `「${m.label}」的次数应是 0 到 50 之间的整数（0 表示不作要求）` };
    out.push({ ...m, count: n });
  }
  return { ok: true, value: out };
}
