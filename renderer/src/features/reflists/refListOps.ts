import type { RefEntry, RefListKind } from '../../../../shared/domain/reflist';
import { DEFAULT_REF_LISTS, defaultRefId, REF_LIST_LABELS } from '../../../../shared/domain/reflist';
import { cleanText } from '../../../../shared/members/text';
import { db, repos } from '../../db';
import { loggedTransaction } from '../../db/oplog';
import { REF_USAGE_PROVIDERS, usagesOf } from './usage';

async function listOf(kind: RefListKind): Promise<RefEntry[]> {
  return (await repos.refLists.read.where('kind').equals(kind).toArray()).filter((e) => e.deleted === 0).sort((a, b) => a.order - b.order);
}

function tables(): string[] {
  return ['refLists', ...REF_USAGE_PROVIDERS.flatMap((p) => p.tables)];
}

function checkName(kind: RefListKind, raw: string, list: RefEntry[], except?: string): string {
  const name = cleanText(raw);
  if (!name) throw new Error('请填写名称');
  if (name.length > 30) throw new Error('名称不能超过 30 个字');
  if (list.some((e) => e.name === name && e.id !== except)) throw new Error(`${REF_LIST_LABELS[kind]}名录中已有「${name}」`);
  return name;
}

export async function addEntry(kind: RefListKind, raw: string): Promise<RefEntry> {
  const list = await listOf(kind);
  const name = checkName(kind, raw, list);
  return repos.refLists.create({ kind, name, order: (list.at(-1)?.order ?? -1) + 1 });
}

/** Rename an entry and everything that uses it, in one transaction. */
export async function renameEntry(entry: RefEntry, raw: string): Promise<void> {
  const name = checkName(entry.kind, raw, await listOf(entry.kind), entry.id);
  if (name === entry.name) return;
  await loggedTransaction(db, tables(), async () => {
    await repos.refLists.update(entry.id, { name });
    for (const p of REF_USAGE_PROVIDERS) await p.reassign(entry.kind, entry.name, name);
  });
}

/** Swap an entry with its neighbour above (-1) or below (+1). */
export async function moveEntry(entry: RefEntry, dir: -1 | 1): Promise<void> {
  const list = await listOf(entry.kind);
  const i = list.findIndex((e) => e.id === entry.id);
  const other = list[i + dir];
  if (i < 0 || !other) return;
  const a = entry.order === other.order ? i : entry.order;
  const b = entry.order === other.order ? i + dir : other.order;
  await repos.refLists.bulkUpdate([{ id: entry.id, changes: { order: b } }, { id: other.id, changes: { order: a } }]);
}

/**
 * Delete an entry. An entry in use is refused unless `mergeInto` names another
 * entry of the list: then its uses move there and it is deleted, in one transaction.
 */
export async function deleteEntry(entry: RefEntry, mergeInto?: string): Promise<void> {
  await loggedTransaction(db, tables(), async () => {
    const used = await usagesOf(entry.kind, entry.name);
    if (used.length && !mergeInto) {
      throw new Error(`「${entry.name}」正在使用（${used.map((u) => u.summary).join('；')}），不能直接删除：请选择合并到的另一项`);
    }
    if (mergeInto) {
      const list = await listOf(entry.kind);
      if (mergeInto === entry.name || !list.some((e) => e.name === mergeInto)) throw new Error(`请选择${REF_LIST_LABELS[entry.kind]}名录中的另一项`);
      for (const p of REF_USAGE_PROVIDERS) await p.reassign(entry.kind, entry.name, mergeInto);
    }
    await repos.refLists.remove(entry.id);
  });
}

/** Put back the default entries (domain.md) the list lacks, at its end; returns how many were added. */
export async function addMissingDefaults(kind: RefListKind): Promise<number> {
  const list = await listOf(kind);
  const missing = DEFAULT_REF_LISTS[kind].filter((name) => !list.some((e) => e.name === name));
  const start = (list.at(-1)?.order ?? -1) + 1;
  // A default whose record was renamed keeps its shared id; the name comes back as a new entry.
  const taken = new Set(list.map((e) => e.id));
  const rows = missing.map((name, i) => ({ id: defaultRefId(kind, name), fields: { kind, name, order: start + i } }));
  await loggedTransaction(db, ['refLists'], async () => {
    await repos.refLists.createWithIds(rows.filter((r) => !taken.has(r.id)));
    await repos.refLists.bulkCreate(rows.filter((r) => taken.has(r.id)).map((r) => r.fields));
  });
  return missing.length;
}
