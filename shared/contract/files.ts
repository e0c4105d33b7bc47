import { z } from 'zod';

/** Folders under the app's data folder that the renderer may name. */
export const AppArea = z.enum(['attachments', 'exports', 'backups', 'archive', 'pdf']);
export type AppArea = z.infer<typeof AppArea>;

/** A relative path: no drive letters, no leading slash, no `..` segments, no NUL. */
export const RelPath = z
  .string()
  .min(1)
  .max(260)
  .refine(
    (p) => !/^([a-zA-Z]:|[\\/])/.test(p) && !p.split(/[\\/]/).some((s) => s === '..' || s === '') && !p.includes('\0'),
    '文件路径不合法：只能是所选文件夹内的相对路径',
  );

/**
 * Where a file lives: one of the app's areas, or a folder the person picked in a
 * dialog this session (main keeps the list; any other folder is refused).
 */
export const FileRef = z.union([
  z.object({ area: AppArea, path: RelPath }),
  z.object({ picked: z.string().min(1), path: RelPath }),
]);
export type FileRef = z.infer<typeof FileRef>;

export const Bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, "应为二进制数据");

export const filesContract = {
  /**
   * Write a file. With `keepExisting`, an existing file of that name is kept and the new one is numbered
   * (出勤统计（2）.xlsx); `name` is the name actually written.
   */
  'files.write': {
    args: z.object({ ref: FileRef, data: Bytes, keepExisting: z.boolean().optional() }),
    result: z.object({ path: z.string(), size: z.number(), name: z.string() }),
  },
  'files.read': { args: z.object({ ref: FileRef }), result: z.object({ data: Bytes }) },
  'files.list': {
    args: z.object({ ref: z.union([z.object({ area: AppArea }), z.object({ picked: z.string().min(1) })]) }),
    result: z.array(z.object({ name: z.string(), size: z.number(), modified: z.string() })),
  },
  'files.remove': { args: z.object({ ref: FileRef }), result: z.object({ removed: z.boolean() }) },
  /** Copy inside the allowed folders; `copied` is false when the source does not exist. */
  'files.copy': { args: z.object({ from: FileRef, to: FileRef }), result: z.object({ copied: z.boolean() }) },
  'files.open': { args: z.object({ ref: FileRef }), result: z.object({ opened: z.boolean() }) },
  /** Ask the person for a folder; the dialog opens where they picked one last time (main remembers it). */
  'dialog.pickFolder': {
    args: z.object({ title: z.string().max(100) }),
    result: z.object({ picked: z.string() }).nullable(),
  },
} as const;
