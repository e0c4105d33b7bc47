import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHostDispatcher } from '../handlers';
import { createServices } from './context';

const ports = { kind: 'browser' as const, pickFolder: async () => null, openPath: async () => false, emit: () => undefined };

describe('leaving the demo office', () => {
  it('moves everything the demo wrote aside, so the real office starts with its own key, exchange state and backups', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cd-leave-demo-'));
    const s = createServices({ dataDir, version: '0.0.0-test', demoRequested: true }, ports);
    const dispatch = createHostDispatcher(s, () => true);
    await s.office.setup({ name: '示例街道政协工委', code: 'DEMO-01', role: 'office', demo: true });
    const demoStatus = await s.sync.status();
    for (const a of ['backups', 'attachments'] as const) mkdirSync(s.paths.area(a), { recursive: true });
    writeFileSync(path.join(s.paths.area('backups'), 'demo-backup.cdbak'), 'x');
    writeFileSync(path.join(s.paths.area('attachments'), 'demo.txt'), 'x');

    expect(await dispatch('app.leaveDemo', {}, { senderUrl: 'test' })).toMatchObject({ ok: true, result: { left: true } });
    expect(await s.office.get()).toBeNull();
    const aside = readdirSync(dataDir).filter((n) => n.startsWith('demo-'));
    expect(aside).toHaveLength(1);
    const kept = readdirSync(path.join(dataDir, aside[0]));
    for (const name of ['office.json', 'keys', 'backups', 'attachments']) expect(kept).toContain(name);
    expect(readdirSync(path.join(dataDir, aside[0], 'backups'))).toEqual(['demo-backup.cdbak']);
    // The app's folders are there again, empty.
    expect(readdirSync(s.paths.area('backups'))).toEqual([]);
    expect(readdirSync(s.paths.area('attachments'))).toEqual([]);
    expect(existsSync(s.paths.officeFile)).toBe(false);

    await s.office.setup({ name: '西林街道政协工委', code: 'ZL-XL', role: 'office' });
    const real = await s.sync.status();
    expect(real.me.fingerprint).not.toBe(demoStatus.me.fingerprint);
    expect(real.me.node).not.toBe(demoStatus.me.node);
    // A real office refuses to be left this way.
    expect(await dispatch('app.leaveDemo', {}, { senderUrl: 'test' })).toMatchObject({ ok: false });
  });
});
