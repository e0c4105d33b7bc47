import type { Member } from '../../../shared/domain/member';
import type { RefEntry } from '../../../shared/domain/reflist';
import { attendanceId, type Attendance, type StudySession } from '../../../shared/domain/session';
import { childId, type CoSignature, type ProposalRevision, type ProposalStep, type StoredProposal } from '../../../shared/domain/proposal';
import { newId } from '../../../shared/ids';
import { DeskDb } from './db';
import { Repo } from './repo';

/** The app's one database and its repositories: features read and write through these. */
export const db = new DeskDb();

export const repos = {
  members: new Repo<Member>(db, 'members'),
  refLists: new Repo<RefEntry>(db, 'refLists'),
  sessions: new Repo<StudySession>(db, 'sessions'),
  attendance: new Repo<Attendance>(db, 'attendance', (f) => attendanceId(f.sessionId, f.memberId)),
  proposals: new Repo<StoredProposal>(db, 'proposals'),
  // Children of a proposal are keyed under it: one proposal's are one key range.
  proposalRevisions: new Repo<ProposalRevision>(db, 'proposalRevisions', (f) => childId(f.proposalId, newId()), true),
  proposalCoSigners: new Repo<CoSignature>(db, 'proposalCoSigners', (f) => childId(f.proposalId, f.memberId)),
  proposalSteps: new Repo<ProposalStep>(db, 'proposalSteps', (f) => childId(f.proposalId, newId()), true),
};
export type Repos = typeof repos;
