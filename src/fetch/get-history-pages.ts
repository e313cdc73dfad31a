import type { Client } from './client.js';
import { runQuery } from './graphql-query.js';
import { historyPageSize, historyQuery, historySelection, type AuthorData } from './profile-part.js';
import { toHistory, type HistoryConnection } from './read-profile.js';

// More than this many PRs and issues in the window is already far past every red threshold.
const maxExtraPages = 4;

// Reads the rest of an author's history when the first page did not hold it. Each page needs the cursor of
// the one before, so these are the only reads that wait for another's answer.
export async function getHistoryPages(client: Client, author: AuthorData, since: Date): Promise<AuthorData> {
  const query = historyQuery(author.login, since);
  let cursor = author.itemsCursor;
  const items = [...(author.items ?? [])];
  for (let page = 0; cursor && page < maxExtraPages; page++) {
    const result = await runQuery(client, 'HistoryPage', [
      {
        variables: { q: { type: 'String!', value: query }, after: { type: 'String', value: cursor } },
        selection: `  page: search(type: ISSUE, query: $q, first: ${historyPageSize}, after: $after) { ${historySelection} }`,
      },
    ]);
    const connection = result.data.page as HistoryConnection | undefined;
    if (result.failure || !connection) break; // the first pages still count; the item list stays short
    items.push(...toHistory(connection, author.login));
    cursor = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  }
  return { ...author, items, itemsCursor: cursor };
}
