import type { Subject } from '../types.js';
import type { Client } from './client.js';
import { getProfiles } from './get-profiles.js';
import { getPrFiles, type PrFiles } from './get-pr-files.js';
import { getPublicEvents, type PublicEvent } from './get-public-events.js';
import { runQuery } from './graphql-query.js';
import type { AuthorData, ProfileWindow } from './profile-part.js';
import { readThread, threadPart, type Thread } from './thread-part.js';
import { readUnreadComments } from './read-unread-comments.js';
import { settle, type Settled } from './settle.js';

// Everything a triage needs, read in one round trip where GitHub allows it.
export interface SubjectData {
  author: AuthorData;
  thread: Thread | null;
  threadFailure: string | null;
  files?: PrFiles;
  // The author's public events since `eventsSince` (repeated-comments, and the activity line).
  events: Settled<PublicEvent[]>;
}

export interface SubjectReadOptions {
  window: ProfileWindow; // the history window: from its start to now
  eventsSince: Date; // GitHub keeps 30 days of events; no page older than this is read
  labels: string[]; // the action's labels, whose node ids the writes need
  markers: string[]; // what makes a comment of ours
  postMerge: boolean; // after a merge only the profile and the thread matter
}

// The GraphQL reads (profile, history counts, first-time check; labels and our comments) go out at the same
// moment as the REST reads it cannot replace (public events, the PR's files). Only a history longer than one
// page waits for a second round trip, because search pages follow cursors.
export async function readSubject(client: Client, subject: Subject, options: SubjectReadOptions): Promise<SubjectData> {
  const { window, eventsSince, labels, markers, postMerge } = options;
  const login = subject.author.login;
  const request = {
    login,
    firstTime: { repo: subject.repo, kind: subject.kind, before: (postMerge ? subject.mergedAt : null) ?? subject.createdAt },
  };
  // Two queries, sent together: GitHub nulls a whole answer when one search in it is refused (an author it
  // cannot search), and the thread must stay readable for the writes whatever happens to the profile.
  const profile = getProfiles(client, 'Profile', [request], window);
  const threadQuery = runQuery(client, 'Thread', [threadPart('t', subject.repo, [subject], labels)]);
  const events = settle(getPublicEvents(client, login, eventsSince));
  // After a merge the PR's files no longer need a look.
  const total = subject.size?.changedFiles ?? null;
  const files = subject.kind === 'pr' && !postMerge ? settle(getPrFiles(client, subject.repo, subject.number, total)) : null;

  const author = (await profile)[0] as AuthorData;
  const read = readThread('t', await threadQuery, markers, subject.number);
  const threadFailure = read.failure;
  const thread = read.thread?.unreadComments ? await readUnreadComments(client, subject.repo, subject.number, read.thread, markers) : read.thread;
  const fileList = await files;
  return {
    author,
    thread,
    threadFailure,
    ...(fileList ? { files: { list: fileList.value, failure: fileList.failure, total } } : {}),
    events: await events,
  };
}
