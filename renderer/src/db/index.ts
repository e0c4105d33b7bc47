import type { Member } from '../../../shared/domain/member';
import type { RefEntry } from '../../../shared/domain/reflist';
import { attendanceId, type Attendance, type StudySession } from '../../../shared/domain/session';
import { historyId, type Campaign, type Suggestion, type SuggestionChange } from '../../../shared/domain/suggestion';
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
  campaigns: new Repo<Campaign>(db, 'campaigns'),
  suggestions: new Repo<Suggestion>(db, 'suggestions'),
  suggestionHistory: new Repo<SuggestionChange>(db, 'suggestionHistory', (f) => historyId(f.suggestionId, newId())),
};
export type Repos = typeof repos;
