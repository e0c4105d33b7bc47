/**
 * The duty record is built from a flat list of items: each capability turns
 * its records into items with a pure function (./producers), the engine
 * (./engine.ts) scores them with the rule table. Nothing here is stored:
 * points are computed, the same at every node, from the records themselves.
 */
export interface DutyItem {
  memberId: string;
  /** key of a row of the rule table, e.g. 'session.attend', 'proposal.accepted', 'consultation.speak' */
  rule: string;
  /** 'lead' / 'co' where the rule gives a lead and a co-signer different points; otherwise 'self' */
  role: 'lead' | 'co' | 'self';
  /** YYYY-MM-DD: the day it happened; it counts in that year and in the term holding that day */
  date: string;
  /** the record that earned it (table name as in SYNCED_TABLES, and the record's id), for 'click a total, see the items' */
  source: {
    table: string;
    id: string;
    /** The record a breakdown line opens when it is not the source itself: an attendance row opens its session. */
    opens?: string;
  };
  /** what a person reads in the breakdown, in Chinese, e.g. 「提案《关于……》立案（领衔）」 */
  label: string;
  /** For attendance: the session's kind (学习会 …), so the record can count sessions by kind. */
  kind?: string;
}

export const ROLE_LABELS: Record<DutyItem['role'], string> = { lead: '领衔', co: '联名', self: '' };

/** The order items are scored in (caps take the earliest first): by date, then record, then rule, then member. */
export function compareItems(a: DutyItem, b: DutyItem): number {
  return (
    cmp(a.date, b.date) || cmp(a.source.table, b.source.table) || cmp(a.source.id, b.source.id) || cmp(a.rule, b.rule) || cmp(a.memberId, b.memberId)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
