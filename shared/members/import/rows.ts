import { GENDERS, MEMBER_STATUSES, type Member } from '../../domain/member';
import { cleanText, hasBlanksToClean, halfWidth, squash } from '../text';
import { IMPORT_FIELD_LABELS, type Cell, type ColumnMap, type Grid, type ImportField } from './columns';

/** What the import can write for one row: the member fields its columns fill. */
export type RowValues = Partial<Pick<Member, 'name' | 'gender' | 'ethnicity' | 'party' | 'sector' | 'committees' | 'unitAndPost' | 'phone' | 'memberNo' | 'term' | 'status' | 'notes'>>;

export type ProblemLevel = 'error' | 'warning' | 'info';

export interface RowProblem {
  level: ProblemLevel;
  field?: ImportField;
  message: string;
  /** A reference-list name the row uses that the list does not have: the preview offers to add it. */
  unknownRef?: { kind: 'sector' | 'committee' | 'party'; name: string };
}

export interface ImportRow {
  /** 1-based row number as Excel shows it. */
  rowNumber: number;
  values: RowValues;
  /** The cell text of each mapped field (after edits), for the preview and for fixing. */
  raw: Partial<Record<ImportField, string>>;
  problems: RowProblem[];
}

export interface RefNames {
  sector: ReadonlySet<string>;
  committee: ReadonlySet<string>;
  party: ReadonlySet<string>;
}

/** Edits typed in the preview: row number → field → text. They replace the cell. */
export type RowEdits = Record<number, Partial<Record<ImportField, string>>>;

const PARTY_ALIASES: Record<string, string> = {
  中国共产党: '中共', 中共党员: '中共', 共产党员: '中共', 党员: '中共', 中共预备党员: '中共',
  中国国民党革命委员会: '民革', 中国民主同盟: '民盟', 中国民主建国会: '民建', 中国民主促进会: '民进',
  中国农工民主党: '农工党', 农工民主党: '农工党', 中国致公党: '致公党', 无党派人士: '无党派',
};

/** Turn an Excel date into YYYY-MM-DD (exceljs gives Date for date-formatted cells, in UTC). */
function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Numbers Excel shows as integers but stores as floats (1.38E+10) back to their digits. */
function numberText(n: number): string {
  return Number.isInteger(n) ? BigInt(Math.round(n)).toString() : String(n);
}

/** Cell → text, with notes about what was converted. */
function cellText(cell: Cell, field: ImportField, problems: RowProblem[]): string {
  const label = IMPORT_FIELD_LABELS[field];
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    if (field === 'phone' || field === 'memberNo') {
      problems.push({ level: 'error', field, message: `「${label}」是一个日期（${isoDate(cell)}），应为${label}：请改正` });
      return '';
    }
    problems.push({ level: 'info', field, message: `「${label}」是 Excel 日期，已写为 ${isoDate(cell)}` });
    return isoDate(cell);
  }
  if (typeof cell === 'number') {
    if (field === 'phone' || field === 'memberNo') {
      problems.push({ level: 'info', field, message: `「${label}」以数字保存，已转为文本 ${numberText(cell)}` });
    }
    return numberText(cell);
  }
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  const s = String(cell);
  if (hasBlanksToClean(s)) problems.push({ level: 'info', field, message: `「${label}」含全角或多余空格，已去除` });
  return s;
}

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^(0\d{2,3}-?)?\d{7,8}(-\d{1,5})?$/;

function checkPhone(text: string, problems: RowProblem[]): string {
  if (!text) return '';
  const parts = halfWidth(text)
    .split(/[,，;；/、\s]+/)
    .map((p) => p.replace(/[()（）]/g, '').replace(/^\+?86-?/, ''))
    .filter(Boolean);
  const bad = parts.filter((p) => !MOBILE.test(p) && !LANDLINE.test(p));
  if (/e\+?\d+$/i.test(text)) {
    problems.push({ level: 'error', field: 'phone', message: `联系电话「${text}」是科学计数法，数字已丢失：请重新填写完整号码` });
  } else if (bad.length) {
    problems.push({ level: 'error', field: 'phone', message: `联系电话「${text}」格式不对：手机应为 11 位数字，座机如 0519-88888888` });
  }
  return parts.join('，');
}

export function splitCommittees(text: string): string[] {
  return [...new Set(text.split(/[,，;；、/／\n\s]+/).map((s) => s.trim()).filter(Boolean))];
}

