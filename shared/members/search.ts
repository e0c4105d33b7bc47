import { pinyin, polyphonic } from 'pinyin-pro';
import { phoneDigits } from './phone';
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
  /** The phone numbers' digits only (phone.ts): 139-1234-0011 is found by 13912340011 and by 139-1234. */
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
        phone: (m.phone ?? '').split(/[,，;；/、]/).map(phoneDigits).join(' '),
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

/**
 * Does `q` spell the whole name, each character by its full reading or its
 * initial (zh/ch/sh included), nothing cut short: "wh" and "wanghui" for 王辉,
 * not "wh" for 吴海晨.
 */
function spellsWhole(readings: string[][], i: number, q: string, j: number): boolean {
  if (i === readings.length) return j === q.length;
  if (j === q.length) return false;
  for (const r of readings[i]) {
    if (r[0] !== q[j]) continue;
    if (q.startsWith(r, j) && spellsWhole(readings, i + 1, q, j + r.length)) return true;
    if (spellsWhole(readings, i + 1, q, j + 1)) return true;
    if (r.length > 2 && r[1] === 'h' && q[j + 1] === 'h' && spellsWhole(readings, i + 1, q, j + 2)) return true;
  }
  return false;
}

/** How many ranks there are: the buckets of searchMembers. */
const RANKS = 9;

/**
 * Rank of a match, lower is better; Infinity when the member does not match.
 * 0 exact name or number; 1 the start of a name or number; 2 the whole name
 * in initials or full pinyin; 3 the start of the name in pinyin; 4 the middle
 * of a name; 5 pinyin from the middle of a name; 6 inside a number; 7 unit; 8 phone.
 */
function rank<M>(e: Entry<M>, q: string, kind: 'han' | 'letters' | 'other', digits: string): number {
  if (kind === 'han') {
    if (e.name === q) return 0;
    if (e.name.startsWith(q)) return 1;
    if (e.name.includes(q)) return 4;
    if (e.unit.includes(q)) return 7;
    return Infinity;
  }
  if (e.memberNo === q) return 0;
  if (kind === 'letters') {
    if (spellsWhole(e.readings, 0, q, 0)) return 2;
    if (spells(e.readings, 0, q, 0)) return 3;
    for (let i = 1; i < e.readings.length; i++) if (spells(e.readings, i, q, 0)) return 5;
  }
  if (e.memberNo.startsWith(q)) return 1;
  if (e.memberNo.includes(q)) return 6;
  if (e.unit.includes(q)) return 7;
  if (digits.length >= 4 && e.phone.includes(digits)) return 8;
  return Infinity;
}

export function normaliseQuery(query: string): string {
  return compareKey(query).replace(/['’·]/g, '');
}

export interface SearchOptions<M> {
  /**
   * Members to list before the others (the door: the session's required
   * attendees), whatever the match; only an exact name or number comes first
   * regardless, since it names one person.
   */
  prefer?: (m: M) => boolean;
}

/**
 * Members matching `query`, best first (exact name or number, then name or
 * pinyin from the start, whole names spelled before partial ones, then the
 * middle of a name, number, unit, phone); equal ranks keep the index order.
 * An empty query returns every member.
 */
export function searchMembers<M extends SearchableMember>(index: MemberIndex<M>, query: string, limit = Infinity, opts: SearchOptions<M> = {}): M[] {
  const q = normaliseQuery(query);
  if (!q) return index.entries.slice(0, limit).map((e) => e.member);
  const kind = HAN.test(q) ? 'han' : /^[a-z]+$/.test(q) ? 'letters' : 'other';
  const prefer = opts.prefer;
  // With a preference the others' ranks follow all of the preferred ones (exact matches stay first).
  const buckets: M[][] = Array.from({ length: prefer ? RANKS * 2 : RANKS }, () => []);
  // A query of digits, dashes and blanks may be a phone number written either way.
  const digits = /^[\d-]+$/.test(q) ? phoneDigits(q) : '';
  for (const e of index.entries) {
    const r = rank(e, q, kind, digits);
    if (r === Infinity) continue;
    buckets[prefer && r > 0 && !prefer(e.member) ? r + RANKS : r].push(e.member);
  }
  return buckets.flat().slice(0, limit);
}
