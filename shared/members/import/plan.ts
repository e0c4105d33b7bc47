import type { Member } from '../../domain/member';
import type { Fields } from '../../sync/record';
import { compareKey } from '../text';
import { IMPORT_FIELD_LABELS, type ImportField } from './columns';
import { rowHasErrors, type ImportRow, type RowValues } from './rows';

export type ExistingMember = Pick<Member, 'id' | 'name' | 'memberNo' | 'unitAndPost'> & Partial<Member>;

export type PlanAction =
  | {
      kind: 'create'; row: ImportRow; fields: Fields<Member>;
      /** Members already in the roster with the same name (another unit): the preview asks to check. */
      sameName: Array<Pick<Member, 'name' | 'unitAndPost'>>;
    }
  | {
      kind: 'update'; row: ImportRow; memberId: string; matchedBy: 'memberNo' | 'nameUnit'; changes: Partial<Fields<Member>>;
      /** The member's name in the roster, so a renaming (often a mistyped member number) can be shown for checking. */
      previousName: string;
    }
  | { kind: 'same'; row: ImportRow; memberId: string; matchedBy: 'memberNo' | 'nameUnit' }
  | { kind: 'skip'; row: ImportRow; reason: string };

export interface ImportPlan {
  actions: PlanAction[];
  counts: { create: number; update: number; same: number; skip: number };
}

const EMPTY_MEMBER: Omit<Fields<Member>, 'name'> = {
  gender: '', ethnicity: '', party: '', sector: '', committees: [], unitAndPost: '', phone: '', memberNo: '', term: '', status: '在任', notes: '',
  birthMonth: '', education: '', proTitle: '', address: '', postcode: '',
};

export interface PlanOptions {
  /** Row numbers of note rows (ImportRow.noteRow) the person ticked: imported like any other row. */
  includeNotes?: ReadonlySet<number>;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? '') === JSON.stringify(b ?? '');
}

/**
 * Decide for each row: update the member with the same member number, else
 * the one member with the same name and unit, else create. A row never makes
 * a second record for someone already there; rows with errors are skipped.
 * Empty cells leave the member's field as it is.
 */
export function planImport(rows: ImportRow[], existing: readonly ExistingMember[], opts: PlanOptions = {}): ImportPlan {
  const byNo = new Map<string, ExistingMember>();
  const byNameUnit = new Map<string, ExistingMember[]>();
  const byName = new Map<string, ExistingMember[]>();
  for (const m of existing) {
    if (m.memberNo) byNo.set(compareKey(m.memberNo), m);
    const key = `${compareKey(m.name)}\u0000${compareKey(m.unitAndPost)}`;
    byNameUnit.set(key, [...(byNameUnit.get(key) ?? []), m]);
    byName.set(compareKey(m.name), [...(byName.get(compareKey(m.name)) ?? []), m]);
  }
  const claimed = new Set<string>();
  const actions: PlanAction[] = rows.map((row): PlanAction => {
    if (row.noteRow && !opts.includeNotes?.has(row.rowNumber)) return { kind: 'skip', row, reason: `${row.noteRow}：未导入（如确是委员，请勾选「导入」）` };
    if (rowHasErrors(row)) return { kind: 'skip', row, reason: '这一行有错误，改正后才会导入' };
    const v = row.values;
    let match: ExistingMember | undefined;
    let matchedBy: 'memberNo' | 'nameUnit' = 'memberNo';
    if (v.memberNo) match = byNo.get(compareKey(v.memberNo));
    if (!match) {
      const candidates = byNameUnit.get(`${compareKey(v.name ?? '')}\u0000${compareKey(v.unitAndPost ?? '')}`) ?? [];
      const free = candidates.filter((c) => !v.memberNo || !c.memberNo || c.memberNo === v.memberNo);
      if (free.length > 1) return { kind: 'skip', row, reason: `名册中有 ${free.length} 位同名同单位的委员，无法确定是哪一位：请补上委员编号` };
      match = free[0];
      matchedBy = 'nameUnit';
    }
    if (match) {
      if (claimed.has(match.id)) return { kind: 'skip', row, reason: `与前面一行对应同一位委员（${match.name}），已跳过` };
      claimed.add(match.id);
      const changes = diff(v, match);
      return Object.keys(changes).length
        ? { kind: 'update', row, memberId: match.id, matchedBy, changes, previousName: match.name }
        : { kind: 'same', row, memberId: match.id, matchedBy };
    }
    const sameName = (byName.get(compareKey(v.name ?? '')) ?? []).map((m) => ({ name: m.name, unitAndPost: m.unitAndPost }));
    return { kind: 'create', row, fields: { ...EMPTY_MEMBER, ...dropEmpty(v), name: v.name ?? '' }, sameName };
  });
  const counts = { create: 0, update: 0, same: 0, skip: 0 };
  for (const a of actions) counts[a.kind]++;
  return { actions, counts };
}

function dropEmpty(v: RowValues): RowValues {
  return Object.fromEntries(
    Object.entries(v).filter(([, val]) => (Array.isArray(val) ? val.length > 0 : val !== '' && val !== undefined)),
  ) as RowValues;
}

function diff(v: RowValues, m: ExistingMember): Partial<Fields<Member>> {
  const changes: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(dropEmpty(v))) {
    if (!sameValue((m as Record<string, unknown>)[k], val)) changes[k] = val;
  }
  return changes as Partial<Fields<Member>>;
}

/** What the preview says about one row; a renaming is spelled out for checking. */
export function actionDetail(a: PlanAction): string {
  if (a.kind === 'skip') return a.reason;
  if (a.kind === 'create') return a.sameName.length ? sameNameWarning(a.sameName) : '';
  const by = a.matchedBy === 'memberNo' ? '按委员编号对应' : '按姓名和单位对应';
  if (a.kind === 'same') return by;
  const changed = `${by}，修改：${Object.keys(a.changes).map((k) => IMPORT_FIELD_LABELS[k as ImportField] ?? k).join('、')}`;
  return a.changes.name ? `${changed}。请核对：名册中的「${a.previousName}」将改名为「${a.changes.name}」` : changed;
}

/** The words the form and the import use when a new member's name is already in the roster. */
export function sameNameWarning(same: ReadonlyArray<Pick<Member, 'name' | 'unitAndPost'>>): string {
  const who = same.map((m) => `${m.name}（${m.unitAndPost || '未填单位'}）`).join('、');
  return `名册中已有同名委员：${who}。请确认是另一位委员`;
}
