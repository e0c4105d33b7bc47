import type { RefListKind } from '../../../../shared/domain/reflist';
import { isMemberRefKind, membersUsing, reassignRef, usageSummary } from '../../../../shared/members/reflists';
import { repos } from '../../db';

/** Where a list entry is used, as a person reads it. */
export interface RefUsage {
  count: number;
  /** e.g. "12 名委员（张三、李四、王五 等）" */
  summary: string;
}

/**
 * Something that stores reference-list names: it can say where a name is used
 * and move those uses to another name (inside the caller's transaction).
 * The members provider is here; proposals and suggestions add theirs
 * (handling units, categories) to REF_USAGE_PROVIDERS.
 */
export interface RefUsageProvider {
  /** Synced tables `reassign` writes, so the caller's transaction spans them. */
  tables: string[];
  usage(kind: RefListKind, name: string): Promise<RefUsage | null>;
  reassign(kind: RefListKind, from: string, to: string): Promise<void>;
}

const membersProvider: RefUsageProvider = {
  tables: ['members'],
  async usage(kind, name) {
    if (!isMemberRefKind(kind)) return null;
    const users = membersUsing(kind, name, await repos.members.all());
    return users.length ? { count: users.length, summary: usageSummary(users) } : null;
  },
  async reassign(kind, from, to) {
    if (!isMemberRefKind(kind)) return;
    await repos.members.bulkUpdate(reassignRef(kind, from, to, await repos.members.all()));
  },
};

export const REF_USAGE_PROVIDERS: RefUsageProvider[] = [membersProvider];

export async function usagesOf(kind: RefListKind, name: string): Promise<RefUsage[]> {
  const found = await Promise.all(REF_USAGE_PROVIDERS.map((p) => p.usage(kind, name)));
  return found.filter((u): u is RefUsage => !!u);
}
