import { demoMembers, DEMO_SEED } from './generator';
import { Rng } from './random';
import { demoTexts, type Text } from './texts';

/**
 * The data sets of docs/performance.md, generated deterministically from a
 * seed: `office` (one street office, five years) and `hq` (ten offices).
 * `tiny` is for the bench's own smoke test. Each part has its own sub-seed, so
 * asking for suggestions does not change the members and vice versa.
 */
export const DATASET_SIZES = {
  tiny: { offices: 1, members: 40, sessions: 12, attendance: 300, suggestions: 120, proposals: 20, revisions: 60, bundle: 600 },
  office: { offices: 1, members: 300, sessions: 300, attendance: 9_000, suggestions: 2_000, proposals: 400, revisions: 2_000, bundle: 20_000 },
  hq: { offices: 10, members: 3_000, sessions: 2_000, attendance: 150_000, suggestions: 50_000, proposals: 8_000, revisions: 40_000, bundle: 100_000 },
} as const;
export type DatasetSize = keyof typeof DATASET_SIZES;

/** Five years of sessions, ending in the year before the bench's fixed "now". */
const FIRST_YEAR = 2021;
const YEARS = 5;

const OFFICE_NAMES = ['西林', '南大街', '新闸', '荷花池', '五星', '永红', '北港', '邹区', '卜弋', '开发区'];
const SESSION_KINDS = ['学习会', '集中培训', '专题研讨', '视察', '调研', '协商议事'];
const ATTENDANCE = ['出席', '出席', '出席', '出席', '出席', '出席', '迟到', '请假', '缺席'] as const;

export interface DatasetOffice {
  code: string;
  name: string;
}

export function datasetOffices(size: DatasetSize): DatasetOffice[] {
  return OFFICE_NAMES.slice(0, DATASET_SIZES[size].offices).map((n, i) => ({
    code: `ZL-${String(i + 1).padStart(2, '0')}`,
    name: `${n}街道政协工委`,
  }));
}

/** Members spread evenly over the offices; member numbers stay unique across offices. */
export function datasetMembers(size: DatasetSize, seed = DEMO_SEED) {
  const offices = datasetOffices(size);
  return demoMembers(DATASET_SIZES[size].members, seed).map((m, i) => ({ ...m, office: offices[i % offices.length].code }));
}

export interface DatasetSession {
  office: string;
  title: string;
  kind: string;
  date: string;
  place: string;
}

export function datasetSessions(size: DatasetSize, seed = DEMO_SEED): DatasetSession[] {
  const rng = new Rng(seed + 1);
  const offices = datasetOffices(size);
  const n = DATASET_SIZES[size].sessions;
  return Array.from({ length: n }, (_, i) => {
    const year = FIRST_YEAR + Math.floor((i * YEARS) / n);
    const month = String(rng.int(1, 12)).padStart(2, '0');
    const day = String(rng.int(1, 28)).padStart(2, '0');
    const kind = rng.pick(SESSION_KINDS);
    return { office: offices[i % offices.length].code, title: `${year}年第${(i % 60) + 1}次${kind}`, kind, date: `${year}-${month}-${day}`, place: '区政协会议室' };
  });
}

export interface DatasetAttendance {
  session: number;
  member: number;
  status: (typeof ATTENDANCE)[number];
}

/** Attendance rows: each session gets an even share, members drawn from the session's office. */
export function datasetAttendance(size: DatasetSize, seed = DEMO_SEED): DatasetAttendance[] {
  const rng = new Rng(seed + 2);
  const { sessions, attendance, members, offices } = DATASET_SIZES[size];
  const perOffice = Math.floor(members / offices);
  const out: DatasetAttendance[] = [];
  for (let i = 0; i < attendance; i++) {
    const session = i % sessions;
    const office = session % offices;
    out.push({ session, member: office + offices * rng.int(0, perOffice - 1), status: rng.pick(ATTENDANCE) });
  }
  return out;
}

export interface DatasetText extends Text {
  office: string;
  /** Index of the member who wrote it. */
  member: number;
  year: number;
}

function texts(size: DatasetSize, count: number, seed: number): DatasetText[] {
  const rng = new Rng(seed);
  const offices = datasetOffices(size);
  const members = DATASET_SIZES[size].members;
  return demoTexts(rng, count).map((t, i) => ({
    ...t,
    office: offices[i % offices.length].code,
    member: rng.int(0, members - 1),
    year: FIRST_YEAR + Math.floor((i * YEARS) / count),
  }));
}

/** 社情民意 suggestions, with near-duplicates. */
export function datasetSuggestions(size: DatasetSize, seed = DEMO_SEED): DatasetText[] {
  return texts(size, DATASET_SIZES[size].suggestions, seed + 3);
}

/** 提案 proposals, with near-duplicates. */
export function datasetProposals(size: DatasetSize, seed = DEMO_SEED): DatasetText[] {
  return texts(size, DATASET_SIZES[size].proposals, seed + 4);
}

export interface DatasetRevision {
  proposal: number;
  rev: number;
  body: string;
}

/** Revisions of proposals: each revision rewrites part of the previous text. */
export function datasetRevisions(size: DatasetSize, seed = DEMO_SEED): DatasetRevision[] {
  const rng = new Rng(seed + 5);
  const proposals = datasetProposals(size, seed);
  const { revisions } = DATASET_SIZES[size];
  const revCount = new Map<number, number>();
  const out: DatasetRevision[] = [];
  for (let i = 0; i < revisions; i++) {
    const p = i % proposals.length;
    const rev = (revCount.get(p) ?? 0) + 1;
    revCount.set(p, rev);
    const body = proposals[p].body.replace(/。/, `（第${rev}稿修改：${rng.pick(['补充数据', '调整措辞', '增加调研情况', '压缩篇幅'])}）。`);
    out.push({ proposal: p, rev, body });
  }
  return out;
}
