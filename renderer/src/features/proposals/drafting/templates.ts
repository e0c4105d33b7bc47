import type { DraftFields, ProposerKind } from '../../../../../shared/domain/proposal';

/** The templates a draft starts from: a blank individual proposal, a joint one, a sector's. */
export interface Template {
  id: string;
  label: string;
  kind: ProposerKind;
  hint: string;
}

export const TEMPLATES: Template[] = [
  { id: 'individual', label: '委员个人提案', kind: 'individual', hint: '一位委员提出；选择第一提案人即可提交。' },
  { id: 'joint', label: '联名提案', kind: 'joint', hint: '第一提案人和联名委员共同提出；至少一位联名人签名后才能提交。' },
  { id: 'sector', label: '界别提案', kind: 'sector', hint: '以界别名义提出；填写界别名称作为提案单位。' },
];

export function draftFromTemplate(t: Template, plenary: string, category = ''): DraftFields {
  return {
    title: '', plenary, kind: t.kind, leadMemberId: '', proposerName: '', category, situation: '', analysis: '', measures: '', contact: '',
  };
}
