import { ruleRecordId, SETTINGS_RECORD_ID, type DutyActivity, type DutyRuleRow } from '../../../shared/domain/duty';
import type { Member } from '../../../shared/domain/member';
import type { Report } from '../../../shared/domain/report';
import type { RefEntry } from '../../../shared/domain/reflist';
import { attendanceId, type Attendance, type StudySession } from '../../../shared/domain/session';
import { childId, type CoSignature, type ProposalRevision, type ProposalStep, type StoredProposal } from '../../../shared/domain/proposal';
import { historyId, type Campaign, type Suggestion, type SuggestionChange } from '../../../shared/domain/suggestion';
import { measureId, type ConsultMeeting, type ConsultTopic, type Measure, type Supervision } from '../../../shared/domain/consultation';
import { newId } from '../../../shared/ids';
import type { Fields } from '../../../shared/sync/record';
import type { DeskDb } from './db';
import { Repo } from './repo';

/**
 * Attendance belongs to the office of its member (shared/sync/policy.ts
 * `ownedThrough`), wherever it is recorded: HQ closing its own session, or
 * signing in an office's member, makes that office's record, which HQ then
 * sends it. Made as HQ's (or as the office HQ's filter shows), it would never
 * reach the office, and the office's own record of the same (session, member)
 * pair would be refused at HQ, stopping every later bundle of the office.
 * Callers inside a transaction include 'members' in it.
 */
class AttendanceRepo extends Repo<Attendance> {
  constructor(db: DeskDb) {
    super(db, 'attendance', (f) => attendanceId(f.sessionId, f.memberId));
  }

  override async bulkCreate(rows: Fields<Attendance>[]): Promise<Attendance[]> {
    const ids = [...new Set(rows.filter((r) => !r.office).map((r) => r.memberId))];
    const found = ids.length ? await this.db.synced<Member>('members').bulkGet(ids) : [];
    const officeOf = new Map(ids.map((id, i) => [id, found[i]?.office]));
    return super.bulkCreate(rows.map((r) => (r.office || !officeOf.get(r.memberId) ? r : { ...r, office: officeOf.get(r.memberId) })));
  }
}

/** The repositories of one database: features read and write through these (db/index.ts: the app's). */
export function makeRepos(db: DeskDb) {
  return {
    members: new Repo<Member>(db, 'members'),
    refLists: new Repo<RefEntry>(db, 'refLists'),
    sessions: new Repo<StudySession>(db, 'sessions'),
    attendance: new AttendanceRepo(db),
    campaigns: new Repo<Campaign>(db, 'campaigns'),
    suggestions: new Repo<Suggestion>(db, 'suggestions'),
    suggestionHistory: new Repo<SuggestionChange>(db, 'suggestionHistory', (f) => historyId(f.suggestionId, newId())),
    proposals: new Repo<StoredProposal>(db, 'proposals'),
    // Children of a proposal are keyed under it: one proposal's are one key range.
    proposalRevisions: new Repo<ProposalRevision>(db, 'proposalRevisions', (f) => childId(f.proposalId, newId()), true),
    proposalCoSigners: new Repo<CoSignature>(db, 'proposalCoSigners', (f) => childId(f.proposalId, f.memberId)),
    proposalSteps: new Repo<ProposalStep>(db, 'proposalSteps', (f) => childId(f.proposalId, newId()), true),
    consultTopics: new Repo<ConsultTopic>(db, 'consultTopics'),
    consultMeetings: new Repo<ConsultMeeting>(db, 'consultMeetings'),
    supervisions: new Repo<Supervision>(db, 'supervisions'),
    // A meeting's (or supervision item's) measures are one key range under it.
    consultMeasures: new Repo<Measure>(db, 'consultMeasures', (f) => measureId(f.parentId, newId()), true),
    reports: new Repo<Report>(db, 'reports'),
    dutyActivities: new Repo<DutyActivity>(db, 'dutyActivities'),
    // HQ's rule table: one row per rule key (`rule~<key>`) and one `settings` row (shared/domain/duty.ts).
    dutyRules: new Repo<DutyRuleRow>(db, 'dutyRules', (f) => ((f as { kind: string }).kind === 'rule' ? ruleRecordId((f as unknown as { key: string }).key) : SETTINGS_RECORD_ID)),
  };
}
