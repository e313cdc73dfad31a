import type { Client } from '../../fetch/client.js';
import { getPrFiles } from '../../fetch/get-pr-files.js';
import { getProfiles } from '../../fetch/get-profiles.js';
import { unitsPerQuery } from '../../fetch/count-nodes.js';
import { composeQuery, runInHalves, runQuery, type QueryOptions } from '../../fetch/graphql-query.js';
import { getPublicEvents, type PublicEvent } from '../../fetch/get-public-events.js';
import { profilePart, type AuthorData, type ProfileWindow } from '../../fetch/profile-part.js';
import { settle, type Settled } from '../../fetch/settle.js';
import { readUnreadComments } from '../../fetch/read-unread-comments.js';
import { readRepoLabels, readThread, threadPart, type Thread } from '../../fetch/thread-part.js';
import type { Repo, Subject } from '../../types.js';
import { allMarkers } from '../../writers/markers.js';

// Authors per profiling query and items per thread query: as many as GitHub's node count of one puts inside
// the node budget (count-nodes.ts), for an author with every search a backfill asks and a PR with its files.
// Counted on a backfill's first use, not at load: every triage loads this module, and the count's first run
// (building and scanning two queries, cold) cost it about 5 ms before its first request.
const sample = { login: 'sample', here: { owner: 'o', name: 'r' } };
let batchSizes: { authors: number; items: number } | undefined;
function perQuery(): { authors: number; items: number } {
  batchSizes ??= {
    authors: unitsPerQuery(composeQuery('Profiles', [profilePart('a0', sample, { since: new Date(0), until: new Date(0) })]).query, 25),
    items: unitsPerQuery(composeQuery('Threads', [threadPart('t', sample.here, [{ number: 1, kind: 'pr' }], [], true)]).query, 25),
  };
  return batchSizes;
}

export interface AuthorReads {
  author: AuthorData;
  events: Settled<PublicEvent[]>;
}

// Each distinct author once: profiles in batches, and each author's public events (repeated-comments) beside
// them; all through the client's bound on requests in flight.
export async function profileAuthors(
  client: Client,
  repo: Repo,
  logins: string[],
  window: ProfileWindow & { eventsSince: Date },
  progress: (line: string) => void,
): Promise<Map<string, AuthorReads>> {
  const authors = new Map<string, AuthorReads>();
  const events = new Map(logins.map((login) => [login, settle(getPublicEvents(client, login, window.eventsSince))]));
  let done = 0;
  await Promise.all(
    chunk(logins, perQuery().authors).map(async (batch) => {
      const profiles = await getProfiles(
        client,
        'Profiles',
        batch.map((login) => ({ login, here: repo })),
        window,
      );
      for (const author of profiles) {
        authors.set(author.login, { author, events: (await events.get(author.login)) ?? { value: null, failure: 'not read' } });
      }
      done += batch.length;
      progress(`profiled ${done}/${logins.length} authors`);
    }),
  );
  return authors;
}

export async function readThreads(
  client: Client,
  repo: Repo,
  subjects: Subject[],
  labels: string[],
): Promise<Map<number, { thread: Thread | null; failure: string | null }>> {
  const threads = new Map<number, { thread: Thread | null; failure: string | null }>();
  const readBatch = async (batch: Subject[], options: QueryOptions) => {
    const result = await runQuery(client, 'Threads', [threadPart('t', repo, batch, labels, true)], options);
    return { timedOut: result.timedOut, values: batch.map((subject) => ({ subject, read: readThread('t', result, allMarkers, subject.number) })) };
  };
  await Promise.all(
    chunk(subjects, perQuery().items).map(async (batch) => {
      const reads = await runInHalves(batch, readBatch);
      await Promise.all(reads.map(async ({ subject, read }) => threads.set(subject.number, await completeThread(client, repo, subject, read))));
    }),
  );
  return threads;
}

// What the batched read leaves out: a long thread's middle comments, and the files of a PR of over 100.
async function completeThread(
  client: Client,
  repo: Repo,
  subject: Subject,
  read: { thread: Thread | null; failure: string | null },
): Promise<{ thread: Thread | null; failure: string | null }> {
  let thread = read.thread;
  if (!thread) return read;
  if (thread.unreadComments) thread = await readUnreadComments(client, repo, subject.number, thread, allMarkers);
  if (subject.kind === 'pr' && thread.files === null) {
    const files = await settle(getPrFiles(client, repo, subject.number, subject.size?.changedFiles ?? null));
    thread = { ...thread, files: files.value };
  }
  return { thread, failure: null };
}

function chunk<T>(list: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}

// The node ids of the action's labels, after some were created (for the label mutations).
export async function readLabelIds(client: Client, repo: Repo, labels: string[]): Promise<Map<string, string> | null> {
  const result = await runQuery(client, 'LabelIds', [threadPart('t', repo, [], labels)]);
  const node = result.data.tRepo as Record<string, unknown> | null | undefined;
  return result.failure || !node ? null : readRepoLabels(node);
}
