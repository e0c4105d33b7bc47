import { compareItems, type DutyItem } from './items';

/**
 * The items the ranking scores, packed into columns of numbers: what a
 * screen keeps between visits (renderer/src/features/duty/data/kept.ts) so
 * that the ranking opens without reading every source table first (at HQ,
 * 260,000 items from 160,000 attendance rows and the rest take seconds to
 * read). Only what scoring reads is kept: member, rule, role, date, kind; the
 * items are stored in scoring order (compareItems), so unpacked items score
 * exactly as the originals (packed.test.ts).
 * Labels and sources are not kept: a member's breakdown waits for the loader's items.
 */
export interface PackedItems {
  members: string[];
  rules: string[];
  kinds: string[];
  member: Int32Array;
  rule: Int32Array;
  /** 0 self, 1 lead, 2 co. */
  role: Uint8Array;
  /** yyyymmdd. */
  day: Int32Array;
  /** Index into kinds + 1; 0 for none. */
  kind: Int32Array;
}

const ROLES: DutyItem['role'][] = ['self', 'lead', 'co'];

function dictionary(): { list: string[]; of(s: string): number } {
  const list: string[] = [];
  const at = new Map<string, number>();
  return {
    list,
    of(s) {
      let i = at.get(s);
      if (i === undefined) at.set(s, (i = list.push(s) - 1));
      return i;
    },
  };
}

export function packItems(items: readonly DutyItem[]): PackedItems {
  const sorted = [...items].sort(compareItems);
  const n = sorted.length;
  const members = dictionary();
  const rules = dictionary();
  const kinds = dictionary();
  const p: PackedItems = {
    members: members.list, rules: rules.list, kinds: kinds.list,
    member: new Int32Array(n), rule: new Int32Array(n), role: new Uint8Array(n), day: new Int32Array(n), kind: new Int32Array(n),
  };
  sorted.forEach((it, i) => {
    p.member[i] = members.of(it.memberId);
    p.rule[i] = rules.of(it.rule);
    p.role[i] = ROLES.indexOf(it.role);
    p.day[i] = Number(it.date.slice(0, 4)) * 10000 + Number(it.date.slice(5, 7)) * 100 + Number(it.date.slice(8, 10));
    p.kind[i] = it.kind === undefined ? 0 : kinds.of(it.kind) + 1;
  });
  return p;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * No record stands behind an unpacked item: all share one empty source. They
 * come in scoring order, and the sort is stable, so items of one rule (caps
 * are per rule) stay in the order they were packed in (packed.test.ts).
 */
const KEPT_SOURCE: DutyItem['source'] = Object.freeze({ table: '', id: '' });

/** Items that score as the packed ones did; one string per day, not per item (268,000 items at HQ). */
export function unpackItems(p: PackedItems): DutyItem[] {
  const out: DutyItem[] = new Array(p.member.length);
  const days = new Map<number, string>();
  for (let i = 0; i < out.length; i++) {
    const d = p.day[i];
    let date = days.get(d);
    if (date === undefined) days.set(d, (date = `${Math.floor(d / 10000)}-${two(Math.floor(d / 100) % 100)}-${two(d % 100)}`));
    const item: DutyItem = { memberId: p.members[p.member[i]], rule: p.rules[p.rule[i]], role: ROLES[p.role[i]], date, source: KEPT_SOURCE, label: '' };
    if (p.kind[i]) item.kind = p.kinds[p.kind[i] - 1];
    out[i] = item;
  }
  return out;
}
