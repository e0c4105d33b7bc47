import { describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services/context';
import { TestNode, tmp } from './harness';

describe('renaming the office after setup', () => {
  it('changes the name only: the code, role and node id stay, and the name survives a restart', async () => {
    const n = await TestNode.create('ZL-NDJ');
    const before = await n.services.office.get();
    const renamed = await n.call('app.renameOffice', { name: '  南大街街道政协工作委员会 ' });
    expect(renamed).toEqual({ ...before, name: '南大街街道政协工作委员会' });
    const again = createServices({ dataDir: n.dataDir, version: 't', demoRequested: false }, { kind: 'browser', pickFolder: async () => null, openPath: async () => false, emit: () => undefined });
    expect((await again.office.get())?.name).toBe('南大街街道政协工作委员会');
  });

  it('a name that is too short is refused in words and changes nothing', async () => {
    const n = await TestNode.create('ZL-NDJ');
    await expect(n.call('app.renameOffice', { name: '工' })).rejects.toThrow('办公室名称至少 2 个字');
    expect((await n.services.office.get())?.name).toBe('ZL-NDJ 测试办公室');
  });

  it('HQ learns the new name from the next bundle and still knows the office by its code', async () => {
    const office = await TestNode.create('ZL-NDJ');
    const hq = await TestNode.create('HQ', 'hq');
    const stick = tmp();
    const first = await office.exportTo(stick);
    await hq.importFrom(stick, first.fileName);
    await office.call('app.renameOffice', { name: '南大街街道政协工作委员会' });
    const second = await office.exportTo(stick);
    const r = await hq.importFrom(stick, second.fileName);
    expect(r.status).toBe('imported');
    const peers = (await hq.call('sync.status', {})).peers;
    expect(peers.map((p) => [p.office, p.name])).toEqual([['ZL-NDJ', '南大街街道政协工作委员会']]);
  });
});
