import type { Repo } from '../types.js';
import type { Client } from './client.js';
import { runQuery } from './graphql-query.js';
import { commentFields, ownComments, type CommentNode, type Thread } from './thread-part.js';

// Pages of the middle of a thread read at most; past that the thread is left incomplete and nothing is
// posted on it (a duplicate comment is worse than a missing one).
const maxPages = 10;

// The comments a thread's first read skipped (threads of over 200 comments). Pages follow cursors, so they
// are read in turn; only long threads pay for it.
export async function readUnreadComments(client: Client, repo: Repo, number: number, thread: Thread, markers: string[]): Promise<Thread> {
  let unread = thread.unreadComments;
  const nodes: CommentNode[] = [];
  for (let page = 0; unread && page < maxPages; page++) {
    const result = await runQuery(client, 'ThreadComments', [
      {
        variables: {
          owner: { type: 'String!', value: repo.owner },
          name: { type: 'String!', value: repo.name },
          number: { type: 'Int!', value: number },
          after: { type: 'String!', value: unread.after },
        },
        selection: `  repository(owner: $owner, name: $name) {
    item: issueOrPullRequest(number: $number) {
      ... on PullRequest { comments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } ${commentFields} } }
      ... on Issue { comments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } ${commentFields} } }
    }
  }`,
      },
    ]);
    const comments = (
      result.data.repository as { item?: { comments?: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: CommentNode[] } } } | undefined
    )?.item?.comments;
    if (result.failure || !comments) break;
    nodes.push(...comments.nodes);
    const left = unread.count - comments.nodes.length;
    unread = left > 0 && comments.pageInfo.hasNextPage ? { after: comments.pageInfo.endCursor, count: left } : null;
  }
  const found = ownComments(nodes, markers);
  const known = new Set(thread.ownComments.map((c) => c.id));
  return { ...thread, ownComments: [...thread.ownComments, ...found.filter((c) => !known.has(c.id))], unreadComments: unread };
}
