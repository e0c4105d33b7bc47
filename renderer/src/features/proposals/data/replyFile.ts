import { newId } from '../../../../../shared/ids';
import { call } from '../../../app/api';
import { MAX_MATERIAL_BYTES, sanitiseFileName } from '../../sessions/materials';
import { UserError } from './proposals';

/**
 * Store a reply document (答复件) in the attachments area, in a folder of its
 * own under the proposal; the reply names it, and bundles carry it
 * (shared/sync/policy.ts, proposals.attachments).
 */
export async function storeReplyFile(proposalId: string, file: File): Promise<{ fileName: string; path: string; size: number }> {
  if (file.size > MAX_MATERIAL_BYTES) throw new UserError(`文件太大（超过 200 MB）：${file.name}`);
  if (file.size === 0) throw new UserError(`文件是空的（0 字节），没有添加：${file.name}`);
  const fileName = sanitiseFileName(file.name);
  const path = `proposals/${proposalId}/${newId()}/${fileName}`;
  const data = new Uint8Array(await file.arrayBuffer());
  await call('files.write', { ref: { area: 'attachments', path }, data });
  return { fileName, path, size: data.byteLength };
}

export async function openReplyFile(path: string, name: string): Promise<void> {
  const r = await call('files.open', { ref: { area: 'attachments', path } });
  if (!r.opened) throw new UserError(`没有能打开“${name}”的程序`);
}
