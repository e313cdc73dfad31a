// GitHub's node count (its GraphQL docs, "Node limit"): the action's text count and the fake's count on the
// parsed document agree on GitHub's documented example and on every batch the action sends.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'graphql';
import { countNodes, nodeBudget, unitsPerQuery } from '../../src/fetch/count-nodes.js';
import { composeQuery, type QueryPart } from '../../src/fetch/graphql-query.js';
import { profilePart } from '../../src/fetch/profile-part.js';
import { threadPart } from '../../src/fetch/thread-part.js';
import { documentNodes } from '../fake-github/graphql-nodes.js';

// The docs' second example: 50 repositories, 20 PRs and 20 issues each with 10 comments, 10 followers
// following 10 each: 50 + 1,000 + 10,000 + 1,000 + 10,000 + 10 + 100.
const documented = `query {
  viewer {
    repositories(first: 50) {
      edges { repository: node { name
        pullRequests(first: 20) { edges { pullRequest: node { title comments(first: 10) { edges { comment: node { bodyHTML } } } } } }
        issues(first: 20) { totalCount edges { issue: node { title bodyHTML comments(first: 10) { edges { comment: node { id } } } } } }
      } }
    }
    followers(first: 10) { edges { follower: node { login following(first: 10) { edges { following: node { login } } } } } }
  }
}`;

const both = (query: string, variables: Record<string, unknown> = {}) => ({ text: countNodes(query), parsed: documentNodes(parse(query), variables) });

const repo = { owner: 'octo-org', name: 'widgets' };
const window = { since: new Date('2026-01-01T00:00:00Z'), until: new Date('2026-12-01T00:00:00Z') };

describe("GitHub's node count", () => {
  test('the documented example: 22,160 nodes, by both counts', () => {
    assert.deepEqual(both(documented), { text: 22_160, parsed: 22_160 });
  });

  test('scalar fields with arguments and union fragments', () => {
    const query = `query Q($n: String!) { repository(owner: "o", name: "r") { label(name: $n) { id } issueOrPullRequest(number: 1) { ... on Issue { labels(first: 100) { nodes { name } } } ... on PullRequest { labels(first: 100) { nodes { name } } files(first: 50) { nodes { path } } } } } }`;
    assert.deepEqual(both(query), { text: 250, parsed: 250 });
  });

  const batches: { name: string; parts: QueryPart[] }[] = [
    { name: 'a triage profile', parts: [profilePart('a0', { login: 'mona', firstTime: { repo, kind: 'pr', before: '2026-11-30T00:00:00Z' } }, window)] },
    { name: 'a backfill profile batch of 12', parts: Array.from({ length: 12 }, (_, i) => profilePart(`a${i}`, { login: `u${i}`, here: repo }, window)) },
    {
      name: 'a backfill thread batch of 12',
      parts: [
        threadPart(
          't',
          repo,
          Array.from({ length: 12 }, (_, i) => ({ number: i + 1, kind: i % 2 ? ('pr' as const) : ('issue' as const) })),
          ['a', 'b'],
          true,
        ),
      ],
    },
  ];
  for (const { name, parts } of batches) {
    test(`${name}: both counts agree, within the budget`, () => {
      const { query, variables } = composeQuery('Q', parts);
      const counts = both(query, variables);
      assert.equal(counts.text, counts.parsed);
      assert.ok(counts.text > 0 && counts.text <= nodeBudget, `${counts.text} nodes`);
    });
  }

  test('a PR is read by kind: 400 nodes (labels, first and last 100 comments, 100 files), an issue 300', () => {
    const one = (kind: 'pr' | 'issue') => countNodes(composeQuery('Q', [threadPart('t', repo, [{ number: 1, kind }], [], true)]).query);
    assert.equal(one('pr'), 400);
    assert.equal(one('issue'), 300);
  });

  test('units per query: what the budget holds, at least one, at most the cap', () => {
    const unit = composeQuery('Q', [threadPart('t', repo, [{ number: 1, kind: 'pr' }], [], true)]).query;
    assert.equal(unitsPerQuery(unit, 25), Math.floor(nodeBudget / 400));
    assert.equal(unitsPerQuery(unit, 3), 3);
    assert.equal(unitsPerQuery(documented, 25), 1);
  });
});
