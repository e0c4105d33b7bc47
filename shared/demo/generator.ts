import { DEFAULT_REF_LISTS, defaultRefId, REF_LIST_KINDS, type RefEntry } from '../domain/reflist';
import type { Member } from '../domain/member';
import type { Fields } from '../sync/record';
import { mobilePhone, personName, unitAndPost } from './names';
import { Rng } from './random';

/** Data set sizes from docs/performance.md; each capability extends the generator with its own records. */
export const DEMO_SIZES = {
  demo: { members: 300 },
  office: { members: 300 },
  hq: { members: 3000 },
} as const;
export type DemoSize = keyof typeof DEMO_SIZES;

export const DEMO_SEED = 20200101;

const ETHNICITIES = ['汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '回族', '满族', '壮族', '蒙古族'];

export function demoRefLists(): Fields<RefEntry>[] {
  return REF_LIST_KINDS.flatMap((kind) => DEFAULT_REF_LISTS[kind].map((name, order) => ({ kind, name, order })));
}

/** The default lists with their shared ids (see defaultRefId), as every new office starts. */
export function defaultRefEntries(): Array<{ id: string; fields: Fields<RefEntry> }> {
  return demoRefLists().map((fields) => ({ id: defaultRefId(fields.kind, fields.name), fields }));
}

function partyFor(sector: string, rng: Rng): string {
  const parties = DEFAULT_REF_LISTS.party;
  if (parties.includes(sector)) return sector;
  return rng.chance(0.45) ? '中共' : rng.chance(0.5) ? '无党派' : '群众';
}

export function demoMembers(count: number, seed = DEMO_SEED): Fields<Member>[] {
  const rng = new Rng(seed);
  const members: Fields<Member>[] = [];
  const committees = DEFAULT_REF_LISTS.committee;
  for (let i = 0; i < count; i++) {
    const sector = rng.pick(DEFAULT_REF_LISTS.sector);
    // A few members sit in no committee, so the 全员入委 check has something to show.
    const inCommittees = rng.chance(0.04) ? [] : rng.sample(committees, rng.chance(0.2) ? 2 : 1);
    members.push({
      name: personName(rng),
      gender: rng.chance(0.58) ? '男' : '女',
      ethnicity: rng.pick(ETHNICITIES),
      party: partyFor(sector, rng),
      sector,
      committees: inCommittees,
      unitAndPost: unitAndPost(rng),
      phone: mobilePhone(rng),
      memberNo: `10${String(i + 1).padStart(4, '0')}`,
      term: '十届',
      status: rng.chance(0.06) ? '离任' : '在任',
      notes: '',
    });
  }
  return members;
}
