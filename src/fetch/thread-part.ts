import type { Repo } from '../types.js';
import type { ChangedFile } from './get-pr-files.js';
import { failureOf, type QueryPart, type QueryResult } from './graphql-query.js';

// What is already on a PR or issue: its labels, the action's own comments, and which labels the repo has.
export interface Thread {
  ownerType: string; // Organization or User
  archived: boolean; // GitHub refuses every write to an archived repository
  labelsOnItem: string[];
  // Labels that exist in the repo: lower-cased name → node id (for label mutations).
  repoLabels: Map<string, string>;
  // The PR's or issue's node id.
  itemId: string;
  // The action's comments: written by the token's identity (viewerDidAuthor) and carrying a marker.
  ownComments: { id: number; body: string }[];
  // Comments between the first and the last 100 of a long thread, not read yet: where to start reading them.
  unreadComments: { after: string; count: number } | null;
  // A PR's changed paths, when asked for (backfill reads them here instead of by REST).
  files: ChangedFile[] | null;
}

// Comment ids passed 2^31 long ago: databaseId (Int) cannot hold them, fullDatabaseId (BigInt) can.
export const commentFields = 'nodes { fullDatabaseId body viewerDidAuthor }';
// The first and the last 100 comments: the welcome is early, the newest report or thank-you late. A longer
// thread's middle is read on (readUnreadComments) before anything is posted.
const commentWindow = 100;

// One repository read for one or more items; `withFiles` adds each PR's first 100 changed paths.
// An item asked for by its kind (pullRequest or issue, not issueOrPullRequest): GitHub counts the nodes of
// both fragments of a union, so asking by kind halves a thread's count (count-nodes.ts).
export interface ThreadItem {
  number: number;
  kind: 'pr' | 'issue';
}

export function threadPart(prefix: string, repo: Repo, items: ThreadItem[], labels: string[], withFiles = false): QueryPart {
  const variables: QueryPart['variables'] = {
    [`${prefix}Owner`]: { type: 'String!', value: repo.owner },
    [`${prefix}Name`]: { type: 'String!', value: repo.name },
  };
  const labelFields = labels.map((label, i) => {
    variables[`${prefix}Label${i}`] = { type: 'String!', value: label };
    return `label${i}: label(name: $${prefix}Label${i}) { id name }`;
  });
  const onItem = `labels(first: 100) { nodes { name } }
        early: comments(first: ${commentWindow}) { totalCount pageInfo { endCursor } ${commentFields} }
        late: comments(last: ${commentWindow}) { ${commentFields} }`;
  const files = withFiles ? 'files(first: 100) { totalCount nodes { path changeType } }' : '';
  const selections = items.map(({ number: n, kind }) => {
    variables[`${prefix}N${n}`] = { type: 'Int!', value: n };
    return kind === 'pr'
      ? `item${n}: pullRequest(number: $${prefix}N${n}) { __typename id ${onItem} ${files} }`
      : `item${n}: issue(number: $${prefix}N${n}) { __typename id ${onItem} }`;
  });
  const selection = `  ${prefix}Repo: repository(owner: $${prefix}Owner, name: $${prefix}Name) {
    owner { __typename login }
    isArchived
    ${labelFields.join('\n    ')}
    ${selections.join('\n    ')}
  }`;
  return { variables, selection };
}

export interface CommentNode {
  fullDatabaseId: string;
  body: string;
  viewerDidAuthor: boolean;
}

interface ItemNode {
  id: string;
  labels: { nodes: { name: string }[] };
  early: { totalCount: number; pageInfo: { endCursor: string | null }; nodes: CommentNode[] };
  late: { nodes: CommentNode[] };
  files?: { totalCount: number; nodes: { path: string; changeType?: string }[] };
}

export function readThread(prefix: string, result: QueryResult, markers: string[], number: number): { thread: Thread | null; failure: string | null } {
  const alias = `${prefix}Repo`;
  const failure = failureOf(result, alias);
  const repo = result.data[alias] as Record<string, unknown> | null | undefined;
  const item = repo?.[`item${number}`] as ItemNode | null | undefined;
  if (failure !== null || !repo || !item) return { thread: null, failure: failure ?? `#${number} was not found` };
  const repoLabels = readRepoLabels(repo);
  return {
    thread: {
      ownerType: (repo.owner as { __typename: string }).__typename,
      archived: repo.isArchived === true,
      labelsOnItem: item.labels.nodes.map((l) => l.name),
      repoLabels,
      itemId: item.id,
      ownComments: ownComments([...item.early.nodes, ...item.late.nodes], markers),
      unreadComments:
        item.early.totalCount > 2 * commentWindow && item.early.pageInfo.endCursor
          ? { after: item.early.pageInfo.endCursor, count: item.early.totalCount - 2 * commentWindow }
          : null,
      // More than 100 files, or a rename (GraphQL does not give the old path): read again over REST.
      files:
        item.files && item.files.totalCount <= item.files.nodes.length && !item.files.nodes.some((f) => f.changeType === 'RENAMED')
          ? item.files.nodes.map((f) => ({ path: f.path, previous: null }))
          : null,
    },
    failure: null,
  };
}

// A pasted marker in someone else's comment does not make it ours; the first and last windows can overlap.
export function ownComments(nodes: CommentNode[], markers: string[]): Thread['ownComments'] {
  const seen = new Map<number, string>();
  for (const c of nodes) if (c.viewerDidAuthor && markers.some((m) => c.body.includes(m))) seen.set(Number(c.fullDatabaseId), c.body);
  return [...seen].map(([id, body]) => ({ id, body }));
}

// The repo's labels asked for by name: lower-cased name → node id; a label the repo lacks is absent.
export function readRepoLabels(repo: Record<string, unknown>): Map<string, string> {
  const labels = new Map<string, string>();
  for (const [key, value] of Object.entries(repo)) {
    const label = value as { id?: string; name?: string } | null;
    if (/^label\d+$/.test(key) && label?.name && label.id) labels.set(label.name.toLowerCase(), label.id);
  }
  return labels;
}
