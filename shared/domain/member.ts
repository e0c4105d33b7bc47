import type { SyncMeta } from '../sync/record';

export const GENDERS = ['男', '女'] as const;
export const MEMBER_STATUSES = ['在任', '离任'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** A CPPCC member (委员), fields as in domain.md. Sector, committees and party hold reference-list names. */
export interface Member extends SyncMeta {
  name: string;
  gender: (typeof GENDERS)[number] | '';
  ethnicity: string;
  party: string;
  sector: string;
  committees: string[];
  /** 工作单位及职务 */
  unitAndPost: string;
  phone: string;
  /** 委员编号, printed as a barcode on cards and sign-in sheets. */
  memberNo: string;
  /** 届, e.g. 十届 */
  term: string;
  status: MemberStatus;
  notes: string;
  /** Local, derived: pinyin sort key. */
  sortKey?: string;
}
