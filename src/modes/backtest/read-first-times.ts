import type { Client } from '../../fetch/client.js';
import { failureOf, runQuery, type QueryPart, type QueryResult } from '../../fetch/graphql-query.js';
import { searchQueries } from '../../fetch/search-queries.js';
import type { ItemHere } from '../../signals/first-time.js';
import type { Repo } from '../../types.js';

// An author's items in the repo that decide, for each of their items, whether they were a first-time
// contributor then: their PRs (with merge times) and their first issue. One search per type, oldest first;
// null when GitHub would not search the author (suspended, renamed).
export type AuthorHere = Map<string, ItemHere[] | null>;

// A search result's first 100 PRs hold the first merge of all but the busiest authors; an issue only needs
// the author's first item.
const prsRead = 100;

function herePart(prefix: string, repo: Repo, login: string): QueryPart {
  return {
    variables: {
      [`${prefix}Prs`]: { type: 'String!', value: searchQueries.here(repo, login, 'pr') },
      [`${prefix}Issues`]: { type: 'String!', value: searchQueries.here(repo, login, 'issue') },
    },
    selection: `  ${prefix}Prs: search(type: ISSUE, query: $${prefix}Prs, first: ${prsRead}) { nodes { __typename ... on PullRequest { createdAt mergedAt } } }
  ${prefix}Issues: search(type: ISSUE, query: $${prefix}Issues, first: 1) { nodes { __typename ... on Issue { createdAt } } }`,
  };
}

interface HereNode {
  __typename: string;
  createdAt?: string;
  mergedAt?: string | null;
}

function readHere(result: QueryResult, prefix: string): ItemHere[] | null {
  const read = (alias: string): HereNode[] | null => {
    const value = result.data[`${prefix}${alias}`] as { nodes: (HereNode | null)[] } | null | undefined;
    if (failureOf(result, `${prefix}${alias}`) !== null || !value) return null;
    return value.nodes.filter((n): n is HereNode => n !== null && typeof n.createdAt === 'string');
  };
  const prs = read('Prs');
  const issues = read('Issues');
  if (!prs || !issues) return null;
  return [
    ...prs.map((n) => ({ kind: 'pr' as const, createdAt: n.createdAt ?? '', mergedAt: n.mergedAt ?? null })),
    ...issues.map((n) => ({ kind: 'issue' as const, createdAt: n.createdAt ?? '', mergedAt: null })),
  ];
}

// One query for a batch of authors. GitHub nulls the whole answer when it refuses one author's search: the
// batch is then asked author by author, so only that author stays undecided.
export async function readFirstTimes(client: Client, repo: Repo, logins: string[]): Promise<AuthorHere> {
  const ask = (batch: string[]) =>
    runQuery(
      client,
      'FirstTimes',
      batch.map((login, i) => herePart(`f${i}`, repo, login)),
    );
  const result = await ask(logins);
  const here: AuthorHere = new Map();
  const refused = logins.length > 1 && result.errors.some((e) => e.type === 'INVALID') && Object.keys(result.data).length === 0;
  if (!refused) {
    logins.forEach((login, i) => here.set(login, readHere(result, `f${i}`)));
    return here;
  }
  await Promise.all(logins.map(async (login) => here.set(login, readHere(await ask([login]), 'f0'))));
  return here;
}
