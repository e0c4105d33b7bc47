import { adoptionsOf, instructionsOf, type AdoptionLevel, type Report } from '../../domain/report';
import { ROLE_LABELS, type DutyItem } from '../items';

export const ADOPTION_RULES: Record<AdoptionLevel, string> = {
  区政协: 'report.adopted.district',
  市政协: 'report.adopted.city',
  省政协: 'report.adopted.province',
  全国政协: 'report.adopted.national',
};

/**
 * 社情民意: each member reporter (the first the lead, the others co-reporters)
 * for reporting it, for each 采用 at a level, and for each 领导批示. A report
 * by a unit earns no member points (the unit's figures count it).
 */
export function reportItems(reports: readonly Report[]): DutyItem[] {
  const out: DutyItem[] = [];
  for (const r of reports) {
    const members = r.reporters.filter((p) => p.kind === 'member');
    const source = { table: 'reports', id: r.id };
    members.forEach((p, i) => {
      const role = members.length === 1 ? 'lead' : i === 0 ? 'lead' : 'co';
      const who = members.length > 1 ? `（${ROLE_LABELS[role]}）` : '';
      const base = { memberId: p.memberId, role: role as DutyItem['role'], source };
      out.push({ ...base, rule: 'report.given', date: r.date, label: `报送社情民意「${r.title}」${who}` });
      for (const a of adoptionsOf(r)) {
        out.push({ ...base, rule: ADOPTION_RULES[a.level], date: a.date || r.date, label: `社情民意「${r.title}」被${a.level}${a.mode}${a.issue ? `，编入${a.issue}` : ''}${who}` });
      }
      for (const ins of instructionsOf(r)) {
        out.push({ ...base, rule: 'report.instruction', date: ins.date || r.date, label: `社情民意「${r.title}」获${ins.leader}（${ins.level}）批示${who}` });
      }
    });
  }
  return out;
}
