import { localDate } from '../../../../shared/attendance/time';
import type { CoSignature, StoredProposal } from '../../../../shared/domain/proposal';
import { adoptionsOf, instructionsOf, type Report, type ReportAttachment } from '../../../../shared/domain/report';
import { newId } from '../../../../shared/ids';
import { reportFromProposal } from '../../../../shared/reports/fromProposal';
import {
  checkAdoption, checkInstruction, checkReport, type AdoptionField, type AdoptionInput, type InstructionField, type InstructionInput, type ReportField, type ReportInput,
} from '../../../../shared/reports/validate';
import type { Fields } from '../../../../shared/sync/record';
import { call } from '../../app/api';
import { repos } from '../../db';
import { MAX_MATERIAL_BYTES, sanitiseFileName, uniqueName } from '../sessions/materials';
import { UserError } from '../sessions/data';

/** Writes of 社情民意, through the repositories; the rules are in shared/reports. */

export { UserError };

export class FieldErrors<F extends string> extends Error {
  constructor(readonly errors: Partial<Record<F, string>>) {
    super(Object.values(errors)[0] as string);
  }
}

const today = () => localDate(new Date());

/** Save a new report (or an edit of one); refused as a whole, with a message per field. Returns it and any advice. */
export async function saveReport(input: ReportInput, id?: string): Promise<{ saved: Report; warnings: string[] }> {
  const r = checkReport(input, today());
  if (!r.ok) throw new FieldErrors<ReportField>(r.errors);
  if (id) {
    const cur = await repos.reports.get(id);
    if (!cur || cur.deleted) throw new UserError('找不到这篇社情民意');
    const why = repos.reports.whyReadOnly(cur);
    if (why) throw new UserError(why);
    return { saved: await repos.reports.update(id, r.value), warnings: r.warnings };
  }
  // HQ's fields are left out: an office's bundle never carries them (shared/sync/policy.ts).
  const saved = await repos.reports.create({ ...r.value, attachments: [], origin: null } as Fields<Report>);
  return { saved, warnings: r.warnings };
}

export async function deleteReport(id: string): Promise<void> {
  await repos.reports.remove(id);
}

async function live(id: string): Promise<Report> {
  const r = await repos.reports.get(id);
  if (!r || r.deleted) throw new UserError('找不到这篇社情民意');
  return r;
}

/** HQ records an adoption (采用) of a report. */
export async function addAdoption(id: string, input: AdoptionInput, by: string): Promise<Report> {
  const r = await live(id);
  const c = checkAdoption(input, r, today(), by);
  if (!c.ok) throw new FieldErrors<AdoptionField>(c.errors);
  return repos.reports.update(id, { adoptions: [...adoptionsOf(r), c.value] });
}

export async function removeAdoption(id: string, index: number): Promise<Report> {
  const r = await live(id);
  return repos.reports.update(id, { adoptions: adoptionsOf(r).filter((_, i) => i !== index) });
}

/** HQ records a leader's 批示. */
export async function addInstruction(id: string, input: InstructionInput, by: string): Promise<Report> {
  const r = await live(id);
  const c = checkInstruction(input, r, today(), by);
  if (!c.ok) throw new FieldErrors<InstructionField>(c.errors);
  return repos.reports.update(id, { instructions: [...instructionsOf(r), c.value] });
}

export async function removeInstruction(id: string, index: number): Promise<Report> {
  const r = await live(id);
  return repos.reports.update(id, { instructions: instructionsOf(r).filter((_, i) => i !== index) });
}

/** Attach a file (a photo, a scan): stored by main in the attachments area; it travels with the report's bundle. */
export async function attachToReport(id: string, file: File): Promise<ReportAttachment> {
  if (file.size > MAX_MATERIAL_BYTES) throw new UserError(`文件太大（超过 200 MB）：${file.name}`);
  if (file.size === 0) throw new UserError(`文件是空的（0 字节），没有添加：${file.name}`);
  const r = await live(id);
  const name = uniqueName(sanitiseFileName(file.name), r.attachments.map((a) => a.name));
  const path = `reports/${id}/${newId()}/${name}`;
  const data = new Uint8Array(await file.arrayBuffer());
  await call('files.write', { ref: { area: 'attachments', path }, data });
  const att = { name, path, size: data.byteLength };
  const fresh = await live(id);
  await repos.reports.update(id, { attachments: [...fresh.attachments, att] });
  return att;
}

export async function removeAttachment(id: string, path: string): Promise<void> {
  const r = await live(id);
  await repos.reports.update(id, { attachments: r.attachments.filter((a) => a.path !== path) });
}

/**
 * A proposal not accepted and turned 转社情民意 becomes a report of its office,
 * linked to it. Called inside the proposal's move transaction (features/proposals
 * applyMove, which includes 'reports' and 'members'), so both are written or neither.
 * A proposal already turned once makes no second report.
 */
export async function reportForProposal(p: StoredProposal, coSigners: readonly CoSignature[]): Promise<Report | null> {
  const had = await repos.reports.read.filter((r) => r.deleted === 0 && r.origin?.id === p.id).first();
  if (had) return null;
  const ids = [p.leadMemberId, ...coSigners.map((c) => c.memberId)].filter(Boolean);
  const members = await repos.members.read.bulkGet(ids);
  const names = new Map(members.filter((m) => !!m).map((m) => [m!.id, m!.name]));
  return repos.reports.create(reportFromProposal(p, coSigners, names, today()));
}
