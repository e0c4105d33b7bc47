import type { ComponentType } from 'react';
import type { Member } from '../../../../shared/domain/member';
import { MemberDutySection } from '../duty/MemberDutyPage';
import { MemberProposals } from '../proposals/MemberProposals';
import { MemberAttendanceHistory } from '../sessions/MemberAttendanceHistory';
import { MemberSuggestions } from '../suggestions/MemberSuggestions';

/**
 * The sections of a member's page below their details. Each capability puts
 * its own component here (attendance, suggestions, proposals, duty record),
 * replacing its placeholder line: `{ key, title, Component }`.
 */
export interface MemberSection {
  key: string;
  title: string;
  Component: ComponentType<{ member: Member }>;
}

export const MEMBER_SECTIONS: MemberSection[] = [
  { key: 'duty', title: '履职档案', Component: MemberDutySection },
  { key: 'attendance', title: '学习活动出席', Component: MemberAttendanceHistory },
  { key: 'suggestions', title: '献一计建议', Component: MemberSuggestions },
  { key: 'proposals', title: '提案', Component: MemberProposals },
];
