import { pinyin, polyphonic } from 'pinyin-pro';
import { compareKey } from './text';

/**
 * Member search as typed: by name, full pinyin ("zhangsan"), pinyin initials
 * ("zs"), a mix ("zhangs"), member number, unit or phone. Keys are computed
 * once per member by buildMemberIndex; searchMembers only walks the index.
 * A name's first character(s) are read as a surname (单 shan, 曾 zeng, 解 xie),
 * and every reading of a multi-reading character also matches.
 */

export interface SearchableMember {
  id: string;
  name: string;
  memberNo: string;
  unitAndPost: string;
  phone?: string;
}

interface Entry<M> {
  member: M;
  /** Name without blanks, lower case. */
  name: string;
  /** Per character of the name: its toneless readings, surname reading first. */
  readings: string[][];
  memberNo: string;
  unit: string;
  phone: string;
}

export interface MemberIndex<M extends SearchableMember = SearchableMember> {
  readonly entries: ReadonlyArray<Entry<M>>;
}

const HAN = /\p{Script=Han}/u;
const charCache = new Map<string, string[]>();

/** ü is typed as v, and often as u: keep both. */
function spellings(reading: string): string[] {
  const r = reading.toLowerCase();
  return r.includes('ü') ? [r.replace(/ü/g, 'v'), r.replace(/ü/g, 'u')] : [r];
}

function charReadings(ch: string): string[] {
  let cached = charCache.get(ch);
  if (!cached) {
    const [all] = polyphonic(ch, { toneType: 'none', type: 'array' }) as string[][];
    cached = [...new Set((all ?? []).flatMap(spellings))].filter((r) => /^[a-z]+$/.test(r));
    charCache.set(ch, cached);
  }
  return cached;
}

/** Readings of each character of a name: surname reading first, then all others. */
export function nameReadings(name: string): string[][] {
  const chars = [...name];
  const surnameMode = pinyin(name, { toneType: 'none', mode: 'surname', type: 'array' }) as string[];
  const aligned = surnameMode.length === chars.length;
  return chars.map((ch, i) => {
    if (!HAN.test(ch)) return [ch.toLowerCase()];
    const first = aligned ? spellings(surnameMode[i]) : [];
    return [...new Set([...first, ...charReadings(ch)])];
  });
}

export function buildMemberIndex<M extends SearchableMember>(members: readonly M[]): MemberIndex<M> {
  return {
    entries: members.map((m) => {
      const name = compareKey(m.name);
      return {
        member: m,
        name,
        readings: nameReadings(name),
        memberNo: compareKey(m.memberNo),
        unit: compareKey(m.unitAndPost),
        phone: compareKey(m.phone ?? ''),
      };
    }),
  };
}

/**
 * Does `q` from position j spell the characters from i on? Each character is
 * typed as a full reading, its initial letter (or zh/ch/sh), and the last one
 * typed may be cut short. Returns whether all of `q` was consumed.
 */
function spells(readings: string[][], i: number, q: string, j: number): boolean {
  if (j === q.length) return true;
  if (i === readings.length) return false;
  for (const r of readings[i]) {
    if (r[0] !== q[j]) continue;
    const rest = q.length - j;
    if (rest <= r.length && r.startsWith(q.slice(j))) return true;
    if (q.startsWith(r, j) && spells(readings, i + 1, q, j + r.length)) return true;
    if (spells(readings, i + 1, q, j + 1)) return true;
    if (r.length > 2 && r[1] === 'h' && q[j + 1] === 'h' && spells(readings, i + 1, q, j + 2)) return true;
  }
  return false;
}

/** Rank of a match, lower is better; Infinity when the member does not match. */
function rank<M>(e: Entry<M>, q: string, kind: 'han' | 'letters' | 'other'): number {
  if (kind === 'han') {
    if (e.name === q) return 0;
    if (e.name.startsWith(q)) return 1;
    if (e.name.includes(q)) return 3;
    if (e.unit.includes(q)) return 6;
    return Infinity;
  }
  if (e.memberNo === q) return 0;
  if (kind === 'letters') {
    if (spells(e.readings, 0, q, 0)) return 2;
    for (let i = 1; i < e.readings.length; i++) if (spells(e.readings, i, q, 0)) return 4;
  }
  if (e.memberNo.startsWith(q)) return 1;
  if (e.memberNo.includes(q)) return 5;
  if (e.unit.includes(q)) return 6;
  if (q.length >= 4 && /^\d+$/.test(q) && e.phone.includes(q)) return 7;
  return Infinity;
}

export function normaliseQuery(query: string): string {
  return compareKey(query).replace(/['’·]/g, '');
}

/**
 * Members matching `query`, best first (exact name or number, then name or
 * pinyin from the start, then the middle of a name, number, unit, phone);
 * equal ranks keep the index order. An empty query returns every member.
 */
export function searchMembers<M extends SearchableMember>(index: MemberIndex<M>, query: string, limit = Infinity): M[] {
  const q = normaliseQuery(query);
  if (!q) return index.entries.slice(0, limit).map((e) => e.member);
  const kind = HAN.test(q) ? 'han' : /^[a-z]+$/.test(q) ? 'letters' : 'other';
  const buckets: M[][] = [[], [], [], [], [], [], [], []];
  for (const e of index.entries) {
    const r = rank(e, q, kind);
    if (r !== Infinity) buckets[r].push(e.member);
  }
  return buckets.flat().slice(0, limit);
}
