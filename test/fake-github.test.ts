// The fake GitHub's own tests: it must answer like GitHub, or the action's tests prove nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { startFake, type FakeGitHub, type FakeOptions } from './fake-github/index.js';
import { sampleDataset } from './fake-github/sample-dataset.js';

interface Answer {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function rest(fake: FakeGitHub, method: string, path: string, body?: unknown, token = 'workflow-token'): Promise<Answer> {
  const response = await fetch(`${fake.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

async function gql(fake: FakeGitHub, query: string, variables: Record<string, unknown> = {}, token = 'workflow-token'): Promise<Answer> {
  const response = await fetch(fake.graphqlUrl, {
    method: 'POST',
    headers: { authorization: `bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

async function withFake(options: FakeOptions, body: (fake: FakeGitHub) => Promise<void>): Promise<void> {
  const fake = await startFake(sampleDataset(), options);
  try {
    await body(fake);
  } finally {
    await fake.close();
  }
}

const searchQuery = `query Search($q: String!, $after: String) {
  search(query: $q, type: ISSUE, first: 100, after: $after) {
    issueCount
    pageInfo { hasNextPage endCursor }
    nodes { __typename ... on Issue { repository { nameWithOwner } number createdAt } ... on PullRequest { repository { nameWithOwner } number createdAt } }
  }
}`;

describe('fake GitHub: search syntax', () => {
  let fake: FakeGitHub;
  before(async () => {
    fake = await startFake(sampleDataset());
  });
  after(() => fake.close());

  type Hit = { repository: { nameWithOwner: string }; number: number; createdAt: string };
  async function nodes(q: string): Promise<{ issueCount: number; nodes: Hit[] }> {
    const { body } = await gql(fake, searchQuery, { q });
    assert.equal(body.errors, undefined, `${q}: ${JSON.stringify(body.errors)}`);
    return body.data.search;
  }
  // As GitHub does, a search that mixes issues and PRs counts them but lists none; the items of a mixed
  // query are those of its two typed halves, in the query's order.
  async function search(q: string): Promise<string[]> {
    const typed = /(^|\s)(is|type):(pr|issue|pull-request)\b/.test(q);
    let hits: Hit[];
    if (typed) {
      hits = (await nodes(q)).nodes;
    } else {
      const mixed = await nodes(q);
      const [prs, issues] = await Promise.all([nodes(`${q} is:pr`), nodes(`${q} is:issue`)]);
      assert.deepEqual(mixed.nodes, [], `${q}: a mixed search lists no nodes`);
      assert.equal(mixed.issueCount, prs.issueCount + issues.issueCount, `${q}: but counts them all`);
      const asc = /sort:created-asc/.test(q);
      hits = [...prs.nodes, ...issues.nodes].sort((a, b) => (asc ? 1 : -1) * (Date.parse(a.createdAt) - Date.parse(b.createdAt)) || b.number - a.number);
    }
    return hits.map((n) => `${n.repository.nameWithOwner}#${n.number}`);
  }

  const cases: [string, string[]][] = [
    ['repo:acme/widgets is:pr', ['acme/widgets#7', 'acme/widgets#2', 'acme/widgets#4', 'acme/widgets#3']],
    ['repo:acme/widgets type:pr', ['acme/widgets#7', 'acme/widgets#2', 'acme/widgets#4', 'acme/widgets#3']],
    ['repo:acme/widgets is:issue', ['acme/widgets#5', 'acme/widgets#1', 'acme/widgets#6']],
    ['repo:acme/widgets type:issue is:open', ['acme/widgets#1']],
    ['author:spammer is:closed', ['acme/widgets#5', 'veteran/tools#2', 'acme/widgets#4']],
    ['author:veteran is:merged', ['acme/widgets#3', 'veteran/tools#1']],
    ['author:spammer is:unmerged', ['veteran/tools#2', 'acme/widgets#4']],
    ['author:newbie is:unmerged', ['acme/widgets#2']],
    ['user:veteran', ['veteran/tools#2', 'veteran/tools#1']],
    ['author:spammer is:pr -user:spammer -user:veteran', ['acme/widgets#4']],
    ['author:spammer reason:"not planned"', ['acme/widgets#5']],
    ['reason:completed', ['acme/widgets#6']],
    ['author:veteran created:>=2026-10-01', ['acme/widgets#3']],
    ['author:veteran created:>2026-09-30', ['acme/widgets#3']],
    ['author:veteran created:<=2026-09-01', ['acme/widgets#6', 'veteran/tools#1']],
    ['author:veteran created:<2026-09-01', ['veteran/tools#1']],
    ['author:veteran created:2026-08-01..2026-09-01', ['acme/widgets#6', 'veteran/tools#1']],
    ['author:veteran created:2026-09-02..*', ['acme/widgets#3']],
    ['closed:>=2026-11-11 is:closed', ['acme/widgets#5', 'acme/widgets#4']],
    ['merged:<2026-09-01', ['veteran/tools#1']],
    ['created:>=2026-11-20T10:00:00Z', ['acme/widgets#7', 'acme/widgets#2']],
    ['created:>2026-11-20T10:00:00Z', ['acme/widgets#7']],
    ['created:>=2026-11-20T10:00:00+00:00 created:<2026-11-21T00:00:00+00:00', ['acme/widgets#2']],
    ['created:2026-11-20T09:00:00Z..2026-11-20T10:00:00Z', ['acme/widgets#2']],
    ['author:veteran sort:created-asc', ['veteran/tools#1', 'acme/widgets#6', 'acme/widgets#3']],
    ['author:veteran sort:created-desc', ['acme/widgets#3', 'acme/widgets#6', 'veteran/tools#1']],
    ['author:app/dependabot', ['acme/widgets#7']],
    ['"Update README" author:spammer is:pr', ['veteran/tools#2', 'acme/widgets#4']],
  ];
  for (const [q, expected] of cases) {
    it(q, async () => assert.deepEqual(await search(q), expected));
  }

  it("refuses an unknown qualifier, recorded as the query's mistake", async () => {
    const recorded = fake.graphqlErrors.length;
    const { body } = await gql(fake, searchQuery, { q: 'bogus:thing' });
    assert.equal(body.data, null, 'search is non-null: the error nulls data, as graphql-js and GitHub do');
    assert.equal(body.errors[0].type, 'INVALID');
    assert.equal(fake.graphqlErrors.length, recorded + 1);
  });

  it('answers INVALID for an unknown author, other fields still answered', async () => {
    const { status, body } = await gql(fake, `query { a: search(query: "author:nobody-here", type: ISSUE, first: 1) { issueCount } }`);
    assert.equal(status, 200);
    assert.deepEqual(body.errors[0].path, ['a']);
    assert.equal(body.errors[0].type, 'INVALID');
    assert.match(body.errors[0].message, /The listed users cannot be searched/);
    assert.ok(!fake.graphqlErrors.some((e) => /listed users/.test(e)), 'an unknown user is no mistake of the query');
  });

  it('stops paging at 1000 results but counts them all, with opaque cursors', async () => {
    const data = sampleDataset();
    for (let n = 100; n < 1150; n++) {
      data.items.push({
        repo: 'acme/widgets',
        number: n,
        kind: 'pr',
        author: 'spammer',
        title: `spam ${n}`,
        state: 'open',
        created_at: new Date(Date.UTC(2026, 0, 1) + n * 60000).toISOString(),
        labels: [],
      });
    }
    const big = await startFake(data);
    try {
      let after: string | null = null;
      let seen = 0;
      let pages = 0;
      for (;;) {
        const { body } = await gql(big, searchQuery, { q: 'author:spammer is:pr is:open', after });
        assert.equal(body.data.search.issueCount, 1050);
        seen += body.data.search.nodes.length;
        pages += 1;
        if (!body.data.search.pageInfo.hasNextPage) break;
        after = body.data.search.pageInfo.endCursor;
        assert.match(after ?? '', /^[A-Za-z0-9+/=]+$/);
      }
      assert.equal(seen, 1000);
      assert.equal(pages, 10);
    } finally {
      await big.close();
    }
  });

  it('requires first or last when nodes are asked for, and caps first at 100', async () => {
    const missing = await gql(fake, `query { search(query: "is:pr", type: ISSUE) { nodes { __typename } } }`);
    assert.equal(missing.body.errors[0].type, 'MISSING_PAGINATION_BOUNDARIES');
    const excessive = await gql(fake, `query { search(query: "is:pr", type: ISSUE, first: 101) { issueCount } }`);
    assert.equal(excessive.body.errors[0].type, 'EXCESSIVE_PAGINATION');
  });
});

describe('fake GitHub: GraphQL objects', () => {
  it('answers NOT_FOUND for an unknown, suspended or bot login, with the other fields still answered', async () =>
    withFake({}, async (fake) => {
      const { status, body } = await gql(
        fake,
        `query { a: user(login: "veteran") { __typename login email databaseId socialAccounts(first: 5) { totalCount nodes { provider url } } }
                 b: user(login: "no-such-user") { login } c: user(login: "gone") { login } d: user(login: "dependabot[bot]") { login }
                 e: user(login: "newbie") { email name } }`,
      );
      assert.equal(status, 200);
      assert.equal(body.data.a.login, 'veteran');
      assert.equal(body.data.a.__typename, 'User');
      assert.equal(body.data.a.socialAccounts.nodes[0].provider, 'MASTODON');
      assert.equal(body.data.b, null);
      assert.equal(body.data.c, null);
      assert.equal(body.data.d, null);
      assert.equal(body.data.e.email, '', 'GitHub answers "" for a hidden email');
      assert.deepEqual(
        body.errors.map((e: { type: string; path: string[] }) => [e.type, e.path[0]]),
        [
          ['NOT_FOUND', 'b'],
          ['NOT_FOUND', 'c'],
          ['NOT_FOUND', 'd'],
        ],
      );
      assert.equal(body.errors[0].message, "Could not resolve to a User with the login of 'no-such-user'.");
      assert.deepEqual(fake.graphqlErrors, []);
    }));

  it('records validation errors and answers them like GitHub, without data', async () =>
    withFake({}, async (fake) => {
      const { status, body } = await gql(fake, `query { user(login: "veteran") { loginn } }`);
      assert.equal(status, 200);
      assert.equal(body.data, undefined);
      assert.match(body.errors[0].message, /loginn/);
      assert.ok(body.errors[0].locations);
      assert.equal(fake.graphqlErrors.length, 1);
    }));

  it('records a missing variable as a request error', async () =>
    withFake({}, async (fake) => {
      await gql(fake, `query ($login: String!) { user(login: $login) { login } }`, {});
      assert.equal(fake.graphqlErrors.length, 1);
    }));

  it('tells the viewer its own comments (viewerDidAuthor), and the org token is another identity', async () =>
    withFake({ orgToken: 'org-secret' }, async (fake) => {
      const query = `query { repository(owner: "acme", name: "widgets") { owner { __typename login }
        pullRequest(number: 2) { comments(first: 10) { totalCount nodes { databaseId viewerDidAuthor author { __typename login } } } } } }`;
      const mine = await gql(fake, query);
      const nodes = mine.body.data.repository.pullRequest.comments.nodes;
      assert.deepEqual(mine.body.data.repository.owner, { __typename: 'Organization', login: 'acme' });
      assert.deepEqual(
        nodes.map((n: { databaseId: number; viewerDidAuthor: boolean }) => [n.databaseId, n.viewerDidAuthor]),
        [
          [5001, true],
          [5002, false],
          [5003, false],
        ],
      );
      assert.deepEqual(nodes[0].author, { __typename: 'Bot', login: 'github-actions' }, 'GraphQL drops [bot] from bot logins');
      const boss = await gql(fake, query, {}, 'org-secret');
      assert.deepEqual(
        boss.body.data.repository.pullRequest.comments.nodes.map((n: { viewerDidAuthor: boolean }) => n.viewerDidAuthor),
        [false, false, true],
      );
    }));

  it('resolves issueOrPullRequest, labels, states and rate limit', async () =>
    withFake({}, async (fake) => {
      const { body } = await gql(
        fake,
        `query { repository(owner: "acme", name: "widgets") {
            label(name: "BUG") { name color }
            issue: issueOrPullRequest(number: 5) { __typename ... on Issue { state stateReason authorAssociation } }
            pr: issueOrPullRequest(number: 3) { __typename ... on PullRequest { state merged mergedAt isDraft additions deletions changedFiles } }
            pullRequests(states: OPEN, first: 10, orderBy: { field: CREATED_AT, direction: DESC }) { totalCount nodes { number } }
          }
          missing: repository(owner: "acme", name: "nope") { name }
          rateLimit { limit remaining cost used resetAt } }`,
      );
      const repo = body.data.repository;
      assert.deepEqual(repo.label, { name: 'bug', color: 'd73a4a' });
      assert.deepEqual(repo.issue, { __typename: 'Issue', state: 'CLOSED', stateReason: 'NOT_PLANNED', authorAssociation: 'NONE' });
      assert.deepEqual(repo.pr, {
        __typename: 'PullRequest',
        state: 'MERGED',
        merged: true,
        mergedAt: '2026-10-03T08:00:00Z',
        isDraft: false,
        additions: 40,
        deletions: 0,
        changedFiles: 1,
      });
      assert.deepEqual(
        repo.pullRequests.nodes.map((n: { number: number }) => n.number),
        [7, 2],
      );
      assert.equal(body.data.missing, null);
      assert.equal(body.errors[0].type, 'NOT_FOUND');
      assert.equal(body.data.rateLimit.remaining, 999, 'GITHUB_TOKEN: 1,000 points an hour');
      assert.deepEqual(fake.graphqlErrors, []);
    }));

  it('reports a field the fake does not implement', async () =>
    withFake({}, async (fake) => {
      await gql(fake, `query { user(login: "veteran") { status { message } } }`);
      assert.equal(fake.graphqlErrors.length, 1);
      assert.match(fake.graphqlErrors[0] ?? '', /does not implement User.status/);
    }));

  it("keeps latency the round trip: GitHub's work on an answer is inside it, not added to it", async () =>
    withFake({}, async (fake) => {
      await rest(fake, 'GET', '/users/boss'); // the client's and the fake's code warmed up
      fake.latencyMs = 200;
      // 60 ms of the fake's own work on the answer (a slow query on GitHub's side), well within L.
      const work = (body: unknown) => {
        const until = Date.now() + 60;
        while (Date.now() < until);
        return body;
      };
      fake.fault({ method: 'GET', path: '/users/boss', transform: work });
      const started = performance.now();
      const { status, body } = await rest(fake, 'GET', '/users/boss');
      const trip = performance.now() - started;
      assert.equal(status, 200);
      assert.equal(body.login, 'boss');
      // Built after the wait, it came at 260 ms and more.
      assert.ok(trip >= 195 && trip < 245, `the answer came ${Math.round(trip)} ms after the request, L = 200 ms`);
    }));

  it('names the operation in the log', async () =>
    withFake({}, async (fake) => {
      await gql(fake, `query Profile { viewer { login } }`);
      assert.equal(fake.requests('POST', /^\/graphql$/)[0]?.graphqlOperation, 'Profile');
    }));
});

describe('fake GitHub: REST', () => {
  it('pages public events newest first with GitHub Link headers, capped at 300', async () =>
    withFake({}, async (fake) => {
      const first = await rest(fake, 'GET', '/users/veteran/events/public?per_page=100');
      assert.equal(first.status, 200);
      assert.equal(first.body.length, 100);
      const newest = fake.data.events.filter((e) => e.actor === 'veteran').sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
      assert.equal(first.body[0].created_at, newest[0]?.created_at);
      const link = first.headers.get('link') ?? '';
      assert.match(link, /<http:\/\/127\.0\.0\.1:\d+\/users\/veteran\/events\/public\?per_page=100&page=2>; rel="next"/);
      assert.match(link, /page=3>; rel="last"/);
      let url: string | undefined = `/users/veteran/events/public?per_page=100`;
      let total = 0;
      while (url) {
        const page = await rest(fake, 'GET', url);
        total += page.body.length;
        const next = /<([^>]+)>; rel="next"/.exec(page.headers.get('link') ?? '')?.[1];
        url = next ? next.slice(fake.url.length) : undefined;
      }
      assert.equal(total, 300);
      const beyond = await rest(fake, 'GET', '/users/veteran/events/public?per_page=100&page=4');
      assert.equal(beyond.status, 422);
      const defaults = await rest(fake, 'GET', '/users/veteran/events/public');
      assert.equal(defaults.body.length, 30);
      assert.match(defaults.headers.get('link') ?? '', /page=10>; rel="last"/);
      assert.equal((await rest(fake, 'GET', '/users/gone/events/public')).status, 404);
      assert.equal((await rest(fake, 'GET', '/users/nobody/events/public')).status, 404);
    }));

  it('adds labels, creating a missing one with color ededed, and removes them', async () =>
    withFake({}, async (fake) => {
      const added = await rest(fake, 'POST', '/repos/acme/widgets/issues/2/labels', { labels: ['first-time contributor', 'bug'] });
      assert.equal(added.status, 200);
      assert.deepEqual(
        added.body.map((l: { name: string; color: string }) => [l.name, l.color]),
        [
          ['first-time contributor', 'ededed'],
          ['bug', 'd73a4a'],
        ],
      );
      assert.ok(fake.data.repos[0]?.labels.some((l) => l.name === 'first-time contributor'));
      const removed = await rest(fake, 'DELETE', `/repos/acme/widgets/issues/2/labels/${encodeURIComponent('first-time contributor')}`);
      assert.deepEqual(
        removed.body.map((l: { name: string }) => l.name),
        ['bug'],
      );
      const again = await rest(fake, 'DELETE', `/repos/acme/widgets/issues/2/labels/${encodeURIComponent('first-time contributor')}`);
      assert.equal(again.status, 404);
      assert.equal(again.body.message, 'Label does not exist');
      const created = await rest(fake, 'POST', '/repos/acme/widgets/labels', { name: 'triage: careful review', color: 'd93f0b' });
      assert.equal(created.status, 201);
      const duplicate = await rest(fake, 'POST', '/repos/acme/widgets/labels', { name: 'TRIAGE: careful review', color: 'd93f0b' });
      assert.equal(duplicate.status, 422);
      assert.deepEqual(duplicate.body.errors, [{ resource: 'Label', code: 'already_exists', field: 'name' }]);
    }));

  it('posts comments as the token identity and lets only the author edit them', async () =>
    withFake({ orgToken: 'org-secret' }, async (fake) => {
      const posted = await rest(fake, 'POST', '/repos/acme/widgets/issues/2/comments', { body: 'hello' });
      assert.equal(posted.status, 201);
      assert.equal(posted.body.user.login, 'github-actions[bot]');
      assert.equal(posted.body.user.type, 'Bot');
      assert.ok(fake.data.comments.some((c) => c.id === posted.body.id && c.author === 'github-actions[bot]'));
      const edited = await rest(fake, 'PATCH', `/repos/acme/widgets/issues/comments/${posted.body.id}`, { body: 'edited' });
      assert.equal(edited.status, 200);
      assert.equal(edited.body.body, 'edited');
      const notMine = await rest(fake, 'PATCH', '/repos/acme/widgets/issues/comments/5002', { body: 'hijack' });
      assert.equal(notMine.status, 403);
      const byOrg = await rest(fake, 'POST', '/repos/acme/widgets/issues/2/comments', { body: 'from the boss' }, 'org-secret');
      assert.equal(byOrg.body.user.login, 'boss');
      const listed = await rest(fake, 'GET', '/repos/acme/widgets/issues/2/comments?per_page=2');
      assert.equal(listed.body.length, 2);
      assert.match(listed.headers.get('link') ?? '', /rel="next"/);
    }));

  it('refuses writes with a read-only token but still reads', async () =>
    withFake({ readOnlyToken: true }, async (fake) => {
      const refused = await rest(fake, 'POST', '/repos/acme/widgets/issues/2/labels', { labels: ['bug'] });
      assert.equal(refused.status, 403);
      assert.equal(refused.body.message, 'Resource not accessible by integration');
      assert.deepEqual(fake.data.items.find((i) => i.number === 2 && i.repo === 'acme/widgets')?.labels, []);
      assert.equal((await rest(fake, 'GET', '/users/newbie')).status, 200);
      const mutation = await gql(fake, `mutation { addComment(input: { subjectId: "x", body: "y" }) { clientMutationId } }`);
      assert.equal(mutation.body.errors[0].type, 'FORBIDDEN');
      fake.readOnlyToken = false;
      assert.equal((await rest(fake, 'POST', '/repos/acme/widgets/issues/2/labels', { labels: ['bug'] })).status, 200);
    }));

  it('lists open PRs and issues (issues include PRs) newest first', async () =>
    withFake({}, async (fake) => {
      const pulls = await rest(fake, 'GET', '/repos/acme/widgets/pulls?state=open&sort=created&direction=desc&per_page=1');
      assert.deepEqual(
        pulls.body.map((p: { number: number }) => p.number),
        [7],
      );
      assert.match(pulls.headers.get('link') ?? '', /page=2>; rel="last"/);
      const issues = await rest(fake, 'GET', '/repos/acme/widgets/issues?state=open');
      assert.deepEqual(
        issues.body.map((i: { number: number; pull_request?: unknown }) => [i.number, Boolean(i.pull_request)]),
        [
          [7, true],
          [2, true],
          [1, false],
        ],
      );
      assert.equal(issues.body[1].author_association, 'FIRST_TIME_CONTRIBUTOR');
      assert.equal(issues.body[0].user.type, 'Bot');
      const files = await rest(fake, 'GET', '/repos/acme/widgets/pulls/2/files');
      assert.deepEqual(
        files.body.map((f: { filename: string }) => f.filename),
        ['src/app.ts', '.github/workflows/ci.yml'],
      );
      assert.equal((await rest(fake, 'GET', '/repos/acme/widgets/pulls/1/files')).status, 404);
    }));

  it('answers org membership and invitations with the admin check', async () =>
    withFake({ orgToken: 'org-secret' }, async (fake) => {
      assert.equal((await rest(fake, 'GET', '/orgs/acme/members/boss', undefined, 'org-secret')).status, 204);
      assert.equal((await rest(fake, 'GET', '/orgs/acme/members/newbie', undefined, 'org-secret')).status, 404);
      // A requester outside the org is redirected (302) to the public membership check, as on GitHub: a
      // private member reads as not found there.
      const redirect = await fetch(`${fake.url}/orgs/acme/members/boss`, { redirect: 'manual', headers: { authorization: 'token t' } });
      assert.equal(redirect.status, 302);
      assert.equal(redirect.headers.get('location'), `${fake.url}/orgs/acme/public_members/boss`);
      assert.equal((await rest(fake, 'GET', '/orgs/acme/members/boss')).status, 404);
      assert.equal((await rest(fake, 'GET', '/orgs/acme/invitations')).status, 403);
      const invited = await rest(fake, 'POST', '/orgs/acme/invitations', { invitee_id: 1002, role: 'direct_member' }, 'org-secret');
      assert.equal(invited.status, 201);
      assert.equal(invited.body.login, 'newbie');
      assert.equal(fake.data.invitations.length, 1);
      assert.equal((await rest(fake, 'POST', '/orgs/acme/invitations', { invitee_id: 1002 }, 'org-secret')).status, 422);
      assert.equal((await rest(fake, 'POST', '/orgs/acme/invitations', { invitee_id: 1001 }, 'org-secret')).status, 422);
      const pending = await rest(fake, 'GET', '/orgs/acme/memberships/newbie');
      assert.equal(pending.body.state, 'pending');
      const listed = await rest(fake, 'GET', '/orgs/acme/invitations', undefined, 'org-secret');
      assert.equal(listed.body.length, 1);
    }));

  it('answers an unknown route with GitHub 404 and every answer with GitHub headers', async () =>
    withFake({}, async (fake) => {
      const missing = await rest(fake, 'GET', '/nope');
      assert.equal(missing.status, 404);
      assert.deepEqual(missing.body, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      assert.equal(missing.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.equal(missing.headers.get('x-ratelimit-limit'), '1000', 'GITHUB_TOKEN: 1,000 requests an hour');
      assert.equal(missing.headers.get('x-ratelimit-remaining'), '999');
      assert.equal(missing.headers.get('x-ratelimit-used'), '1');
      assert.equal(missing.headers.get('x-ratelimit-resource'), 'core');
      assert.ok(Number(missing.headers.get('x-ratelimit-reset')) > Date.now() / 1000);
      assert.ok(missing.headers.get('x-github-request-id'));
      const second = await rest(fake, 'GET', '/users/newbie');
      assert.equal(second.headers.get('x-ratelimit-remaining'), '998');
      const limits = await rest(fake, 'GET', '/rate_limit');
      assert.equal(limits.body.resources.core.remaining, 998);
    }));
});

describe('fake GitHub: latency, faults, rate limits', () => {
  it('waits latencyMs per request, concurrently', async () =>
    withFake({ latencyMs: 200 }, async (fake) => {
      const started = Date.now();
      await Promise.all(Array.from({ length: 16 }, () => rest(fake, 'GET', '/users/newbie')));
      const elapsed = Date.now() - started;
      assert.ok(elapsed >= 190, `took ${elapsed} ms`);
      assert.ok(elapsed < 400, `took ${elapsed} ms`);
      // Concurrently: at least 8 of the 16 open at once (how many exactly depends on the client's sockets).
      assert.ok(fake.maxInFlight() >= 8, `at most ${fake.maxInFlight()} in flight`);
      assert.equal(Math.max(...fake.log.map((e) => e.inFlight)), fake.maxInFlight());
    }));

  it('serves hundreds of concurrent requests', async () =>
    withFake({ latencyMs: 50 }, async (fake) => {
      const answers = await Promise.all(Array.from({ length: 300 }, (_, n) => rest(fake, 'GET', n % 2 ? '/users/newbie' : '/repos/acme/widgets/issues')));
      assert.ok(answers.every((a) => a.status === 200));
      assert.equal(fake.log.length, 300);
      assert.ok(fake.log.every((e) => e.endedAt >= e.startedAt + 45));
    }));

  it("adds a rule's delayMs to the latency without changing the answer", async () =>
    withFake({ latencyMs: 20 }, async (fake) => {
      fake.fault({ path: '/users/newbie', delayMs: 200, times: 1 });
      const started = Date.now();
      assert.equal((await rest(fake, 'GET', '/users/newbie')).status, 200);
      assert.ok(Date.now() - started >= 215);
    }));

  it('keeps a hanging request open until close()', async () => {
    const fake = await startFake(sampleDataset());
    fake.fault({ path: '/users/newbie', hang: true });
    const pending = fetch(`${fake.url}/users/newbie`).then(
      () => 'answered',
      () => 'dropped',
    );
    const early = await Promise.race([pending, new Promise((resolve) => setTimeout(() => resolve('still open'), 150))]);
    assert.equal(early, 'still open');
    assert.equal(fake.log[0]?.status, 0);
    await fake.close();
    assert.equal(await pending, 'dropped');
  });

  it('applies a fault the given number of times, then answers normally', async () =>
    withFake({}, async (fake) => {
      fake.fault({
        path: /^\/users\/[^/]+$/,
        status: 403,
        headers: { 'retry-after': '1' },
        body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
        times: 2,
      });
      const first = await rest(fake, 'GET', '/users/newbie');
      assert.equal(first.status, 403);
      assert.equal(first.headers.get('retry-after'), '1');
      assert.match(first.body.message, /secondary rate limit/);
      assert.equal((await rest(fake, 'GET', '/users/newbie')).status, 403);
      assert.equal((await rest(fake, 'GET', '/users/newbie')).status, 200);
      assert.deepEqual(
        fake.requests('GET', /^\/users\//).map((e) => e.status),
        [403, 403, 200],
      );
      fake.fault({ method: 'POST', path: '/repos/acme/widgets/issues/1/comments', status: 502, applyThenFail: true, times: 1 });
      const lost = await rest(fake, 'POST', '/repos/acme/widgets/issues/1/comments', { body: 'lost answer' });
      assert.equal(lost.status, 502);
      assert.ok(
        fake.data.comments.some((c) => c.body === 'lost answer'),
        'the write happened',
      );
      fake.fault({ path: '/graphql', status: 500, times: 1 });
      assert.equal((await gql(fake, '{ viewer { login } }')).status, 500);
      assert.equal((await gql(fake, '{ viewer { login } }')).status, 200);
      fake.fault({ path: '/users/newbie', status: 500 });
      fake.clearFaults();
      assert.equal((await rest(fake, 'GET', '/users/newbie')).status, 200);
    }));

  it('refuses everything when the primary rate limit is exhausted', async () =>
    withFake({ rateLimitRemaining: 0 }, async (fake) => {
      const limited = await rest(fake, 'GET', '/users/newbie');
      assert.equal(limited.status, 403);
      assert.equal(limited.headers.get('x-ratelimit-remaining'), '0');
      assert.deepEqual(limited.body, {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
      });
      const graphql = await gql(fake, '{ viewer { login } }');
      assert.equal(graphql.status, 200);
      assert.equal(graphql.body.errors[0].type, 'RATE_LIMITED');
      assert.equal(graphql.headers.get('x-ratelimit-resource'), 'graphql');
    }));

  it('counts the quota down to zero', async () =>
    withFake({ rateLimitRemaining: 2 }, async (fake) => {
      assert.equal((await rest(fake, 'GET', '/users/newbie')).headers.get('x-ratelimit-remaining'), '1');
      assert.equal((await rest(fake, 'GET', '/users/newbie')).headers.get('x-ratelimit-remaining'), '0');
      assert.equal((await rest(fake, 'GET', '/users/newbie')).status, 403);
    }));
});

// A structural check against GitHub's own response schemas: required properties present, types right.
type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  nullable?: boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

function schemaProblems(value: unknown, schema: JsonSchema, where: string): string[] {
  if (value === null)
    return schema.nullable || schema.type === 'null' || (Array.isArray(schema.type) && schema.type.includes('null')) || (!schema.type && !schema.properties)
      ? []
      : [`${where}: null`];
  for (const [key, options] of [
    ['anyOf', schema.anyOf],
    ['oneOf', schema.oneOf],
  ] as const) {
    if (options && !options.some((option) => schemaProblems(value, option, where).length === 0)) return [`${where}: matches no ${key}`];
  }
  const problems = (schema.allOf ?? []).flatMap((part) => schemaProblems(value, part, where));
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 0 && !types.some((type) => typeMatches(value, type))) return [...problems, `${where}: not ${types.join('|')}`];
  if (Array.isArray(value) && schema.items)
    value.forEach((item, index) => problems.push(...schemaProblems(item, schema.items as JsonSchema, `${where}[${index}]`)));
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) problems.push(`${where}.${key}: missing`);
    for (const [key, sub] of Object.entries(schema.properties ?? {})) if (key in record) problems.push(...schemaProblems(record[key], sub, `${where}.${key}`));
  }
  return problems;
}

function typeMatches(value: unknown, type: string): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

describe('fake GitHub: REST answers match GitHub openapi schemas', () => {
  let paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }> }>>;
  let fake: FakeGitHub;
  before(async () => {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.deref.json');
    paths = (JSON.parse(readFileSync(file, 'utf8')) as { paths: typeof paths }).paths;
    fake = await startFake(sampleDataset(), { orgToken: 'org-secret' });
  });
  after(() => fake.close());

  const checks: [method: string, template: string, path: string, status: string, body?: unknown, token?: string][] = [
    ['get', '/users/{username}', '/users/veteran', '200'],
    ['get', '/users/{username}/events/public', '/users/veteran/events/public', '200'],
    ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files', '/repos/acme/widgets/pulls/2/files', '200'],
    ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments', '/repos/acme/widgets/issues/2/comments', '200'],
    ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments', '/repos/acme/widgets/issues/1/comments', '201', { body: 'hi' }],
    ['post', '/repos/{owner}/{repo}/issues/{issue_number}/labels', '/repos/acme/widgets/issues/1/labels', '200', { labels: ['new one'] }],
    ['post', '/repos/{owner}/{repo}/labels', '/repos/acme/widgets/labels', '201', { name: 'x', color: '000000' }],
    ['get', '/repos/{owner}/{repo}/pulls', '/repos/acme/widgets/pulls?state=all', '200'],
    ['get', '/repos/{owner}/{repo}/issues', '/repos/acme/widgets/issues?state=all', '200'],
    ['get', '/repos/{owner}/{repo}/pulls/{pull_number}', '/repos/acme/widgets/pulls/2', '200'],
    ['post', '/orgs/{org}/invitations', '/orgs/acme/invitations', '201', { invitee_id: 1004 }, 'org-secret'],
    ['get', '/orgs/{org}/invitations', '/orgs/acme/invitations', '200', undefined, 'org-secret'],
    ['get', '/orgs/{org}/memberships/{username}', '/orgs/acme/memberships/boss', '200'],
    ['get', '/rate_limit', '/rate_limit', '200'],
    ['get', '/search/issues', '/search/issues?q=author%3Anewbie', '200'],
  ];
  for (const [method, template, path, status, body, token] of checks) {
    it(`${method.toUpperCase()} ${template}`, async () => {
      const schema = paths[template]?.[method]?.responses[status]?.content?.['application/json']?.schema;
      assert.ok(schema, `no schema for ${method} ${template} ${status}`);
      const answer = await rest(fake, method.toUpperCase(), path, body, token);
      assert.equal(String(answer.status), status);
      assert.deepEqual(schemaProblems(answer.body, schema, 'body'), []);
    });
  }
});

describe("GitHub's node limit", () => {
  it("refuses a query over 500,000 nodes before running it, in GitHub's words", async () => {
    const fake = await startFake(sampleDataset());
    try {
      const query = `query Heavy { viewer { repositories(first: 100) { nodes { issues(first: 100) { nodes { comments(first: 100) { totalCount } } } } } } }`;
      const response = await fetch(fake.graphqlUrl, {
        method: 'POST',
        headers: { authorization: 'bearer t', 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { data?: unknown; errors: { type: string; message: string }[] };
      assert.equal(response.status, 200);
      assert.equal(body.data, undefined);
      assert.equal(body.errors[0]?.type, 'MAX_NODE_LIMIT_EXCEEDED');
      assert.equal(body.errors[0]?.message, 'This query requests up to 1,010,100 possible nodes which exceeds the maximum limit of 500,000.');
      assert.equal(fake.log.at(-1)?.graphqlNodes, 1_010_100);
    } finally {
      await fake.close();
    }
  });
});

describe("GitHub's 100 labels an item", () => {
  it('refuses an add past 100, by REST (422) and by addLabelsToLabelable (UNPROCESSABLE), and takes one up to 100', async () =>
    withFake({}, async (fake) => {
      const repo = fake.data.repos[0];
      const item = fake.data.items.find((i) => i.repo === 'acme/widgets' && i.number === 2);
      assert.ok(repo && item);
      const names = Array.from({ length: 99 }, (_, i) => `area: ${i}`);
      repo.labels.push(...names.map((name) => ({ name, color: 'c5def5' })));
      item.labels = names.slice(0, 98);
      const rest422 = await rest(fake, 'POST', '/repos/acme/widgets/issues/2/labels', { labels: ['bug', 'triage: check', 'area: 98'] });
      assert.equal(rest422.status, 422);
      const { nodeId, itemId, labelId } = await import('./fake-github/node-ids.js');
      const add = (labels: string[]) =>
        gql(fake, `mutation($id: ID!, $labels: [ID!]!) { a0: addLabelsToLabelable(input: { labelableId: $id, labelIds: $labels }) { clientMutationId } }`, {
          id: nodeId('PullRequest', itemId(fake.data, item)),
          labels: labels.map((n) => nodeId('Label', labelId('acme/widgets', n))),
        });
      const refused = await add(['bug', 'triage: check', 'area: 98']);
      assert.equal(refused.body.errors?.length, 1, JSON.stringify(refused.body));
      assert.equal(refused.body.errors[0].type, 'UNPROCESSABLE');
      assert.deepEqual(refused.body.errors[0].path, ['a0']);
      assert.match(refused.body.errors[0].message, /cannot have more than 100 labels/);
      assert.equal(item.labels.length, 98, 'nothing was added');
      const taken = await add(['bug', 'triage: check']);
      assert.equal(taken.body.errors, undefined, JSON.stringify(taken.body));
      assert.equal(item.labels.length, 100);
    }));
});
