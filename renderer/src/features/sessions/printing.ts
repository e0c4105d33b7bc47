import { repos } from '../../db';

/** The office's sector list order, for printing members by sector. */
export async function sectorOrder(): Promise<string[]> {
  const refs = await repos.refLists.read.where('kind').equals('sector').filter((r) => r.deleted === 0).toArray();
  return refs.sort((a, b) => a.order - b.order).map((r) => r.name);
}
