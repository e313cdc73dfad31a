import type { Repo } from '../types.js';
import type { QueryPart } from './graphql-query.js';

// The aliases of one author's part of a profile query (after its prefix): a failure names the one it came
// from, so a signal can say which read it lacks. Typed, so a misspelled alias does not compile.
export const profileAliases = ['User', 'Items', 'ClosedUnmerged', 'ClosedMerged', 'NotPlanned', 'EarlierHere', 'Here'] as const;
export type ProfileAlias = (typeof profileAliases)[number];

// One author's profile and history, as read. A null field could not be read; `failures` says why.
export interface AuthorData {
  login: string;
  user: {
    id: number;
    name: string | null; // display name, as the author wrote it: user text
    createdAt: string;
    // Which of the contract's seven profile fields are filled.
    fields: Record<'name' | 'company' | 'blog' | 'location' | 'email' | 'bio' | 'social', boolean>;
    // Fields the token could not read (email, with a classic token lacking user:email): counted as empty.
    unread: string[];
  } | null;
  // The author's PRs and issues created in the window, newest first.
  items: HistoryItem[] | null;
  itemsTotal: number | null; // GitHub's count of them; more than items.length when pages were left unread
  itemsCursor: string | null; // where the next page starts
  // PRs to repos the author does not own, closed in the window.
  closedUnmerged: number | null;
  closedMerged: number | null;
  // Issues to repos the author does not own, closed as not planned in the window.
  notPlanned: number | null;
  // Merged PRs (for a PR) or earlier items (for an issue) in the triaged repo; null when not asked or unread.
  earlierHere: number | null;
  // Backfill: the author's PRs and issues in the triaged repo, oldest first; null when not asked or unread.
  here: { kind: 'pr' | 'issue'; createdAt: string; mergedAt: string | null }[] | null;
  // `field` is the part that failed: User, Items, ClosedUnmerged, ClosedMerged, NotPlanned, EarlierHere.
  failures: { field: ProfileAlias; read: string; reason: string }[];
}

export interface HistoryItem {
  kind: 'pr' | 'issue';
  title: string;
  createdAt: string;
  closedAt: string | null;
  merged: boolean;
  stateReason: string | null;
  external: boolean; // on a repo the author does not own
}

export interface ProfileRequest {
  login: string;
  // The item being triaged, to decide whether its author is a first-time contributor here.
  firstTime?: { repo: Repo; kind: 'pr' | 'issue'; before: string };
  // Backfill: list the author's items in this repo instead, so each of their open items gets its own answer.
  here?: Repo;
}

export const historyPageSize = 100;

export function searchWindow(since: Date): string {
  return since.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// The author's PRs and issues created in the window, anywhere, newest first.
export function historyQuery(login: string, since: Date): string {
  return `author:${login} created:>=${searchWindow(since)} sort:created-desc`;
}

// Searches are counted by GitHub (issueCount), so the ratios hold even where the item list is cut short.
export function profilePart(prefix: string, request: ProfileRequest, since: Date, withEmail = true): QueryPart {
  const login = request.login;
  const window = searchWindow(since);
  const searches: Partial<Record<ProfileAlias, string>> = {
    Items: historyQuery(login, since),
    ClosedUnmerged: `author:${login} -user:${login} is:pr is:closed is:unmerged closed:>=${window}`,
    ClosedMerged: `author:${login} -user:${login} is:pr is:merged closed:>=${window}`,
    NotPlanned: `author:${login} -user:${login} is:issue reason:"not planned" closed:>=${window}`,
  };
  const firstTime = request.firstTime;
  if (firstTime) {
    const repo = `${firstTime.repo.owner}/${firstTime.repo.name}`;
    const before = searchWindow(new Date(firstTime.before));
    searches.EarlierHere =
      firstTime.kind === 'pr' ? `repo:${repo} author:${login} is:pr is:merged merged:<${before}` : `repo:${repo} author:${login} created:<${before}`;
  }
  if (request.here) searches.Here = `repo:${request.here.owner}/${request.here.name} author:${login} sort:created-asc`;
  const variables: QueryPart['variables'] = { [`${prefix}Login`]: { type: 'String!', value: login } };
  for (const [name, query] of Object.entries(searches)) variables[`${prefix}${name}`] = { type: 'String!', value: query };
  const counts = Object.keys(searches)
    .filter((name) => name !== 'Items' && name !== 'Here')
    .map((name) => `  ${prefix}${name}: search(type: ISSUE, query: $${prefix}${name}, first: 1) { issueCount }`);
  const selection = [
    `  ${prefix}User: user(login: $${prefix}Login) {
    databaseId login createdAt name company websiteUrl location ${withEmail ? 'email ' : ''}bio twitterUsername
    socialAccounts(first: 1) { totalCount }
  }`,
    `  ${prefix}Items: search(type: ISSUE, query: $${prefix}Items, first: ${historyPageSize}) { ${historySelection} }`,
    ...counts,
    ...(request.here
      ? [
          `  ${prefix}Here: search(type: ISSUE, query: $${prefix}Here, first: ${historyPageSize}) {
    nodes { __typename ... on PullRequest { createdAt mergedAt } ... on Issue { createdAt } }
  }`,
        ]
      : []),
  ].join('\n');
  return { variables, selection };
}

export const historySelection = `issueCount pageInfo { hasNextPage endCursor }
    nodes {
      __typename
      ... on PullRequest { title createdAt closedAt merged repository { owner { login } } }
      ... on Issue { title createdAt closedAt stateReason repository { owner { login } } }
    }`;
