import { DeskDb } from './db';
import { makeRepos } from './repos';

/** The app's one database and its repositories: features read and write through these. */
export const db = new DeskDb();

export const repos = makeRepos(db);
export type Repos = typeof repos;
