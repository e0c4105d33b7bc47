import type { Member } from '../../../../shared/domain/member';
import { rosterRows, signInData, sortMembers, type MemberSort } from '../../../../shared/print/build';
import type { PrintJobInput } from '../../../../shared/print/jobs';
import { gbtSampleData } from '../../../../shared/print/samples';

export type Scope = 'all' | 'committee' | 'sector' | 'picked';

/** The documents the print center composes itself; other kinds arrive ready-made (pending.ts). */
export type CenterKind = 'signin' | 'agenda' | 'tents' | 'roster' | 'formal';
export const CENTER_KINDS: CenterKind[] = ['signin', 'agenda', 'tents', 'roster', 'formal'];

export interface MemberChoice {
  scope: Scope;
  committee: string;
  sector: string;
  picked: string[];
}

/** The members a choice names: serving members only; hand-picked ones in the order picked. */
export function chooseMembers(all: readonly Member[], c: MemberChoice): Member[] {
  const serving = all.filter((m) => m.deleted === 0 && m.status === '在任');
  if (c.scope === 'committee') return serving.filter((m) => m.committees.includes(c.committee));
  if (c.scope === 'sector') return serving.filter((m) => m.sector === c.sector);
  if (c.scope === 'picked') {
    const byId = new Map(all.filter((m) => m.deleted === 0).map((m) => [m.id, m]));
    return c.picked.map((id) => byId.get(id)).filter((m): m is Member => !!m);
  }
  return serving;
}

export interface DocForm {
  kind: CenterKind;
  title: string;
  time: string;
  place: string;
  host: string;
  itemsText: string;
  notes: string;
  sort: MemberSort;
  blankRows: number;
  barcode: boolean;
  tentSubtitle: 'none' | 'sector' | 'unit';
  showPhone: boolean;
}

/** "14:30 传达会议精神——李主任" → { time, text, speaker } */
export function parseAgendaLine(line: string): { time: string; text: string; speaker: string } {
  let rest = line.trim();
  const time = /^(\d{1,2}[:：]\d{2}(?:\s*[-—~至]\s*\d{1,2}[:：]\d{2})?)\s+/.exec(rest);
  if (time) rest = rest.slice(time[0].length);
  const sp = /\s*(?:——|--)\s*([^—-]+)$/.exec(rest);
  if (sp) rest = rest.slice(0, sp.index);
  return { time: time ? time[1].replace(/：/g, ':') : '', text: rest.trim(), speaker: sp ? sp[1].trim() : '' };
}

/** A print job from the form and the chosen members (validated by the contract in main and by the print page). */
export function buildJob(form: DocForm, members: readonly Member[], sectorOrder: readonly string[]): PrintJobInput {
  switch (form.kind) {
    case 'signin':
      return {
        kind: 'signin',
        data: signInData(members, { title: form.title, time: form.time, place: form.place, sort: form.sort, blankRows: form.blankRows, barcode: form.barcode, sectorOrder }),
      };
    case 'agenda':
      return {
        kind: 'agenda',
        data: {
          title: form.title,
          time: form.time,
          place: form.place,
          host: form.host,
          items: form.itemsText.split(/\r?\n/).filter((l) => l.trim()).map(parseAgendaLine),
          notes: form.notes,
        },
      };
    case 'tents':
      return {
        kind: 'tents',
        data: {
          names: sortMembers(members, form.sort, sectorOrder).map((m) => ({
            name: m.name,
            subtitle: form.tentSubtitle === 'sector' ? m.sector : form.tentSubtitle === 'unit' ? m.unitAndPost.slice(0, 40) : '',
          })),
        },
      };
    case 'roster':
      return { kind: 'roster', data: { title: form.title, showPhone: form.showPhone, rows: rosterRows(sortMembers(members, form.sort, sectorOrder)) } };
    case 'formal':
      return { kind: 'formal', data: gbtSampleData() };
    default:
      throw new Error(`打印中心不能编排这种文档：${String(form.kind)}`);
  }
}

export const NEEDS_MEMBERS: Record<CenterKind, boolean> = { signin: true, agenda: false, tents: true, roster: true, formal: false };
