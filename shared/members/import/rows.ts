import { GENDERS, MEMBER_STATUSES, type Member } from '../../domain/member';
import { parseBirthMonth, parsePostcode } from '../fields';
import { checkPhones, PHONE_MESSAGE } from '../phone';
import { cleanText, hasBlanksToClean, halfWidth, squash } from '../text';
import { IMPORT_FIELD_LABELS, type Cell, type ColumnMap, type Grid, type ImportField } from './columns';

/** What the import can write for one row: the member fields its columns fill. */
export type RowValues = Partial<Pick<Member,
  'name' | 'gender' | 'ethnicity' | 'party' | 'sector' | 'committees' | 'unitAndPost' | 'phone' | 'memberNo' | 'term' | 'status' | 'notes'
  | 'birthMonth' | 'education' | 'proTitle' | 'address' | 'postcode'>>;

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
  /**
   * Why the row looks like a note under the table (制表人, 合计, one long
   * cell …) rather than a member: such a row is not imported unless the
   * person ticks it (plan.ts).
   */
  noteRow?: string;
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

function checkPhone(text: string, problems: RowProblem[]): string {
  if (!text) return '';
  if (/e\+?\d+$/i.test(text)) {
    problems.push({ level: 'error', field: 'phone', message: `联系电话「${text}」是科学计数法，数字已丢失：请重新填写完整号码` });
    return text;
  }
  const { value, bad } = checkPhones(text);
  if (bad.length) problems.push({ level: 'error', field: 'phone', message: `联系电话「${text}」${PHONE_MESSAGE.replace('联系电话', '')}` });
  return value;
}

/** Words that open the notes offices write under a roster: who made it, when, who checked it, totals, remarks. */
const NOTE_WORDS = /^(制表人?|制表单位|制表日期|填表人?|填表单位|填表日期|填报人|填报单位|填报日期|报送单位|审核人?|审批人?|负责人|经办人|联系人|合计|总计|小计|共计|备注|附注|注|说明)(\s*[:：]|$|\s)/;
/** A single cell this long with nothing else in the row is a sentence, not a member. */
const LONG_CELL = 12;

/**
 * Whether a row is a note rather than a member, and why (in the person's
 * words), or null. A merged row reads as the same text in every cell
 * (xlsx.ts), so "one cell" means one distinct text.
 */
export function noteRowReason(cells: Cell[] | undefined): string | null {
  const texts = [...new Set((cells ?? []).map((c) => (c === null || c === undefined || c instanceof Date ? '' : cleanText(String(c)))).filter(Boolean))];
  if (!texts.length) return null;
  // The first cell that holds anything opens the note; a member's 备注 column further right does not.
  const word = NOTE_WORDS.exec(texts[0])?.[1];
  if (word) return `这一行以「${word}」开头，像是表格下方的说明，不是委员`;
  if (texts.length === 1 && [...texts[0]].length > LONG_CELL) return '这一行只有一段长文字，像是表格下方的说明，不是委员';
  return null;
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
  if (has('phone')) values.phone = checkPhone(cleanText(raw.phone ?? ''), problems);
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
  if (has('birthMonth')) {
    const b = parseBirthMonth(text('birthMonth'));
    if (b.ok) values.birthMonth = b.value;
    else problems.push({ level: 'error', field: 'birthMonth', message: b.message });
    const cell = cells[Number(colOf(columns, 'birthMonth'))];
    if (b.ok && typeof cell === 'number' && /\.1$/.test(String(cell)) && edits?.birthMonth === undefined) {
      problems.push({ level: 'warning', field: 'birthMonth', message: `出生年月「${cell}」以数字保存，末尾的 0 可能已丢失（${cell}0 即 10 月）：已按 ${b.value} 导入，请核对` });
    }
  }
  if (has('education')) values.education = text('education');
  if (has('proTitle')) values.proTitle = text('proTitle');
  if (has('address')) values.address = text('address');
  if (has('postcode')) {
    const p = parsePostcode(text('postcode'));
    if (p.ok) values.postcode = p.value;
    else problems.push({ level: 'error', field: 'postcode', message: p.message });
  }
  return { rowNumber, values, raw, problems };
}

function colOf(columns: ColumnMap, field: ImportField): string | undefined {
  return Object.entries(columns).find(([, f]) => f === field)?.[0];
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
    const row = analyseRow(grid[r], r + 1, columns, refs, edits[r + 1]);
    const note = noteRowReason(grid[r]);
    if (note) {
      row.noteRow = note;
      row.problems.unshift({ level: 'warning', message: `${note}：不会导入；如确是委员，请在导入预览中勾选这一行` });
    }
    rows.push(row);
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
    if (!name || row.noteRow) continue;
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
