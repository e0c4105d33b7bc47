import { ruleRecordId, type DutyRuleRow } from '../../../../../shared/domain/duty';
import { checkGrades, checkMinimums, checkRule, type DutyRule, type RuleInput, type RuleTable } from '../../../../../shared/duty/rules';
import type { Fields } from '../../../../../shared/sync/record';
import { identity } from '../../../db/identity';
import { repos } from '../../../db';
import { UserError } from '../../sessions/data';

/**
 * HQ's writes of the rule table (an office's are refused by the repository:
 * the table's writers are 'hq', shared/sync/policy.ts). Each row is HQ's own
 * record (its office is HQ's code, whatever office HQ's filter shows), so it
 * goes to every office. A changed rule recomputes every record: nothing else is written.
 */
function hqOffice(): string {
  const me = identity();
  const why = repos.dutyRules.whyReadOnly({ id: 'settings', office: me.office });
  if (why) throw new UserError(why);
  return me.office;
}

export async function saveRule(rule: DutyRule, input: RuleInput): Promise<void> {
  const office = hqOffice();
  const c = checkRule(rule, input);
  if (!c.ok) throw new UserError(c.message);
  await repos.dutyRules.create({ kind: 'rule', key: rule.key, ...c.value, office } as Fields<DutyRuleRow>);
}

/** Back to the published default: HQ's row is deleted (the deletion travels too). */
export async function resetRule(key: string): Promise<void> {
  hqOffice();
  const cur = await repos.dutyRules.get(ruleRecordId(key));
  if (cur && !cur.deleted) await repos.dutyRules.remove(cur.id);
}

export async function saveSettings(table: RuleTable, grades: ReadonlyArray<{ label: string; min: string | number }>, minimumCounts: readonly (string | number)[]): Promise<void> {
  const office = hqOffice();
  const g = checkGrades(grades);
  if (!g.ok) throw new UserError(g.message);
  const m = checkMinimums(table.minimums, minimumCounts);
  if (!m.ok) throw new UserError(m.message);
  await repos.dutyRules.create({
    kind: 'settings', office, minimums: m.value, terms: table.terms,
    // JSON has no -Infinity: the lowest grade is stored without a threshold.
    grades: g.value.map((x, i) => ({ label: x.label, min: i === g.value.length - 1 ? null : x.min })),
  } as Fields<DutyRuleRow>);
}
