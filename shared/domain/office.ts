import { z } from 'zod';

/** 工委 = a street working committee's office; hq = 区政协机关. */
export const OfficeRole = z.enum(['office', 'hq']);
export type OfficeRole = z.infer<typeof OfficeRole>;

export const OFFICE_ROLE_LABELS: Record<OfficeRole, string> = {
  office: '街道政协工委',
  hq: '区政协机关',
};

/** What a person types at setup. Messages are shown as they are, so they say what to fix. */
export const OfficeName = z
  .string()
  .trim()
  .min(2, '办公室名称至少 2 个字')
  .max(40, '办公室名称不能超过 40 个字');

export const OfficeSetupInput = z.object({
  name: OfficeName,
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{2,20}$/, '办公室代码只能用 2 到 20 位字母、数字或短横线，例如 ZL-NDJ')
    .transform((s) => s.toUpperCase()),
  role: OfficeRole,
  demo: z.boolean().default(false),
});
export type OfficeSetupInput = z.input<typeof OfficeSetupInput>;

/** A new name for the office after setup; the code stays (bundles and HQ know the office by it). */
export const OfficeRename = z.object({ name: OfficeName });

export const Office = z.object({
  name: z.string(),
  code: z.string(),
  role: OfficeRole,
  demo: z.boolean(),
  /** This installation's node id: the tail of every stamp it issues. */
  nodeId: z.string().regex(/^[0-9A-F]{16}$/),
  createdAt: z.string(),
  /**
   * The computers of this office this one replaces (their node ids): learned
   * from a restored backup's clock. Their ops travel on in this computer's
   * bundles under their own origin, and its bundles name them to HQ.
   */
  replaces: z.array(z.string().regex(/^[0-9A-F]{16}$/)).max(16).optional(),
  /**
   * The machine this data folder was set up on (electron/services/machine.ts):
   * a data folder copied to another computer is caught at start-up by it.
   */
  machine: z.string().max(128).optional(),
});
export type Office = z.infer<typeof Office>;
