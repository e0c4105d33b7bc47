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

/** The fields a person sees, with their Chinese labels (roster, member page, import, export). */
export const MEMBER_FIELD_LABELS: Record<keyof Omit<Member, 'id' | 'office' | 'deleted' | '_stamps' | '_rev' | 'sortKey'>, string> = {
  name: '姓名',
  gender: '性别',
  ethnicity: '民族',
  party: '党派',
  sector: '界别',
  committees: '专委会',
  unitAndPost: '工作单位及职务',
  phone: '联系电话',
  memberNo: '委员编号',
  term: '届别',
  status: '状态',
  notes: '备注',
};
