import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';

/**
 * A fingerprint of the machine a data folder runs on: host name, platform and
 * /etc/machine-id (or the dbus one) where present, hashed. Kept in office.json
 * beside the node id, so a data folder copied to another computer (two
 * machines with one node id and key) is caught at start-up. Not a secret and
 * not proof of anything: a renamed PC reads as another machine, which only
 * asks the clerk a question. `CD_MACHINE_ID` overrides it (tests, and a PC
 * whose name changes by policy).
 */
export function machineFingerprint(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CD_MACHINE_ID) return env.CD_MACHINE_ID.slice(0, 128);
  let id = '';
  for (const file of ['/etc/machine-id', '/var/lib/dbus/machine-id']) {
    try {
      id = readFileSync(file, 'utf8').trim();
      if (id) break;
    } catch {
      // not on this platform
    }
  }
  return createHash('sha256').update(`${os.hostname()}\n${process.platform}\n${id}`).digest('hex').slice(0, 32);
}
