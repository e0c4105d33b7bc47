import { z } from 'zod';
import { Office, OfficeRename, OfficeSetupInput } from '../domain/office';

export const HostKind = z.enum(['electron', 'browser']);

export const AppInfo = z.object({
  version: z.string(),
  host: HostKind,
  platform: z.string(),
  dataDir: z.string(),
  office: Office.nullable(),
  /** The host was started with --demo: open the demo office without asking. */
  demoRequested: z.boolean(),
  /**
   * This data folder was set up on another machine (office.json's machine fingerprint is
   * not this one's): a copied folder, to be set up as a new computer before anything is written.
   */
  copiedFrom: z.string().nullable().default(null),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appContract = {
  'app.info': { args: z.object({}), result: AppInfo },
  'app.setup': { args: OfficeSetupInput, result: Office },
  /** Change the office's name; its code, role and node id stay. */
  'app.renameOffice': { args: OfficeRename, result: Office },
  /** Leave the demo office: forget its identity so a real office can be set up. Refused for a real office. */
  'app.leaveDemo': { args: z.object({}), result: z.object({ left: z.boolean() }) },
  /** This is the same computer after all (renamed, or its hardware changed): keep the identity, adopt this machine's fingerprint. */
  'app.sameComputer': { args: z.object({}), result: z.object({}) },
} as const;
