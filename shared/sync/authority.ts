import { BundleError } from './container';
import { policyOf } from './policy';
import { MOVED_FROM, type Op } from './record';

/**
 * Authority (docs/sync.md): a signature says who sent a bundle, not what they
 * may change. These are the rules, judged per op from the declarations in
 * policy.ts, in two halves:
 * - `opRefusal`: what an op says by itself (its origin, the node its stamp
 *   names, table, fields, and the values of the fields every table shares), checked in main for every
 *   op before anything is applied;
 * - `ownershipRefusal`: whether the record it writes is the sender's, which
 *   needs the importer's database, checked by the renderer over the whole
 *   bundle before its first chunk is applied.
 * The same rules refuse a local write an office may not make (db/repo.ts),
 * so an office never logs an op that HQ would refuse.
 *
 * HQ may write and relay anything: only an office's bundle (or write) is judged.
 */

/** Who wrote, or sent, the ops being judged. */
export interface Writer {
  office: string;
  role: 'office' | 'hq';
}

/** Field names a record may have: no `__proto__`, no names a person could not have made. */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const OFFICE_CODE = /^[A-Z0-9-]{2,20}$/;
/** Field names already found plain (a bundle has a few dozen distinct names over 100,000 ops). */
const knownField = new Set<string>();

const label = (table: string) => policyOf(table).label;

/** Why `op` may not come from `writer`, judging by the op alone; null when it may. `nodes`: the writer office's computers. */
export function opRefusal(op: Op, writer: Writer, nodes: ReadonlySet<string>): string | null {
  for (const field of Object.keys(op.fields)) {
    if (knownField.has(field)) continue;
    if (!FIELD_NAME.test(field)) return `「${label(op.table)}」的记录里有不合法的字段名「${field.slice(0, 40)}」`;
    if (knownField.size < 4096) knownField.add(field);
  }
  // The tombstone is 0 or 1: any other value (2, true, "1") would hide a record past the mass-delete guard.
  if ('deleted' in op.fields && op.fields.deleted !== 0 && op.fields.deleted !== 1) return `「${label(op.table)}」的删除标记只能是 0 或 1`;
  if ('office' in op.fields && (typeof op.fields.office !== 'string' || !OFFICE_CODE.test(op.fields.office))) {
    return `「${label(op.table)}」的记录所属办公室「${String(op.fields.office).slice(0, 40)}」不是有效的办公室代码`;
  }
  // The stamp's node breaks last-writer-wins ties and says which computer wrote: it is the origin's
  // (decodeOps checked both shapes: a stamp ends in its 16-digit node id), whoever sends or relays it.
  if (!op.stamp.endsWith(op.origin)) return `第 ${op.seq} 号操作的时间戳写的是另一台电脑（${op.stamp.slice(-16)}），不是写下它的电脑（${op.origin}）：时间戳不能冒用别的电脑`;
  if (writer.role === 'hq') return null;
  if (!nodes.has(op.origin)) return `第 ${op.seq} 号操作写明出自另一台电脑（${op.origin}），不是 ${writer.office} 登记的电脑：办公室只能送来本办公室电脑上的修改`;
  const a = policyOf(op.table).authority;
  if (a.writers === 'hq') return `「${label(op.table)}」只能由区政协填写，办公室的数据包不能修改`;
  for (const field of a.hqOnlyFields) if (field in op.fields) return `「${label(op.table)}」的「${field}」只能由区政协填写`;
  const hqPart = a.hqPart?.(op.fields);
  if (hqPart) return `「${label(op.table)}」里${hqPart}只能由区政协填写`;
  if ('office' in op.fields && op.fields.office !== writer.office) return `把「${label(op.table)}」的记录改到了另一个办公室（${String(op.fields.office)}）名下`;
  // Where a record came from makes HQ send it to that office (gather.ts): only HQ moves records.
  if (MOVED_FROM in op.fields) return `「${label(op.table)}」的「${MOVED_FROM}」只能由区政协填写`;
  return null;
}

/**
 * Why `op` may not write the record as the importer holds it (`current`, or
 * undefined when it holds none), when `claimed` says whether an op of the same
 * bundle makes the record the writer's (sets `office`: opRefusal has checked it
 * is the writer's own). Null when it may.
 */
export function ownershipRefusal(op: Op, current: { office?: unknown; name?: unknown } | undefined, claimed: boolean, writer: Writer): string | null {
  if (writer.role === 'hq') return null;
  const p = policyOf(op.table).authority;
  if (p.identity && p.identity.fields.some((f) => f in op.fields) && p.identity.id(op.fields) !== op.id) {
    return `「${label(op.table)}」记录的${p.identity.label}与它的编号不符`;
  }
  if (current) {
    // Making a default entry that is held already changes nothing (apply.ts leaves it out).
    if (p.seeded?.create(op)) return null;
    if (current.office !== writer.office) return `修改了不属于 ${writer.office} 的「${label(op.table)}」记录（属于 ${String(current.office ?? '未知')}）`;
    const hqPart = p.hqPart?.(current as Record<string, unknown>);
    if (hqPart) return `修改了区政协的「${label(op.table)}」记录：${hqPart}`;
    if (p.seeded?.id(op.id)) return `修改了区政协统一的「${label(op.table)}」默认项「${String(current.name)}」`;
    return null;
  }
  // A default entry the importer lacks may be made, with its default values, and nothing more.
  if (p.seeded?.id(op.id) && !p.seeded.create(op)) return `修改了区政协统一的「${label(op.table)}」默认项`;
  return claimed ? null : `修改了本机没有的「${label(op.table)}」记录，数据包里也没有它的来历`;
}

/**
 * Why `op` may not write a record that belongs with another (policy.ts
 * `ownedThrough`: attendance with its member), when the importer holds that
 * record as `parent` (or not at all) and `parentClaimed` says whether an op
 * of the same bundle makes it the writer's. Null when it may.
 */
export function parentRefusal(op: Op, parent: { office?: unknown } | undefined, parentClaimed: boolean, writer: Writer): string | null {
  if (writer.role === 'hq') return null;
  const through = policyOf(op.table).authority.ownedThrough;
  if (!through || through.parentId(op.id) === null) return null;
  if (parent ? parent.office === writer.office : parentClaimed) return null;
  const whose = parent ? `属于 ${String(parent.office ?? '未知')}` : '本机没有这条记录';
  return `「${label(op.table)}」记录属于另一个办公室的「${label(through.table)}」（${whose}）`;
}

/** The refusal of a bundle, naming the table and the rule. */
export function authorityError(sender: string, why: string): BundleError {
  return new BundleError('authority', `${sender} 的数据包超出了它的权限：${why}。整个数据包已拒绝导入，没有任何改动；请与该办公室核实这个文件的来历。`);
}

/** Check every op of an office's bundle by itself (main, before the renderer sees anything). */
export function checkOpsAuthority(chunks: Iterable<Op[] | null>, writer: Writer, nodes: ReadonlySet<string>, senderLabel: string): void {
  for (const ops of chunks) {
    if (!ops) continue;
    for (const op of ops) {
      const why = opRefusal(op, writer, nodes);
      if (why) throw authorityError(senderLabel, why);
    }
  }
}
