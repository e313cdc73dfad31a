import type { Client } from '../../fetch/client.js';
import { runQuery } from '../../fetch/graphql-query.js';
import { toAssociation, type Repo, type Subject } from '../../types.js';

interface ItemNode {
  number: number;
  title: string;
  createdAt: string;
  authorAssociation: string;
  changedFiles?: number;
  additions?: number;
  deletions?: number;
  author: { __typename: string; login: string; databaseId?: number } | null;
}

const pageSize = 100;

// The repo's open PRs (or issues), newest first, at most `limit`. Pages follow cursors, so they are read in turn.
// A page that cannot be read ends the list there, with the reason: the items before it are still triaged.
export async function listOpenItems(client: Client, repo: Repo, kind: 'pr' | 'issue', limit: number): Promise<{ subjects: Subject[]; failure: string | null }> {
  const field = kind === 'pr' ? 'pullRequests' : 'issues';
  const extra = kind === 'pr' ? 'changedFiles additions deletions' : '';
  const subjects: Subject[] = [];
  let after: string | null = null;
  do {
    const result = await runQuery(client, 'OpenItems', [
      {
        variables: {
          owner: { type: 'String!', value: repo.owner },
          name: { type: 'String!', value: repo.name },
          after: { type: 'String', value: after },
          first: { type: 'Int!', value: Math.min(pageSize, limit - subjects.length) },
        },
        selection: `  repository(owner: $owner, name: $name) {
    list: ${field}(states: OPEN, first: $first, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { number title createdAt authorAssociation ${extra} author { __typename login ... on User { databaseId } } }
    }
  }`,
      },
    ]);
    const list = (result.data.repository as { list?: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: (ItemNode | null)[] } } | null)?.list;
    const failure = result.failure ?? result.errors[0]?.message ?? (Array.isArray(list?.nodes) ? null : 'GitHub returned nothing');
    if (failure !== null || !list) {
      const what = `the open ${kind === 'pr' ? 'PRs' : 'issues'} of ${repo.owner}/${repo.name}${subjects.length > 0 ? ` past the first ${subjects.length}` : ''}`;
      return { subjects, failure: `Could not list ${what}: ${failure ?? 'GitHub returned nothing'}` };
    }
    subjects.push(...list.nodes.flatMap((node) => (node ? [toSubject(node, kind, repo)] : [])));
    after = list.pageInfo.hasNextPage ? list.pageInfo.endCursor : null;
  } while (after && subjects.length < limit);
  return { subjects, failure: null };
}

function toSubject(node: ItemNode, kind: 'pr' | 'issue', repo: Repo): Subject {
  return {
    repo,
    number: node.number,
    kind,
    // GraphQL gives no author for a deleted account; GitHub shows those as "ghost".
    author: { login: node.author?.login ?? 'ghost', id: node.author?.databaseId ?? null, type: node.author?.__typename ?? 'User' },
    association: toAssociation(node.authorAssociation),
    title: node.title,
    createdAt: node.createdAt,
    mergedAt: null,
    size: kind === 'pr' ? { additions: node.additions ?? 0, deletions: node.deletions ?? 0, changedFiles: node.changedFiles ?? 0 } : null,
  };
}
