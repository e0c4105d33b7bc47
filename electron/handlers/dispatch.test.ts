import { mkdtempSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices, type HostPorts } from '../services/context';
import { BROWSER_HOST_ORIGIN, makeSenderCheck } from '../services/security';
import { createHostDispatcher } from '.';

const APP = { senderUrl: `${BROWSER_HOST_ORIGIN}/#/settings` };

function setup(pickAnswer: string | null = null) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cd-dispatch-'));
  const ports: HostPorts = { kind: 'browser', pickFolder: async () => pickAnswer, openPath: async () => true, emit: () => undefined };
  const services = createServices({ dataDir, version: '9.9.9', demoRequested: false }, ports);
  return { dataDir, dispatch: createHostDispatcher(services, makeSenderCheck(BROWSER_HOST_ORIGIN)) };
}

describe('handler table', () => {
  it('answers a valid call through the contract', async () => {
    const { dispatch, dataDir } = setup();
    const res = await dispatch('app.info', {}, APP);
    expect(res).toMatchObject({ ok: true, result: { version: '9.9.9', dataDir, office: null, host: 'browser' } });
  });

  it('refuses bad arguments with a Chinese message and touches nothing', async () => {
    const { dispatch, dataDir } = setup();
    const res = await dispatch('app.setup', { name: '工', code: '../x', role: 'admin' }, APP);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('bad-args');
      expect(res.error.message).toContain('办公室名称至少 2 个字');
    }
    expect(existsSync(path.join(dataDir, 'office.json'))).toBe(false);
    const write = await dispatch('files.write', { ref: { area: 'exports', path: '../../escape.txt' }, data: new Uint8Array([1]) }, APP);
    expect(write).toMatchObject({ ok: false, error: { code: 'bad-args' } });
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('refuses unknown channels and calls from pages that are not the app', async () => {
    const { dispatch } = setup();
    expect(await dispatch('fs.rm', {}, APP)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await dispatch('app.info', {}, { senderUrl: 'https://evil.example/' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await dispatch('app.info', {}, { senderUrl: 'file:///etc/passwd' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('sets up an office once and refuses a second setup', async () => {
    const { dispatch } = setup();
    const first = await dispatch('app.setup', { name: '南大街街道政协工委', code: 'zl-ndj', role: 'office' }, APP);
    expect(first).toMatchObject({ ok: true, result: { code: 'ZL-NDJ', role: 'office', demo: false } });
    const again = await dispatch('app.setup', { name: '另一个', code: 'X2', role: 'hq' }, APP);
    expect(again).toMatchObject({ ok: false, error: { code: 'failed', message: '本机已经设置过办公室，不能重复设置。' } });
    // A real office is never forgotten through the demo's way out.
    expect(await dispatch('app.leaveDemo', {}, APP)).toMatchObject({ ok: false, error: { message: '这是正式办公室，不能用“结束试用”删除。' } });
    expect(await dispatch('app.info', {}, APP)).toMatchObject({ ok: true, result: { office: { code: 'ZL-NDJ' } } });
  });

  it('allows a picked folder only after the dialog picked it', async () => {
    const picked = mkdtempSync(path.join(os.tmpdir(), 'cd-usb-'));
    const { dispatch } = setup(picked);
    const before = await dispatch('files.write', { ref: { picked, path: 'a.txt' }, data: new Uint8Array([65]) }, APP);
    expect(before).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await dispatch('dialog.pickFolder', { title: '选择U盘' }, APP)).toMatchObject({ ok: true, result: { picked } });
    const after = await dispatch('files.write', { ref: { picked, path: 'a.txt' }, data: new Uint8Array([65]) }, APP);
    expect(after).toMatchObject({ ok: true, result: { size: 1 } });
    const read = await dispatch('files.read', { ref: { picked, path: 'a.txt' } }, APP);
    expect(read.ok && (read.result as { data: Uint8Array }).data).toEqual(new Uint8Array([65]));
  });

  it('a save dialog opens where the person picked a folder last time, also after a restart', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cd-dispatch-'));
    const usb = mkdtempSync(path.join(os.tmpdir(), 'cd-usb-'));
    const starts: Array<string | null | undefined> = [];
    const ports: HostPorts = { kind: 'browser', pickFolder: async (_t, start) => (starts.push(start), usb), openPath: async () => true, emit: () => undefined };
    const first = createHostDispatcher(createServices({ dataDir, version: '1', demoRequested: false }, ports), makeSenderCheck(BROWSER_HOST_ORIGIN));
    await first('dialog.pickFolder', { title: '选择保存的文件夹' }, APP);
    const second = createHostDispatcher(createServices({ dataDir, version: '1', demoRequested: false }, ports), makeSenderCheck(BROWSER_HOST_ORIGIN));
    await second('dialog.pickFolder', { title: '选择保存的文件夹' }, APP);
    expect(starts).toEqual([null, usb]);
  });

  it('keepExisting never writes over a file: the second export is numbered', async () => {
    const picked = mkdtempSync(path.join(os.tmpdir(), 'cd-usb-'));
    const { dispatch } = setup(picked);
    await dispatch('dialog.pickFolder', { title: '选择U盘' }, APP);
    const a = await dispatch('files.write', { ref: { picked, path: '出勤统计.xlsx' }, data: new Uint8Array([1]), keepExisting: true }, APP);
    const b = await dispatch('files.write', { ref: { picked, path: '出勤统计.xlsx' }, data: new Uint8Array([2, 2]), keepExisting: true }, APP);
    expect(a).toMatchObject({ ok: true, result: { name: '出勤统计.xlsx', size: 1 } });
    expect(b).toMatchObject({ ok: true, result: { name: '出勤统计（2）.xlsx', size: 2 } });
    expect(readdirSync(picked).sort()).toEqual(['出勤统计.xlsx', '出勤统计（2）.xlsx']);
    expect(readFileSync(path.join(picked, '出勤统计.xlsx'))).toEqual(Buffer.from([1]));
  });
});
