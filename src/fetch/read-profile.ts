import { failureOf, type QueryResult } from './graphql-query.js';
import type { AuthorData, HistoryItem, ProfileAlias, ProfileRequest } from './profile-part.js';

// What GitHub answered for one author's part of a profile query, as AuthorData: a field that failed, or came
// back empty, is null with the reason in `failures`.
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
  const read = <T>(name: ProfileAlias, what: string): T | null => {
    const alias = `${prefix}${name}`;
    const failure = failureOf(result, alias);
    const value = result.data[alias] as T | null | undefined;
    if (failure !== null || value === null || value === undefined) {
      failures.push({ field: name, read: what, reason: failure ?? 'GitHub returned nothing' });
      return null;
    }
    return value;
  };
  const count = (name: ProfileAlias, what: string) => read<{ issueCount: number }>(name, what)?.issueCount ?? null;
  const user = read<UserNode>('User', `the profile of ${request.login}`);
  const items = read<HistoryConnection>('Items', `the PRs and issues of ${request.login}`);
  const here = request.here
    ? read<{ nodes: ({ __typename: string; createdAt?: string; mergedAt?: string | null } | null)[] }>(
        'Here',
        `the earlier contributions of ${request.login} here`,
      )
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
