import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { Office, OfficeName, OfficeSetupInput } from '../../shared/domain/office';
import { newNodeId } from '../../shared/ids';
import { atomicWrite } from './atomic-write';
import { machineFingerprint } from './machine';
import { APP_AREAS, type AppPaths } from './paths';

/** What a demo office keeps in the data folder (paths.ts areas, the identity, keys/, sync/). */
const DEMO_OWNED = ['office.json', 'keys', 'sync', ...APP_AREAS];

/**
 * The office's identity lives in the data folder, not in IndexedDB, so that a
 * wiped browser store can be rebuilt from the archive under the same node id.
 */
export class OfficeService {
  private cached: Office | null | undefined;

  constructor(
    private readonly paths: AppPaths,
    /** This machine's fingerprint (machine.ts), kept in office.json at setup. */
    readonly machine: string = machineFingerprint(),
  ) {}

  private async save(office: Office): Promise<Office> {
    await atomicWrite(this.paths.officeFile, JSON.stringify(office, null, 2));
    this.cached = office;
    return office;
  }

  /**
   * Whether this data folder was set up on another machine (copied here).
   * A folder from before fingerprints were kept adopts this machine's.
   */
  async copiedFrom(): Promise<string | null> {
    const o = await this.get();
    if (!o) return null;
    if (!o.machine) {
      await this.save({ ...o, machine: this.machine });
      return null;
    }
    return o.machine === this.machine ? null : o.machine;
  }

  /** The person says this is the computer the folder was set up on (renamed, new hardware): adopt this machine's fingerprint. */
  async adoptMachine(): Promise<void> {
    const o = await this.get();
    if (o) await this.save({ ...o, machine: this.machine });
  }

  /**
   * Note a computer of this office that this one replaces (its node id, from a
   * restored backup's clock). Returns whether it was new.
   */
  async notePredecessor(node: string): Promise<boolean> {
    const o = await this.get();
    if (!o) throw new Error('尚未设置办公室。');
    if (!/^[0-9A-F]{16}$/.test(node)) throw new Error('电脑编号不合法。');
    if (node === o.nodeId || o.replaces?.includes(node)) return false;
    await this.save({ ...o, replaces: [...(o.replaces ?? []), node].slice(-16) });
    return true;
  }

  /**
   * Make this installation a new computer of the same office: a new node id
   * and this machine's fingerprint (the caller makes a new key). For a data
   * folder copied from another computer, which keeps the old identity.
   */
  async renew(): Promise<{ office: Office; previous: string }> {
    const o = await this.get();
    if (!o) throw new Error('尚未设置办公室。');
    const office = await this.save({ ...o, nodeId: newNodeId(), machine: this.machine, replaces: undefined });
    return { office, previous: o.nodeId };
  }

  async get(): Promise<Office | null> {
    if (this.cached !== undefined) return this.cached;
    try {
      const raw = JSON.parse(await fsp.readFile(this.paths.officeFile, 'utf8'));
      this.cached = Office.parse(raw);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`办公室信息文件已损坏：${this.paths.officeFile}`);
      this.cached = null;
    }
    return this.cached;
  }

  /**
   * Forget a demo office; a real office is never removed this way. Everything
   * the demo wrote to the data folder (its identity, signing key, exchange
   * state, backups, archive, attachments, exports) is moved aside into
   * `demo-<time>/`, not destroyed: the real office then starts with its own
   * key, bundle numbers from 1 and no backup that would bring the demo back.
   * The caller drops the exchange service's caches (SyncService.forget).
   */
  async leaveDemo(now = Date.now()): Promise<boolean> {
    const office = await this.get();
    if (!office) return false;
    if (!office.demo) throw new Error('这是正式办公室，不能用“结束试用”删除。');
    const aside = path.join(this.paths.dataDir, `demo-${now}`);
    await fsp.mkdir(aside);
    for (const name of DEMO_OWNED) {
      await fsp.rename(path.join(this.paths.dataDir, name), path.join(aside, name)).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
    }
    for (const area of APP_AREAS) await fsp.mkdir(this.paths.area(area), { recursive: true });
    this.cached = null;
    return true;
  }

  /**
   * A new name for the office (a street renamed, a typo at setup). The code,
   * role and node id stay: bundles and HQ know the office by its code and key,
   * and the new name travels in the next bundle's sender.
   */
  async rename(name: string): Promise<Office> {
    const office = await this.get();
    if (!office) throw new Error('尚未设置办公室，不能改名。');
    const renamed: Office = { ...office, name: OfficeName.parse(name) };
    await atomicWrite(this.paths.officeFile, JSON.stringify(renamed, null, 2));
    this.cached = renamed;
    return renamed;
  }

  async setup(input: OfficeSetupInput, now = new Date()): Promise<Office> {
    const existing = await this.get();
    if (existing) throw new Error('本机已经设置过办公室，不能重复设置。');
    const parsed = OfficeSetupInput.parse(input);
    return this.save({ ...parsed, nodeId: newNodeId(), createdAt: now.toISOString(), machine: this.machine });
  }
}
