import { defaultRefEntries, demoMembers, DEMO_SIZES, type DemoSize } from '../../../../shared/demo/generator';
import { loggedTransaction } from '../../db/oplog';
import { db, repos } from '../../db';
import { loadDemoConsultations } from '../consultations/data/demo';
import { loadDemoDuty } from '../duty/demo';
import { loadDemoProposals } from '../proposals/demo';
import { loadDemoSessions } from '../sessions/demo';
import { loadDemoSuggestions } from '../suggestions/demo';

/**
 * Fill the database with the demo office's generated records, through the
 * repositories (so the demo data has ops like any other). One transaction:
 * a crash leaves either the whole roster or nothing. Five years of sessions and
 * attendance (about 17,000 records, several seconds of IndexedDB writes) follow
 * in chunks (features/sessions/demo.ts), so the roster can be read meanwhile; then the
 * suggestion drive (features/suggestions/demo.ts), the consultations, the duty record's
 * 社情民意, other duties and plenaries (features/duty/demo.ts), and the proposals. What HQ
 * wrote into an office's records (a proposal's number, a report's 采用) comes as from HQ
 * (demo/fromHq.ts): the office may not write it itself.
 */
export async function loadDemoData(size: DemoSize = 'demo'): Promise<void> {
  const members = await loggedTransaction(db, ['members', 'refLists'], async () => {
    await repos.refLists.createWithIds(defaultRefEntries());
    return repos.members.bulkCreate(demoMembers(DEMO_SIZES[size].members));
  });
  await loadDemoSessions(members);
  await loadDemoSuggestions(members, size);
  await loadDemoConsultations(members, size);
  await loadDemoDuty(members);
  await loadDemoProposals(members, size);
}

/** Reference lists every new office starts with. */
export async function loadDefaultRefLists(): Promise<void> {
  await repos.refLists.createWithIds(defaultRefEntries());
}
