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
  /** 出生年月, YYYY-MM. Records made before these fields were kept lack them (read as ''). */
  birthMonth?: string;
  /** 学历 */
  education?: string;
  /** 职称 */
  proTitle?: string;
  /** 联系地址 (the 提案表 prints it). */
  address?: string;
  /** 邮编, six digits. */
  postcode?: string;
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
  birthMonth: '出生年月',
  education: '学历',
  proTitle: '职称',
  address: '联系地址',
  postcode: '邮编',
};

/** The fields offices' rosters carry beyond the core ones (domain.md): optional columns of the list. */
export const EXTRA_MEMBER_FIELDS = ['birthMonth', 'education', 'proTitle', 'address', 'postcode'] as const;
export type ExtraMemberField = (typeof EXTRA_MEMBER_FIELDS)[number];
