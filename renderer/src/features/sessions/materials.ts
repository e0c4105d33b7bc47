import type { SessionMaterial, StudySession } from '../../../../shared/domain/session';
import { safeFileName } from '../../../../shared/files/names';
import { newId } from '../../../../shared/ids';
import { call } from '../../app/api';
import { repos } from '../../db';
import { UserError } from './data';

export const MAX_MATERIAL_BYTES = 200 * 1024 * 1024;

/** A material's file name, safe on every disk (shared/files/names.ts). */
export function sanitiseFileName(name: string): string {
  return safeFileName(name, '材料');
}

/** A name not yet used among the session's materials: 讲稿.docx, 讲稿(2).docx … */
export function uniqueName(name: string, taken: readonly string[]): string {
  if (!taken.includes(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let i = 2; ; i++) {
    const candidate = `${stem}(${i})${ext}`;
    if (!taken.includes(candidate)) return candidate;
  }
}

/** Where a newly attached or copied file is stored: a folder of its own under the session's. */
function materialPath(sessionId: string, name: string): string {
  // Two machines attaching 讲稿.docx to the same session (HQ and the office, before they
  // exchange) never write the same path, and the file keeps its name.
  return `${sessionId}/${newId()}/${name}`;
}

/** A file's size as a clerk reads it: 13 字节, 4.2 KB, 35 KB, 1.5 MB. */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export async function attachMaterial(session: StudySession, file: File): Promise<SessionMaterial> {
  if (file.size > MAX_MATERIAL_BYTES) throw new UserError(`文件太大（超过 200 MB）：${file.name}`);
  if (file.size === 0) throw new UserError(`文件是空的（0 字节），没有添加：${file.name}`);
  const name = uniqueName(sanitiseFileName(file.name), session.materials.map((m) => m.name));
  const path = materialPath(session.id, name);
  const data = new Uint8Array(await file.arrayBuffer());
  await call('files.write', { ref: { area: 'attachments', path }, data });
  const material = { name, path, size: data.byteLength };
  const fresh = await repos.sessions.get(session.id);
  await repos.sessions.update(session.id, { materials: [...(fresh?.materials ?? []), material] });
  return material;
}

export async function openMaterial(m: SessionMaterial): Promise<void> {
  const r = await call('files.open', { ref: { area: 'attachments', path: m.path } });
  if (!r.opened) throw new UserError(`没有能打开“${m.name}”的程序`);
}

/** Drop the material from the session; the file stays on disk (another office may still list it until sync). */
export async function removeMaterial(session: StudySession, m: SessionMaterial): Promise<void> {
  const fresh = await repos.sessions.get(session.id);
  await repos.sessions.update(session.id, { materials: (fresh?.materials ?? []).filter((x) => x.path !== m.path) });
}

/**
 * Give a copied session the original's materials: main copies each file into
 * the new session's folder (the bytes never pass through the page), then the
 * new session lists them in one write. A file missing on this machine (its
 * session came from HQ without it, say) is left out and counted.
 */
export async function copyMaterials(from: StudySession, to: StudySession): Promise<{ copied: number; missing: string[] }> {
  const copied: SessionMaterial[] = [];
  const missing: string[] = [];
  for (const m of from.materials) {
    const path = materialPath(to.id, m.name);
    const r = await call('files.copy', { from: { area: 'attachments', path: m.path }, to: { area: 'attachments', path } });
    if (r.copied) copied.push({ name: m.name, path, size: m.size });
    else missing.push(m.name);
  }
  if (copied.length) {
    const fresh = await repos.sessions.get(to.id);
    await repos.sessions.update(to.id, { materials: [...(fresh?.materials ?? []), ...copied] });
  }
  return { copied: copied.length, missing };
}
