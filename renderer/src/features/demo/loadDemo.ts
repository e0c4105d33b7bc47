import { demoMembers, demoRefLists, DEMO_SIZES, type DemoSize } from '../../../../shared/demo/generator';
import { loggedTransaction } from '../../db/oplog';
import { db, repos } from '../../db';

/**
 * Fill the database with the demo office's generated records, through the
 * repositories (so the demo data has ops like any other). One transaction:
 * a crash leaves either the whole demo or nothing.
 */
export async function loadDemoData(size: DemoSize = 'demo'): Promise<void> {
  await loggedTransaction(db, ['members', 'refLists'], async () => {
    await repos.refLists.bulkCreate(demoRefLists());
    await repos.members.bulkCreate(demoMembers(DEMO_SIZES[size].members));
  });
}

/** Reference lists every new office starts with. */
export async function loadDefaultRefLists(): Promise<void> {
  await repos.refLists.bulkCreate(demoRefLists());
}
