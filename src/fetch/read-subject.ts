import type { Subject } from '../types.js';
import type { Client } from './client.js';
import { getProfiles } from './get-profiles.js';
import { getPrFiles } from './get-pr-files.js';
import { getPublicEvents, type PublicEvent } from './get-public-events.js';
import { runQuery } from './graphql-query.js';
import type { AuthorData } from './profile-part.js';
import { readThread, threadPart, type Thread } from './thread-part.js';
import { readUnreadComments } from './read-unread-comments.js';
import { settle, type Settled } from './settle.js';

// Everything a triage needs, read in one round trip where GitHub allows it.
export interface SubjectData {
  author: AuthorData;
  thread: Thread | null;
  threadFailure: string | null;
  files?: { paths: string[] | null; failure: string | null };
  // The public events feed no signal, so nothing waits for them but what shows them (summary, report).
  events: Promise<Settled<PublicEvent[]>>;
}

export interface SubjectReadOptions {
  since: Date; // where the history window starts
  labels: string[]; // the action's labels, whose node ids the writes need
  markers: string[]; // what makes a comment of ours
  postMerge: boolean; // after a merge only the profile and the thread matter
}

// The GraphQL reads (profile, history counts, first-time check; labels and our comments) go out at the same
// moment as the REST reads it cannot replace (public events, the PR's files). Only a history longer than one
// page waits for a second round trip, because search pages follow cursors.
export async function readSubject(client: Client, subject: Subject, options: SubjectReadOptions): Promise<SubjectData> {
  const { since, labels, markers, postMerge } = options;
  const login = subject.author.login;
  const request = {
    login,
    firstTime: { repo: subject.repo, kind: subject.kind, before: (postMerge ? subject.mergedAt : null) ?? subject.createdAt },
  };
  // Two queries, sent together: GitHub nulls a whole answer when one search in it is refused (an author it
  // cannot search), and the thread must stay readable for the writes whatever happens to the profile.
  const profile = getProfiles(client, 'Profile', [request], since);
  const threadQuery = runQuery(client, 'Thread', [threadPart('t', subject.repo, [subject.number], labels)]);
  // After a merge: no sparkline, no workflow-files signal.
  const events = postMerge ? Promise.resolve({ value: null, failure: null }) : settle(getPublicEvents(client, login, since));
  const files = subject.kind === 'pr' && !postMerge ? settle(getPrFiles(client, subject.repo, subject.number, subject.size?.changedFiles ?? null)) : null;

  const author = (await profile)[0] as AuthorData;
  const read = readThread('t', await threadQuery, markers, subject.number);
  const threadFailure = read.failure;
  const thread = read.thread?.unreadComments ? await readUnreadComments(client, subject.repo, subject.number, read.thread, markers) : read.thread;
  const fileList = await files;
  return {
    author,
    thread,
    threadFailure,
    ...(fileList ? { files: { paths: fileList.value, failure: fileList.failure } } : {}),
    events,
  };
}
