import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Member } from '../../../shared/domain/member';
import { backupNow } from '../../../renderer/src/sync/backup';
import { member, TestNode, tmp } from './harness';

describe('backups in a picked folder', () => {
  it('are listed newest first with their date, office and what they hold, for the person to choose one', async () => {
    const n = await TestNode.create('ZL-A');
    const folder = n.pick(tmp());
    await n.repo<Member>('members').create(member('张三') as never);
    const older = await backupNow(n.db, { kind: 'manual', folder, office: n.office, caller: n.call });
    await new Promise((r) => setTimeout(r, 15));
    await n.repo<Member>('members').create(member('李四') as never);
    const newer = await backupNow(n.db, { kind: 'manual', folder, office: n.office, caller: n.call });
    writeFileSync(path.join(folder, '不是备份.cdbackup'), 'garbage');
    writeFileSync(path.join(folder, '说明.txt'), 'x');

    const list = await n.call('backup.listFolder', { picked: folder });
    expect(list.map((b) => b.name)).toEqual([newer.name, older.name]);
    expect(list[0]).toMatchObject({ office: 'ZL-A', kind: 'manual', counts: { members: 2 } });
    expect(list[1].counts.members).toBe(1);
    expect(Date.parse(list[0].createdAt)).toBeGreaterThan(Date.parse(list[1].createdAt));
  });

  it('a folder the person did not pick is refused', async () => {
    const n = await TestNode.create('ZL-A');
    await expect(n.call('backup.listFolder', { picked: tmp() })).rejects.toThrow('没有经过选择');
  });
});
