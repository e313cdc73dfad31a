import { failureOf, type QueryResult } from './graphql-query.js';
import type { AuthorData, HistoryItem, ProfileAlias, ProfileRequest } from './profile-part.js';
import { byTime } from '../text/by-time.js';

// What GitHub answered for one author's part of a profile query, as AuthorData: a field that failed, or came
// back empty or in a shape GitHub does not document, is null with the reason in `failures`.
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
  contributionsCollection?: { contributionCalendar?: { weeks?: { contributionDays?: { date: string; contributionCount: number }[] }[] } };
}

type HistoryNode = {
  __typename: string;
  number?: number;
  title?: string;
  createdAt?: string;
  closedAt?: string | null;
  merged?: boolean;
  stateReason?: string | null;
  repository?: { name: string; owner: { login: string } };
} | null;

export interface HistoryConnection {
  issueCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: HistoryNode[];
}

type HereConnection = { issueCount: number; nodes: ({ __typename: string; createdAt?: string; mergedAt?: string | null } | null)[] };

export function readProfile(prefix: string, request: ProfileRequest, result: QueryResult, withEmail = true): AuthorData {
  const failures: AuthorData['failures'] = [];
  const login = request.login;
  const read = <T>(name: ProfileAlias, what: string, valid: (value: T) => string | null = () => null): T | null => {
    const alias = `${prefix}${name}`;
    const value = result.data[alias] as T | null | undefined;
    const failure = failureOf(result, alias) ?? (value === null || value === undefined ? 'GitHub returned nothing' : valid(value));
    if (failure !== null) {
      failures.push({ field: name, read: what, reason: failure });
      return null;
    }
    return value as T;
  };
  const count = (name: ProfileAlias, what: string) =>
    read<{ issueCount: number }>(name, what, (v) => (typeof v.issueCount === 'number' ? null : 'not a search count'))?.issueCount ?? null;
  const user = read<UserNode>('User', `the profile of ${login}`, (v) => (typeof v.createdAt === 'string' ? null : 'not a user'));
  const prs = read<HistoryConnection>('Prs', `the PRs of ${login}`, listed);
  const issues = read<HistoryConnection>('Issues', `the issues of ${login}`, listed);
  const earlierPrs = request.firstTime ? count('EarlierPrs', `the earlier contributions of ${login} here`) : null;
  const earlierIssues = request.firstTime?.kind === 'issue' ? count('EarlierIssues', `the earlier issues of ${login} here`) : 0;
  const herePrs = request.here ? read<HereConnection>('HerePrs', `the earlier PRs of ${login} here`, listed) : null;
  const hereIssues = request.here ? read<HereConnection>('HereIssues', `the earlier issues of ${login} here`, listed) : null;
  return {
    login,
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
        social: filled(user.twitterUsername) || (user.socialAccounts?.totalCount ?? 0) > 0,
      },
      unread: withEmail ? [] : ['email'],
    },
    calendar: user ? calendarOf(user) : null,
    items: prs && issues ? [...toHistory(prs, login), ...toHistory(issues, login)].sort((a, b) => byTime(b.createdAt, a.createdAt)) : null,
    itemsTotal: prs && issues ? prs.issueCount + issues.issueCount : null,
    cursors: { pr: cursorOf(prs), issue: cursorOf(issues) },
    closedUnmerged: count('ClosedUnmerged', `the closed PRs of ${login}`),
    closedMerged: count('ClosedMerged', `the merged PRs of ${login}`),
    notPlanned: count('NotPlanned', `the not-planned issues of ${login}`),
    earlierHere: earlierPrs === null || earlierIssues === null ? null : earlierPrs + earlierIssues,
    here: herePrs && hereIssues ? [...hereOf(herePrs, 'pr'), ...hereOf(hereIssues, 'issue')].sort((a, b) => byTime(a.createdAt, b.createdAt)) : null,
    failures,
  };
}

// A search list GitHub counted but did not list (a search mixing issues and PRs, or items the token cannot
// see) is unreadable, never an empty history.
function listed(connection: { issueCount?: unknown; nodes?: unknown }): string | null {
  if (typeof connection.issueCount !== 'number' || !Array.isArray(connection.nodes)) return 'not a search result';
  if (connection.issueCount > 0 && connection.nodes.length === 0) return `GitHub counted ${connection.issueCount} but listed none`;
  return null;
}

function cursorOf(connection: HistoryConnection | null): string | null {
  return connection?.pageInfo?.hasNextPage ? connection.pageInfo.endCursor : null;
}

// Nodes the token cannot read come back null (or without fields): they are left out, not counted as one
// empty title.
export function toHistory(connection: HistoryConnection, login: string): HistoryItem[] {
  const history: HistoryItem[] = [];
  for (const node of connection.nodes) {
    if (!node || (node.__typename !== 'PullRequest' && node.__typename !== 'Issue')) continue;
    if (typeof node.title !== 'string' || typeof node.createdAt !== 'string' || !node.repository) continue;
    const owner = node.repository.owner.login;
    history.push({
      kind: node.__typename === 'PullRequest' ? 'pr' : 'issue',
      repo: { owner, name: node.repository.name },
      number: node.number ?? 0,
      title: node.title,
      createdAt: node.createdAt,
      closedAt: node.closedAt ?? null,
      merged: node.merged === true,
      stateReason: node.stateReason ?? null,
      external: owner.toLowerCase() !== login.toLowerCase(),
    });
  }
  return history;
}

function hereOf(connection: HereConnection, kind: 'pr' | 'issue'): { kind: 'pr' | 'issue'; createdAt: string; mergedAt: string | null }[] {
  return connection.nodes.flatMap((n) => (n && typeof n.createdAt === 'string' ? [{ kind, createdAt: n.createdAt, mergedAt: n.mergedAt ?? null }] : []));
}

function calendarOf(user: UserNode): { date: string; count: number }[] | null {
  const weeks = user.contributionsCollection?.contributionCalendar?.weeks;
  if (!Array.isArray(weeks)) return null;
  return weeks.flatMap((w) => (w.contributionDays ?? []).map((d) => ({ date: d.date, count: d.contributionCount })));
}

function filled(value: string | null | undefined): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}
