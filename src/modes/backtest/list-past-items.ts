import type { Client } from '../../fetch/client.js';
import { runQuery } from '../../fetch/graphql-query.js';
import { toAssociation, type Repo, type Subject } from '../../types.js';
import { outcomeOf, type ItemOutcome } from './item-outcome.js';

// A PR or issue opened in the repo since the backtest's day, with what became of it.
export interface PastItem {
  subject: Subject;
  outcome: ItemOutcome;
}

interface ItemNode {
  number: number;
  title: string;
  createdAt: string;
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  stateReason?: string | null;
  mergedAt?: string | null;
  authorAssociation: string;
  changedFiles?: number;
  additions?: number;
  deletions?: number;
  author: { __typename: string; login: string; databaseId?: number } | null;
  labels: { nodes: { name: string }[] } | null;
}

const pageSize = 100;
// Pages read per kind at most: the newest 1,000 PRs and 1,000 issues since the day.
export const maxPages = 10;

// The repo's PRs (or issues) opened since `since`, newest first. The connection has no date filter, so pages
// are read (in turn: they follow cursors) until one reaches past the day. `cut` is true when items since the
// day were left unread.
export async function listPastItems(client: Client, repo: Repo, kind: 'pr' | 'issue', since: Date): Promise<{ items: PastItem[]; cut: boolean }> {
  const field = kind === 'pr' ? 'pullRequests' : 'issues';
  const extra = kind === 'pr' ? 'mergedAt changedFiles additions deletions' : 'stateReason';
  const items: PastItem[] = [];
  let after: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const result = await runQuery(client, 'PastItems', [
      {
        variables: {
          owner: { type: 'String!', value: repo.owner },
          name: { type: 'String!', value: repo.name },
          after: { type: 'String', value: after },
        },
        selection: `  repository(owner: $owner, name: $name) {
    list: ${field}(first: ${pageSize}, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes {
        number title createdAt state authorAssociation ${extra}
        author { __typename login ... on User { databaseId } }
        labels(first: 100) { nodes { name } }
      }
    }
  }`,
      },
    ]);
    if (result.failure || result.errors.length > 0)
      throw new Error(`Could not list the ${kind === 'pr' ? 'PRs' : 'issues'} of ${repo.owner}/${repo.name}: ${result.failure ?? result.errors[0]?.message}`);
    const list = (result.data.repository as { list: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: ItemNode[] } }).list;
    const inRange = list.nodes.filter((n) => new Date(n.createdAt) >= since);
    items.push(...inRange.map((node) => toPastItem(node, kind, repo)));
    if (inRange.length < list.nodes.length || !list.pageInfo.hasNextPage) return { items, cut: false };
    after = list.pageInfo.endCursor;
  }
  return { items, cut: true };
}

function toPastItem(node: ItemNode, kind: 'pr' | 'issue', repo: Repo): PastItem {
  const subject: Subject = {
    repo,
    number: node.number,
    kind,
    // GraphQL gives no author for a deleted account; GitHub shows those as "ghost".
    author: { login: node.author?.login ?? 'ghost', id: node.author?.databaseId ?? null, type: node.author?.__typename ?? 'User' },
    association: toAssociation(node.authorAssociation),
    title: node.title,
    createdAt: node.createdAt,
    mergedAt: node.mergedAt ?? null,
    size: kind === 'pr' ? { additions: node.additions ?? 0, deletions: node.deletions ?? 0, changedFiles: node.changedFiles ?? 0 } : null,
  };
  const labels = (node.labels?.nodes ?? []).map((l) => l.name);
  return { subject, outcome: outcomeOf({ kind, state: node.state, stateReason: node.stateReason ?? null, labels }) };
}
