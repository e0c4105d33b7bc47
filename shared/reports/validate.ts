import { parseLocalDate } from '../attendance/time';
import {
  ADOPTION_LEVELS, ADOPTION_MODES, INSTRUCTION_LEVELS, REPORT_ADVISED_CHARS, type Adoption, type Instruction, type Report, type Reporter,
} from '../domain/report';
import { charCount } from '../suggestions/validate';

/**
 * Checks of what a person types into a 社情民意, with Chinese messages that
 * say what to fix. A refused input changes nothing. Length over about 1,500
 * characters advises (一事一议, short is read), it does not refuse.
 */

export interface ReportInput {
  title: string;
  /** Members picked from the roster (the first is the lead). */
  members: Array<{ id: string; name: string }>;
  /** A unit as reporter, when no member is named. */
  unit: string;
  date: string;
  situation: string;
  cause: string;
  advice: string;
  category: string;
}

export type ReportField = 'title' | 'reporters' | 'date' | 'situation' | 'cause' | 'advice' | 'category';

export type ReportValue = Pick<Report, 'title' | 'reporters' | 'date' | 'situation' | 'cause' | 'advice' | 'category'>;

export type Checked<V, F extends string> = { ok: true; value: V; warnings: string[] } | { ok: false; errors: Partial<Record<F, string>> };

export const REPORT_TITLE_MAX = 60;
/** A hard bound (bad paste, a whole file): far above the advised length. */
export const REPORT_PART_MAX = 10_000;

export function reportLength(r: Pick<ReportValue, 'situation' | 'cause' | 'advice'>): number {
  return charCount(r.situation) + charCount(r.cause) + charCount(r.advice);
}

export function checkReport(input: ReportInput, today: string): Checked<ReportValue, ReportField> {
  const errors: Partial<Record<ReportField, string>> = {};
  const warnings: string[] = [];
  const title = input.title.trim();
  if (!title) errors.title = '标题：请填写社情民意的标题';
  else if (charCount(title) > REPORT_TITLE_MAX) errors.title = `标题：不能超过 ${REPORT_TITLE_MAX} 个字（现在 ${charCount(title)} 个字）`;

  const seen = new Set<string>();
  const reporters: Reporter[] = [];
  for (const m of input.members) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    reporters.push({ kind: 'member', memberId: m.id, name: m.name });
  }
  const unit = input.unit.trim();
  if (unit) {
    if (charCount(unit) > 40) errors.reporters = '反映单位：不能超过 40 个字';
    else reporters.push({ kind: 'unit', name: unit });
  }
  if (!reporters.length) errors.reporters = '反映人：请从名册中选择至少一名委员，或填写反映单位';

  const d = parseLocalDate(input.date);
  let date = '';
  if (!d.ok) errors.date = `报送日期：${d.message}`;
  else if (d.value > today) errors.date = `报送日期：${d.value} 还没到，不能晚于今天（${today}）`;
  else date = d.value;

  const parts = { situation: input.situation.trim(), cause: input.cause.trim(), advice: input.advice.trim() };
  const names = { situation: '情况', cause: '原因分析', advice: '意见建议' } as const;
  for (const k of ['situation', 'cause', 'advice'] as const) {
    if (!parts[k]) errors[k] = `${names[k]}：请填写${names[k]}`;
    else if (charCount(parts[k]) > REPORT_PART_MAX) errors[k] = `${names[k]}：不能超过 ${REPORT_PART_MAX} 字（现在 ${charCount(parts[k])} 字）`;
  }
  const category = input.category.trim();
  if (!category) errors.category = '类别：请选择类别';
  else if (charCount(category) > 20) errors.category = '类别：不能超过 20 个字';

  const len = reportLength(parts);
  if (len > REPORT_ADVISED_CHARS) warnings.push(`全文 ${len} 字，超过建议的 ${REPORT_ADVISED_CHARS} 字：社情民意一事一议、短小精悍，建议压缩 ${len - REPORT_ADVISED_CHARS} 字左右`);
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: { title, reporters, date, ...parts, category }, warnings };
}

export interface AdoptionInput {
  level: string;
  mode: string;
  issue: string;
  date: string;
}

export type AdoptionField = 'level' | 'mode' | 'issue' | 'date';

/** HQ's 采用 of a report: a level once (a second 采用 at the same level is refused), not before the report. */
export function checkAdoption(input: AdoptionInput, report: Pick<Report, 'date' | 'adoptions'>, today: string, by: string): Checked<Adoption, AdoptionField> {
  const errors: Partial<Record<AdoptionField, string>> = {};
  if (!(ADOPTION_LEVELS as readonly string[]).includes(input.level)) errors.level = `采用级别：请选择 ${ADOPTION_LEVELS.join('、')} 之一`;
  else if ((report.adoptions ?? []).some((a) => a.level === input.level)) errors.level = `采用级别：这篇社情民意已记有${input.level}采用，不能重复记录`;
  if (!(ADOPTION_MODES as readonly string[]).includes(input.mode)) errors.mode = `采用方式：请选择 ${ADOPTION_MODES.join('或')}`;
  const issue = input.issue.trim();
  if (charCount(issue) > 40) errors.issue = '期号：不能超过 40 个字';
  const date = dateField(input.date, '采用日期', report.date, today, errors, 'date');
  if (Object.keys(errors).length || !date) return { ok: false, errors };
  return { ok: true, value: { level: input.level as Adoption['level'], mode: input.mode as Adoption['mode'], issue, date, by }, warnings: [] };
}

export interface InstructionInput {
  leader: string;
  level: string;
  date: string;
  text: string;
}

export type InstructionField = 'leader' | 'level' | 'date' | 'text';

export function checkInstruction(input: InstructionInput, report: Pick<Report, 'date'>, today: string, by: string): Checked<Instruction, InstructionField> {
  const errors: Partial<Record<InstructionField, string>> = {};
  const leader = input.leader.trim();
  if (!leader) errors.leader = '批示领导：请填写批示领导的姓名和职务';
  else if (charCount(leader) > 40) errors.leader = '批示领导：不能超过 40 个字';
  if (!(INSTRUCTION_LEVELS as readonly string[]).includes(input.level)) errors.level = `领导级别：请选择 ${INSTRUCTION_LEVELS.join('、')} 之一`;
  const text = input.text.trim();
  if (charCount(text) > 1000) errors.text = '批示内容：不能超过 1000 字';
  const date = dateField(input.date, '批示日期', report.date, today, errors, 'date');
  if (Object.keys(errors).length || !date) return { ok: false, errors };
  return { ok: true, value: { leader, level: input.level as Instruction['level'], date, text, by }, warnings: [] };
}

function dateField<F extends string>(raw: string, name: string, reportDate: string, today: string, errors: Partial<Record<F, string>>, field: F): string {
  const d = parseLocalDate(raw);
  if (!d.ok) errors[field] = `${name}：${d.message}`;
  else if (d.value > today) errors[field] = `${name}：${d.value} 还没到，不能晚于今天（${today}）`;
  else if (d.value < reportDate) errors[field] = `${name}：不能早于报送日期（${reportDate}）`;
  else return d.value;
  return '';
}
