import { useLiveQuery } from 'dexie-react-hooks';
import { CheckRules, DEFAULT_RULES } from '../../../../../shared/proposals/checks';
import { db } from '../../../db';
import { UserError } from './proposals';

/** The office's drafting rules and caps (local to this office, not synced): a meta row. */
const KEY = 'proposalRules';

export interface ProposalSettings {
  rules: CheckRules;
  /** The plenary new proposals belong to, e.g. 十届四次会议 ('' = 平时提案). */
  plenary: string;
}

export const DEFAULT_SETTINGS: ProposalSettings = { rules: DEFAULT_RULES, plenary: '十届四次会议' };

export async function readSettings(): Promise<ProposalSettings> {
  const row = await db.meta.get(KEY);
  const parsed = CheckRules.safeParse(row?.rules);
  return { rules: parsed.success ? parsed.data : DEFAULT_RULES, plenary: typeof row?.plenary === 'string' ? row.plenary : DEFAULT_SETTINGS.plenary };
}

export function useProposalSettings(): ProposalSettings {
  return useLiveQuery(readSettings, []) ?? DEFAULT_SETTINGS;
}

/** Save edited rules; a rule out of range is refused with its message and nothing is saved. */
export async function saveSettings(s: ProposalSettings): Promise<void> {
  const r = CheckRules.safeParse(s.rules);
  if (!r.success) throw new UserError(r.error.issues[0].message);
  if (s.plenary.length > 30) throw new UserError('届次会议名称不能超过 30 个字');
  await db.meta.put({ key: KEY, rules: r.data, plenary: s.plenary.trim() });
}
