import type { PrintKind } from '../../../../shared/print/jobs';
import { agendaTemplate } from './Agenda';
import { attendanceReportTemplate } from './AttendanceReport';
import { compilationTemplate } from './Compilation';
import { consultationListTemplate } from './ConsultationList';
import { dutyBulletinTemplate, dutyRecordTemplate, reportSheetTemplate } from './DutyPages';
import { formalTemplate } from './Formal';
import { proposalListTemplate } from './ProposalList';
import { proposalReplyTemplate } from './ProposalReply';
import { proposalSheetTemplate } from './ProposalSheet';
import { rosterTemplate } from './Roster';
import { signInTemplate } from './SignInSheet';
import { awardListTemplate, suggestionFiguresTemplate } from './SuggestionPages';
import { tentsTemplate } from './TableTents';
import type { PrintTemplate } from './types';

/** Every document kind has a template; a kind added to shared/print/jobs.ts without one is a type error here. */
export const TEMPLATES: { [K in PrintKind]: PrintTemplate<K> } = {
  signin: signInTemplate,
  agenda: agendaTemplate,
  tents: tentsTemplate,
  roster: rosterTemplate,
  formal: formalTemplate,
  attendance: attendanceReportTemplate,
  proposal: proposalSheetTemplate,
  proposalReply: proposalReplyTemplate,
  proposalList: proposalListTemplate,
  compilation: compilationTemplate,
  suggestionFigures: suggestionFiguresTemplate,
  awardList: awardListTemplate,
  consultationList: consultationListTemplate,
  report: reportSheetTemplate,
  dutyRecord: dutyRecordTemplate,
  dutyBulletin: dutyBulletinTemplate,
};
