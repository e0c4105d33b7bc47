import { MEMBER_FIELD_LABELS } from '../../domain/member';
import { squash } from '../text';

/** One cell as read from a sheet: exceljs values reduced to these, CSV cells are strings. */
export type Cell = string | number | boolean | Date | null;
export type Grid = Cell[][];

/** Member fields a column can fill; `post` (职务) is appended to the unit when both are columns. */
export const IMPORT_FIELDS = [
  'name', 'gender', 'ethnicity', 'party', 'sector', 'committees', 'unitAndPost', 'post', 'phone', 'memberNo', 'term', 'status', 'notes',
  'birthMonth', 'education', 'proTitle', 'address', 'postcode',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Column index (0-based) → field; a column not in the map is ignored. */
export type ColumnMap = Record<number, ImportField>;

/** Import speaks the member fields' labels, plus 职务 for sheets that keep it in its own column. */
export const IMPORT_FIELD_LABELS: Record<ImportField, string> = { ...MEMBER_FIELD_LABELS, post: '职务' };

/** Headers offices use, after removing blanks and brackets; exact matches first, then "contains". */
const ALIASES: Record<ImportField, string[]> = {
  name: ['姓名', '委员姓名', '名字', '姓名名称'],
  gender: ['性别'],
  ethnicity: ['民族'],
  party: ['党派', '政治面貌', '党派政治面貌', '党派团体', '所属党派'],
  sector: ['界别', '所属界别', '界别名称'],
  committees: ['专委会', '所在专委会', '所属专委会', '专门委员会', '参加专委会', '入委情况'],
  unitAndPost: ['工作单位及职务', '工作单位和职务', '单位及职务', '单位和职务', '工作单位职务', '单位职务', '工作单位', '单位'],
  post: ['职务', '现任职务', '职务职称'],
  phone: ['联系电话', '电话', '手机', '手机号', '手机号码', '联系方式', '移动电话'],
  memberNo: ['委员编号', '编号', '委员证号', '委员证编号', '证号'],
  term: ['届别', '届次', '届', '所属届次'],
  status: ['状态', '在任状态', '任职状态', '是否在任'],
  notes: ['备注', '说明', '其他'],
  birthMonth: ['出生年月', '出生日期', '出生年月日', '出生时间', '生日', '出生'],
  education: ['学历', '文化程度', '最高学历', '学历学位', '学位'],
  proTitle: ['职称', '专业技术职称', '技术职称', '专业技术职务'],
  address: ['联系地址', '通讯地址', '通信地址', '地址', '家庭住址', '家庭地址', '住址', '单位地址'],
  postcode: ['邮编', '邮政编码'],
};

/** Header text reduced for comparison: no blanks, no brackets or their content, no marks like * or ：. */
export function headerKey(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  return squash(String(cell))
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[*＊:：、/／\\_\-—.。]/g, '');
}

/** The field a header names, or null. Exact aliases win over "contains" (工作单位及职务 before 职务). */
export function fieldForHeader(cell: Cell): ImportField | null {
  const key = headerKey(cell);
  if (!key || key.length > 12) return null;
  for (const f of IMPORT_FIELDS) if (ALIASES[f].includes(key)) return f;
  for (const f of IMPORT_FIELDS) if (ALIASES[f].some((a) => a.length >= 2 && key.includes(a))) return f;
  return null;
}

export interface HeaderGuess {
  /** 0-based index of the header row in the grid. */
  headerRow: number;
  columns: ColumnMap;
  /** The header text of each column, for the mapping table. */
  headers: string[];
}

function mapRow(row: Cell[]): ColumnMap {
  const map: ColumnMap = {};
  const taken = new Set<ImportField>();
  row.forEach((cell, i) => {
    const f = fieldForHeader(cell);
    if (f && !taken.has(f)) {
      map[i] = f;
      taken.add(f);
    }
  });
  return map;
}

/**
 * Find the header row among the first rows: the one naming the most known
 * columns, with 姓名 among them. Title rows (often merged across, so every
 * cell repeats the title) and blank rows above it are passed over.
 * Returns null when no row names a 姓名 column.
 */
export function detectHeader(grid: Grid, scanRows = 30): HeaderGuess | null {
  let best: HeaderGuess | null = null;
  let bestScore = 0;
  for (let r = 0; r < Math.min(scanRows, grid.length); r++) {
    const columns = mapRow(grid[r] ?? []);
    const fields = Object.values(columns);
    if (!fields.includes('name')) continue;
    if (fields.length > bestScore) {
      bestScore = fields.length;
      best = { headerRow: r, columns, headers: (grid[r] ?? []).map((c) => (c === null ? '' : String(c).trim())) };
    }
  }
  return best;
}
