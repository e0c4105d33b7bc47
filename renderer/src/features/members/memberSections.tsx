import type { ComponentType } from 'react';
import { Typography } from '@mui/material';
import type { Member } from '../../../../shared/domain/member';
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

function Later({ what }: { what: string }) {
  return <Typography color="text.secondary">{what}将在相应功能完成后显示在这里。</Typography>;
}

export const MEMBER_SECTIONS: MemberSection[] = [
  { key: 'attendance', title: '学习活动出席', Component: MemberAttendanceHistory },
  { key: 'suggestions', title: '献一计建议', Component: MemberSuggestions },
  { key: 'proposals', title: '提案', Component: () => <Later what="这位委员领衔和联名的提案" /> },
];
