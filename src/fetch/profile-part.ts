import type { Repo } from '../types.js';
import { failureOf, type QueryPart, type QueryResult } from './graphql-query.js';

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
  failures: { field: string; read: string; reason: string }[];
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
  const searches: Record<string, string> = {
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
      firstTime.kind === 'pr'
        ? `repo:${repo} author:${login} is:pr is:merged merged:<${before}`
        : `repo:${repo} author:${login} created:<${before}`;
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
      ? [`  ${prefix}Here: search(type: ISSUE, query: $${prefix}Here, first: ${historyPageSize}) {
    nodes { __typename ... on PullRequest { createdAt mergedAt } ... on Issue { createdAt } }
  }`]
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

interface UserNode {
  databaseId: number;
  createdAt: string;
  name: string | null;
  company: string | null;
  websiteUrl: string | null;
  location: string | null;
  email?: string | null;
  bio: string | null;
  twitterUsername: string | null;
  socialAccounts: { totalCount: number };
}

export interface HistoryConnection {
  issueCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: ({
    __typename: string;
    title?: string;
    createdAt?: string;
    closedAt?: string | null;
    merged?: boolean;
    stateReason?: string | null;
    repository?: { owner: { login: string } };
  } | null)[];
}

export function readProfile(prefix: string, request: ProfileRequest, result: QueryResult, withEmail = true): AuthorData {
  const failures: AuthorData['failures'] = [];
  const read = <T>(name: string, what: string): T | null => {
    const alias = `${prefix}${name}`;
    const failure = failureOf(result, alias);
    const value = result.data[alias] as T | null | undefined;
    if (failure !== null || value === null || value === undefined) {
      failures.push({ field: name, read: what, reason: failure ?? 'GitHub returned nothing' });
      return null;
    }
    return value;
  };
  const count = (name: string, what: string) => read<{ issueCount: number }>(name, what)?.issueCount ?? null;
  const user = read<UserNode>('User', `the profile of ${request.login}`);
  const items = read<HistoryConnection>('Items', `the PRs and issues of ${request.login}`);
  const here = request.here
    ? read<{ nodes: ({ __typename: string; createdAt?: string; mergedAt?: string | null } | null)[] }>('Here', `the earlier contributions of ${request.login} here`)
    : null;
  return {
    login: request.login,
    user: user && {
      id: user.databaseId,
      name: filled(user.name) ? user.name : null,
      createdAt: user.createdAt,
      fields: {
        name: filled(user.name),
        company: filled(user.company),
        blog: filled(user.websiteUrl),
        location: filled(user.location),
        email: filled(user.email),
        bio: filled(user.bio),
        social: filled(user.twitterUsername) || user.socialAccounts.totalCount > 0,
      },
      unread: withEmail ? [] : ['email'],
    },
    items: items && toHistory(items, request.login),
    itemsTotal: items?.issueCount ?? null,
    itemsCursor: items?.pageInfo.hasNextPage ? items.pageInfo.endCursor : null,
    closedUnmerged: count('ClosedUnmerged', `the closed PRs of ${request.login}`),
    closedMerged: count('ClosedMerged', `the merged PRs of ${request.login}`),
    notPlanned: count('NotPlanned', `the not-planned issues of ${request.login}`),
    earlierHere: request.firstTime ? count('EarlierHere', `the earlier contributions of ${request.login} here`) : null,
    here:
      here &&
      here.nodes.flatMap((n) =>
        n && (n.__typename === 'PullRequest' || n.__typename === 'Issue')
          ? [{ kind: n.__typename === 'PullRequest' ? ('pr' as const) : ('issue' as const), createdAt: n.createdAt ?? '', mergedAt: n.mergedAt ?? null }]
          : [],
      ),
    failures,
  };
}

export function toHistory(connection: HistoryConnection, login: string): HistoryItem[] {
  const history: HistoryItem[] = [];
  for (const node of connection.nodes) {
    if (!node || (node.__typename !== 'PullRequest' && node.__typename !== 'Issue')) continue;
    history.push({
      kind: node.__typename === 'PullRequest' ? 'pr' : 'issue',
      title: node.title ?? '',
      createdAt: node.createdAt ?? '',
      closedAt: node.closedAt ?? null,
      merged: node.merged === true,
      stateReason: node.stateReason ?? null,
      external: (node.repository?.owner.login ?? '').toLowerCase() !== login.toLowerCase(),
    });
  }
  return history;
}

function filled(value: string | null | undefined): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}
