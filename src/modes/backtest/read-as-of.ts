import type { Client } from '../../fetch/client.js';
import { getPrFiles, type PrFiles } from '../../fetch/get-pr-files.js';
import { getProfiles } from '../../fetch/get-profiles.js';
import { failureOf, runQuery, type QueryPart } from '../../fetch/graphql-query.js';
import type { AuthorData, ProfileWindow } from '../../fetch/profile-part.js';
import { settle } from '../../fetch/settle.js';
import type { Subject } from '../../types.js';

// What one past item's verdict is computed from: its author's record as of just before it was opened, and
// (a PR) its files as they are now.
export interface AsOf {
  author: AuthorData;
  files?: PrFiles;
}

// Every history window ends one second before the item was opened: GitHub's date ranges include both ends,
// and the item itself is not part of its author's record.
export function windowOf(subject: Subject, windowDays: number): ProfileWindow {
  const until = new Date(new Date(subject.createdAt).getTime() - 1000);
  return { since: new Date(until.getTime() - windowDays * 86_400_000), until, ended: true };
}

// A batch of items (of one repo): their authors' profiles in one query, each with its own window, and the
// PRs' files in another, sent together.
export async function readAsOf(client: Client, subjects: Subject[], windowDays: number): Promise<Map<Subject, AsOf>> {
  const requests = subjects.map((s) => ({ login: s.author.login, window: windowOf(s, windowDays) }));
  const prs = subjects.filter((s) => s.kind === 'pr');
  const [profiles, files] = await Promise.all([
    // Each request carries its own window; the query's is only a fallback none of them uses.
    getProfiles(client, 'Profiles', requests, requests[0]?.window ?? windowOf(subjects[0] as Subject, windowDays)),
    readFiles(client, prs),
  ]);
  const read = new Map<Subject, AsOf>();
  subjects.forEach((subject, i) => {
    const author = profiles[i];
    if (!author) return;
    const unread: PrFiles = { list: null, failure: 'not read', total: subject.size?.changedFiles ?? null };
    read.set(subject, { author, ...(subject.kind === 'pr' ? { files: files.get(subject) ?? unread } : {}) });
  });
  return read;
}

interface FilesNode {
  files: { totalCount: number; nodes: { path: string; changeType?: string }[] } | null;
}

// The changed files of PRs of one repo: the first 100 of each in one query; a larger PR, or one with a rename
// (GraphQL does not give the old path), by REST.
async function readFiles(client: Client, prs: Subject[]): Promise<Map<Subject, PrFiles>> {
  const files = new Map<Subject, PrFiles>();
  const repo = prs[0]?.repo;
  if (!repo) return files;
  const part: QueryPart = {
    variables: { owner: { type: 'String!', value: repo.owner }, name: { type: 'String!', value: repo.name } },
    selection: `  repository(owner: $owner, name: $name) {
${prs.map((s) => `    pr${s.number}: pullRequest(number: ${s.number}) { files(first: 100) { totalCount nodes { path changeType } } }`).join('\n')}
  }`,
  };
  const result = await runQuery(client, 'PastFiles', [part]);
  const repository = result.data.repository as Record<string, FilesNode | null> | null | undefined;
  await Promise.all(
    prs.map(async (subject) => {
      const node = repository?.[`pr${subject.number}`]?.files;
      if (node && node.totalCount <= node.nodes.length && !node.nodes.some((f) => f.changeType === 'RENAMED')) {
        files.set(subject, { list: node.nodes.map((f) => ({ path: f.path, previous: null })), failure: null, total: node.totalCount });
        return;
      }
      if (node) {
        const rest = await settle(getPrFiles(client, subject.repo, subject.number, node.totalCount));
        files.set(subject, { list: rest.value, failure: rest.failure, total: node.totalCount });
        return;
      }
      const failure = failureOf(result, 'repository') ?? `#${subject.number}'s files were not in GitHub's answer`;
      files.set(subject, { list: null, failure, total: subject.size?.changedFiles ?? null });
    }),
  );
  return files;
}
