import type { Repo } from '../types.js';
import type { QueryPart } from './graphql-query.js';
import { searchQueries } from './search-queries.js';

// The aliases of one author's part of a profile query (after its prefix): a failure names the one it came
// from, so a signal can say which read it lacks. Typed, so a misspelled alias does not compile.
export const profileAliases = [
  'User',
  'Prs',
  'Issues',
  'ClosedUnmerged',
  'ClosedMerged',
  'NotPlanned',
  'EarlierPrs',
  'EarlierIssues',
  'HerePrs',
  'HereIssues',
] as const;
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
  // Contributions per day over the window (GitHub's contribution calendar), oldest first; null when unread.
  calendar: { date: string; count: number }[] | null;
  // The author's PRs and issues created in the window, newest first; null when either list is unreadable.
  items: HistoryItem[] | null;
  itemsTotal: number | null; // GitHub's count of them; more than items.length when pages were left unread
  cursors: { pr: string | null; issue: string | null }; // where the next page of each list starts
  // PRs to repos the author does not own, closed in the window.
  closedUnmerged: number | null;
  closedMerged: number | null;
  // Issues to repos the author does not own, closed as not planned in the window.
  notPlanned: number | null;
  // Merged PRs (for a PR) or earlier items (for an issue) in the triaged repo; null when not asked or unread.
  earlierHere: number | null;
  // Backfill: the author's PRs and issues in the triaged repo, oldest first; null when not asked or unread.
  here: { kind: 'pr' | 'issue'; createdAt: string; mergedAt: string | null }[] | null;
  failures: { field: ProfileAlias; read: string; reason: string }[];
}

export interface HistoryItem {
  kind: 'pr' | 'issue';
  repo: Repo;
  number: number;
  title: string; // user text
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
  // Backtest: this author's own window, in place of the query's (each past item has its own).
  window?: ProfileWindow;
}

// The window of a profile: from `since` to `until` (now, for a triage).
export interface ProfileWindow {
  since: Date;
  until: Date;
  // A backtest's window ends in the past: its searches end at `until` too (GitHub's `A..B` range); a
  // triage's run on to now.
  ended?: boolean;
}

// Where a window's searches end: only an ended window bounds them.
export function searchEnd(window: ProfileWindow): Date | undefined {
  return window.ended ? window.until : undefined;
}

export const historyPageSize = 100;

// Searches are counted by GitHub (issueCount), so the ratios hold even where the item list is cut short.
export function profilePart(prefix: string, request: ProfileRequest, queryWindow: ProfileWindow, withEmail = true): QueryPart {
  const { login } = request;
  const window = request.window ?? queryWindow;
  const { since } = window;
  const until = searchEnd(window);
  const searches: Partial<Record<ProfileAlias, string>> = {
    Prs: searchQueries.history(login, 'pr', since, until),
    Issues: searchQueries.history(login, 'issue', since, until),
    ClosedUnmerged: searchQueries.closedUnmerged(login, since, until),
    ClosedMerged: searchQueries.closedMerged(login, since, until),
    NotPlanned: searchQueries.notPlanned(login, since, until),
  };
  const firstTime = request.firstTime;
  if (firstTime) {
    const before = new Date(firstTime.before);
    if (firstTime.kind === 'pr') {
      searches.EarlierPrs = searchQueries.mergedHere(firstTime.repo, login, before);
    } else {
      searches.EarlierPrs = searchQueries.earlierHere(firstTime.repo, login, 'pr', before);
      searches.EarlierIssues = searchQueries.earlierHere(firstTime.repo, login, 'issue', before);
    }
  }
  if (request.here) {
    searches.HerePrs = searchQueries.here(request.here, login, 'pr');
    searches.HereIssues = searchQueries.here(request.here, login, 'issue');
  }
  const variables: QueryPart['variables'] = {
    [`${prefix}Login`]: { type: 'String!', value: login },
    [`${prefix}From`]: { type: 'DateTime!', value: window.since.toISOString() },
    [`${prefix}To`]: { type: 'DateTime!', value: window.until.toISOString() },
  };
  for (const [name, query] of Object.entries(searches)) variables[`${prefix}${name}`] = { type: 'String!', value: query };
  const lists: ProfileAlias[] = ['Prs', 'Issues', 'HerePrs', 'HereIssues'];
  const counts = Object.keys(searches)
    .filter((name) => !lists.includes(name as ProfileAlias))
    .map((name) => `  ${prefix}${name}: search(type: ISSUE, query: $${prefix}${name}, first: 1) { issueCount }`);
  const here = (alias: ProfileAlias) =>
    `  ${prefix}${alias}: search(type: ISSUE, query: $${prefix}${alias}, first: ${historyPageSize}) {
    issueCount nodes { __typename ... on PullRequest { createdAt mergedAt } ... on Issue { createdAt } }
  }`;
  const selection = [
    `  ${prefix}User: user(login: $${prefix}Login) {
    databaseId login createdAt name company websiteUrl location ${withEmail ? 'email ' : ''}bio twitterUsername
    socialAccounts(first: 1) { totalCount }
    contributionsCollection(from: $${prefix}From, to: $${prefix}To) {
      contributionCalendar { weeks { contributionDays { date contributionCount } } }
    }
  }`,
    `  ${prefix}Prs: search(type: ISSUE, query: $${prefix}Prs, first: ${historyPageSize}) { ${historySelection} }`,
    `  ${prefix}Issues: search(type: ISSUE, query: $${prefix}Issues, first: ${historyPageSize}) { ${historySelection} }`,
    ...counts,
    ...(request.here ? [here('HerePrs'), here('HereIssues')] : []),
  ].join('\n');
  return { variables, selection };
}

export const historySelection = `issueCount pageInfo { hasNextPage endCursor }
    nodes {
      __typename
      ... on PullRequest { number title createdAt closedAt merged repository { name owner { login } } }
      ... on Issue { number title createdAt closedAt stateReason repository { name owner { login } } }
    }`;
