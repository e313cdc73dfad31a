import type { Client } from './client.js';
import { runQuery } from './graphql-query.js';
import { historyPageSize, historySelection, type AuthorData } from './profile-part.js';
import { toHistory, type HistoryConnection } from './read-profile.js';
import { searchQueries } from './search-queries.js';
import { byTime } from '../text/by-time.js';

// More than this many PRs (or issues) in the window is already far past every red threshold.
const maxExtraPages = 4;

// Reads the rest of an author's history when a first page did not hold it: the PRs and the issues each on
// their own cursor, the two lists at the same time. A page that cannot be read makes the history unreadable
// (the signals it feeds are unknown) rather than silently short.
export async function getHistoryPages(client: Client, author: AuthorData, since: Date, until?: Date): Promise<AuthorData> {
  const kinds = (['pr', 'issue'] as const).filter((k) => author.cursors[k] !== null);
  const read = await Promise.all(kinds.map((kind) => readOn(client, author, kind, since, until)));
  const failure = read.find((r) => r.failure !== null)?.failure;
  if (failure) {
    return { ...author, items: null, failures: [...author.failures, { field: 'Prs', read: `the later pages of ${author.login}'s history`, reason: failure }] };
  }
  const items = [...(author.items ?? []), ...read.flatMap((r) => r.items)].sort((a, b) => byTime(b.createdAt, a.createdAt));
  const cursors = { ...author.cursors };
  for (const [i, kind] of kinds.entries()) cursors[kind] = read[i]?.cursor ?? null;
  return { ...author, items, cursors };
}

async function readOn(client: Client, author: AuthorData, kind: 'pr' | 'issue', since: Date, until?: Date) {
  const query = searchQueries.history(author.login, kind, since, until);
  let cursor = author.cursors[kind];
  const items = [];
  for (let page = 0; cursor && page < maxExtraPages; page++) {
    const result = await runQuery(client, 'HistoryPage', [
      {
        variables: { q: { type: 'String!', value: query }, after: { type: 'String', value: cursor } },
        selection: `  page: search(type: ISSUE, query: $q, first: ${historyPageSize}, after: $after) { ${historySelection} }`,
      },
    ]);
    const connection = result.data.page as HistoryConnection | undefined;
    if (result.failure || !connection || !Array.isArray(connection.nodes)) return { items, cursor, failure: result.failure ?? 'GitHub returned no page' };
    items.push(...toHistory(connection, author.login));
    cursor = connection.pageInfo?.hasNextPage ? connection.pageInfo.endCursor : null;
  }
  return { items, cursor, failure: null };
}
