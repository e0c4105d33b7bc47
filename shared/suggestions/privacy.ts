import type { Submitter } from '../domain/suggestion';

/**
 * A citizen's phone is for the office: it is never printed, never in the
 * compilation or its .docx, and left out of .xlsx unless a person ticks it.
 * Everything that leaves the screen names a submitter through these.
 */

/** The submitter as printed: a member's name and sector, a citizen's name and unit. Never the phone. */
export function publicSubmitter(s: Submitter): string {
  if (s.kind === 'member') return s.sector ? `${s.name}（${s.sector}）` : s.name;
  return s.unit ? `${s.name}（${s.unit}）` : s.name;
}

/** Several submitters on one line (a kept suggestion credits those merged into it). */
export function publicSubmitters(list: readonly Submitter[]): string {
  return list.map(publicSubmitter).join('、');
}

/** What a printed or exported submitter may carry: no phone. */
export function withoutPhone(s: Submitter): Submitter {
  return s.kind === 'citizen' ? { ...s, phone: '' } : s;
}

/** Phone-shaped runs (7 or more digits, with - or spaces), for tests and checks that nothing private leaks. */
export const PHONE_LIKE = /(?<!\d)(?:1\d{10}|0\d{2,3}-?\d{7,8}|\d{7,8})(?!\d)/;
