import { v5 as uuidv5 } from 'uuid';
import type { SyncMeta } from '../sync/record';

/** The reference lists an office edits (domain.md, Reference lists). */
export const REF_LIST_KINDS = ['sector', 'committee', 'party', 'unit', 'suggestionCategory', 'proposalCategory', 'consultationCategory'] as const;
export type RefListKind = (typeof REF_LIST_KINDS)[number];

export const REF_LIST_LABELS: Record<RefListKind, string> = {
  sector: '界别',
  committee: '专委会',
  party: '党派',
  unit: '承办单位',
  suggestionCategory: '献一计类别',
  proposalCategory: '提案类别',
  consultationCategory: '协商议题类别',
};

export interface RefEntry extends SyncMeta {
  kind: RefListKind;
  name: string;
  /** Position in the list as shown. */
  order: number;
}

export const DEFAULT_REF_LISTS: Record<RefListKind, readonly string[]> = {
  sector: [
    '中共', '民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '无党派', '共青团', '工会', '妇联',
    '工商联', '科协', '侨联', '台联', '文化艺术', '科技', '社科', '经济', '农业', '教育', '体育', '医药卫生',
    '社会福利和社会保障', '少数民族和宗教', '特邀',
  ],
  committee: ['提案委员会', '经济科技委员会', '社会法制委员会', '教文卫体委员会', '学习与文史委员会', '港澳台侨民族宗教委员会'],
  party: ['中共', '民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '无党派', '群众'],
  unit: [
    '区发展和改革局', '区教育局', '区民政局', '区财政局', '区人力资源和社会保障局', '区住房和城乡建设局',
    '区交通运输局', '区卫生健康委员会', '区市场监督管理局', '区应急管理局', '区城市管理局', '区生态环境局',
    '区商务局', '区工业和信息化局', '区公安分局交警大队',
  ],
  suggestionCategory: [
    '工业升级', '西进突破', '商圈振兴', '管理示范', '服务增效', '老小区整治', '停车难', '养老服务', '交通安全',
    '食品安全', '安全生产', '生态文明', '城市治理', '教育优质均衡', '居民就业', '其他',
  ],
  proposalCategory: ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设'],
  // The seed's livelihood topics (shared/domain/consultation.ts LIVELIHOOD_TOPICS).
  consultationCategory: ['老小区整治', '停车难', '养老服务', '交通安全', '食品安全', '安全生产', '生态文明', '城市治理', '教育优质均衡', '居民就业', '其他'],
};

/** Namespace of the ids of default entries (a fixed random UUID). */
const DEFAULT_ENTRY_NAMESPACE = 'a3d5c1e2-7b4f-4e59-9c1a-5f0e2d8b6c47';

/**
 * A default entry (domain.md) has the same id at every office and at HQ, so
 * when lists travel, 中共 made at setup here and 中共 made at HQ merge into one
 * record instead of showing twice. Entries a person adds get ordinary ids.
 */
export function defaultRefId(kind: RefListKind, name: string): string {
  return uuidv5(`${kind}:${name}`, DEFAULT_ENTRY_NAMESPACE);
}