/** Read one row through the column map, apply edits, normalise, and list its problems. */
export function analyseRow(cells: Cell[], rowNumber: number, columns: ColumnMap, refs: RefNames, edits?: Partial<Record<ImportField, string>>): ImportRow {
  const problems: RowProblem[] = [];
  const raw: Partial<Record<ImportField, string>> = {};
  for (const [col, field] of Object.entries(columns)) {
    const edited = edits?.[field];
    raw[field] = edited !== undefined ? edited : cellText(cells[Number(col)] ?? null, field, problems);
  }
  const text = (f: ImportField) => cleanText(raw[f] ?? '');
  const values: RowValues = {};
  const has = (f: ImportField) => Object.values(columns).includes(f);

  const name = squash(raw.name ?? '');
  values.name = name;
  if (!name) problems.push({ level: 'error', field: 'name', message: '缺少姓名' });

  if (has('gender')) {
    const g = text('gender');
    if (g && !(GENDERS as readonly string[]).includes(g)) {
      problems.push({ level: 'error', field: 'gender', message: `性别「${g}」不对：应为 男 或 女` });
    } else values.gender = g as Member['gender'];
  }
  if (has('ethnicity')) {
    const e = text('ethnicity');
    values.ethnicity = e && !e.endsWith('族') && e.length <= 3 ? `${e}族` : e;
  }
  if (has('party')) {
    const p = squash(raw.party ?? '');
    const party = PARTY_ALIASES[p] ?? p;
    values.party = party;
    if (party && !refs.party.has(party)) {
      problems.push({ level: 'error', field: 'party', message: `党派「${party}」不在党派名录中`, unknownRef: { kind: 'party', name: party } });
    }
  }
  if (has('sector')) {
    const s = squash(raw.sector ?? '');
    values.sector = s;
    if (s && !refs.sector.has(s)) {
      problems.push({ level: 'error', field: 'sector', message: `界别「${s}」不在界别名录中`, unknownRef: { kind: 'sector', name: s } });
    }
  }
  if (has('committees')) {
    values.committees = splitCommittees(raw.committees ?? '');
    for (const c of values.committees) {
      if (!refs.committee.has(c)) {
        problems.push({ level: 'error', field: 'committees', message: `专委会「${c}」不在专委会名录中`, unknownRef: { kind: 'committee', name: c } });
      }
    }
  }
  if (has('unitAndPost') || has('post')) {
    const unit = text('unitAndPost');
    const post = text('post');
    values.unitAndPost = post && !unit.endsWith(post) ? `${unit}${post}` : unit;
  }
  if (has('phone')) values.phone = checkPhone(squash(raw.phone ?? ''), problems);
  if (has('memberNo')) values.memberNo = halfWidth(squash(raw.memberNo ?? ''));
  if (has('term')) values.term = text('term');
  if (has('status')) {
    const s = text('status');
    const status = s === '是' || s === '在职' ? '在任' : s === '否' || s === '退出' ? '离任' : s;
    if (status && !(MEMBER_STATUSES as readonly string[]).includes(status)) {
      problems.push({ level: 'error', field: 'status', message: `状态「${s}」不对：应为 在任 或 离任` });
    } else if (status) values.status = status as Member['status'];
  }
  if (has('notes')) values.notes = text('notes');
  return { rowNumber, values, raw, problems };
}

function isBlankRow(cells: Cell[] | undefined): boolean {
  return !cells || cells.every((c) => c === null || c === undefined || squash(String(c)) === '');
}

/** Every data row under the header, blank rows skipped; duplicates inside the sheet are flagged. */
/** How many rows under the header hold anything: shown before the name column is chosen too. */
export function countDataRows(grid: Grid, headerRow: number): number {
  let n = 0;
  for (let r = headerRow + 1; r < grid.length; r++) if (!isBlankRow(grid[r])) n++;
  return n;
}

export function analyseRows(grid: Grid, headerRow: number, columns: ColumnMap, refs: RefNames, edits: RowEdits = {}): ImportRow[] {
  const rows: ImportRow[] = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    if (isBlankRow(grid[r]) && !edits[r + 1]) continue;
    rows.push(analyseRow(grid[r], r + 1, columns, refs, edits[r + 1]));
  }
  flagDuplicates(rows);
  return rows;
}

function flagDuplicates(rows: ImportRow[]): void {
  const byNo = new Map<string, number>();
  const byNameUnit = new Map<string, number>();
  const byName = new Map<string, number>();
  for (const row of rows) {
    const { name, memberNo, unitAndPost } = row.values;
    if (!name) continue;
    if (memberNo) {
      const first = byNo.get(memberNo);
      if (first !== undefined) {
        row.problems.push({ level: 'error', field: 'memberNo', message: `委员编号 ${memberNo} 与第 ${first} 行重复` });
      } else byNo.set(memberNo, row.rowNumber);
    }
    const key = `${name}\u0000${squash(unitAndPost ?? '')}`;
    const same = byNameUnit.get(key);
    const sameName = byName.get(name);
    if (same !== undefined && !memberNo) {
      row.problems.push({ level: 'error', field: 'memberNo', message: `与第 ${same} 行姓名和工作单位都相同，是重复的一行：如是另一位委员，请补上委员编号；否则这一行不会导入` });
    } else if (sameName !== undefined) {
      row.problems.push({ level: 'warning', field: 'name', message: `与第 ${sameName} 行同名，请确认是两位不同的委员` });
    }
    if (same === undefined) byNameUnit.set(key, row.rowNumber);
    if (sameName === undefined) byName.set(name, row.rowNumber);
  }
}

export function rowHasErrors(row: ImportRow): boolean {
  return row.problems.some((p) => p.level === 'error');
}
