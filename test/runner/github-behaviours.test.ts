// What github.com does that a lenient fake would not (issue 15): archived repositories, long histories whose
// later pages fail, two runs at once on one thread, bidirectional controls in user text. Each through the
// bundle against the fake, which now behaves as GitHub does.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBacklog, buildPersona } from '../personas/index.js';
import { assertAllOutputs, labelsOn, levelOf, ourComments, ourCommentsOfKind, runOn, startFor, writeRequests } from './helpers.js';
import { unicornPage as unicorn } from '../fake-github/index.js';

const welcome = 'Welcome {author} to {repo}!';

describe('an archived repository', () => {
  test('one warning naming it, no write attempted, exit 0', async (t) => {
    const persona = buildPersona('newcomer');
    const repo = persona.dataset.repos.find((r) => r.owner === 'octo-org' && r.name === 'widgets');
    assert.ok(repo);
    repo.archived = true;
    const fake = await startFor(t, persona.dataset);
    const run = await runOn(fake, persona.event, { 'welcome-message': welcome, 'report-comment': 'always' });
    assert.equal(run.code, 0, run.stdout);
    assertAllOutputs(run);
    const archived = run.warnings.filter((w) => /archived/.test(w));
    assert.equal(archived.length, 1, run.warnings.join(' | '));
    assert.match(archived[0] ?? '', /octo-org\/widgets is archived/);
    assert.deepEqual(writeRequests(fake), [], 'no write is sent to an archived repository');
    assert.equal(run.outputs.partial, 'false', 'an archived repository is not a failed read');
  });

  test('archived after the read: the first refusal stops every later write, one warning', async (t) => {
    const persona = buildPersona('newcomer');
    const repo = persona.dataset.repos.find((r) => r.owner === 'octo-org' && r.name === 'widgets');
    assert.ok(repo);
    const fake = await startFor(t, persona.dataset);
    // The thread is read while the repository is still open; the profile is held back, and the repository
    // archived before the writes that wait for it.
    fake.fault({ method: 'POST', path: '/graphql', operation: 'Profile', delayMs: 800, times: 1 });
    const running = runOn(fake, persona.event, { 'welcome-message': welcome });
    while (!fake.log.some((e) => e.graphqlOperation === 'Thread' && e.status === 200)) await new Promise((r) => setTimeout(r, 5));
    repo.archived = true;
    const run = await running;
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.warnings.filter((w) => /archived/.test(w)).length, 1, run.warnings.join(' | '));
    const writes = writeRequests(fake);
    assert.ok(writes.length >= 1, 'the first write was sent');
    assert.ok(
      writes.every((w) => w.status === 403),
      'every write that went out was refused',
    );
    // The one wave of writes goes out together and is refused; nothing follows it (no label colour to mend).
    assert.deepEqual(fake.requests('PATCH'), [], 'no write after the refusals');
    assert.equal(writes.length, new Set(writes.map((w) => `${w.method} ${w.path}`)).size, 'no write was sent twice');
  });
});

describe('an archived repository in a backfill', () => {
  test('archived after the read: the first refusal calls off every comment still waiting its turn, one warning', async (t) => {
    const { dataset, payload } = buildBacklog({ prs: 12, authors: 10 });
    const repo = dataset.repos.find((r) => r.owner === 'octo-org' && r.name === 'widgets');
    assert.ok(repo);
    // The labels exist, so the writes are the label mutations and one welcome per first-timer, paced 1 s apart.
    for (const name of ['triage: check', 'triage: careful review', 'first-time contributor']) repo.labels.push({ name, color: 'fbca04' });
    const fake = await startFor(t, dataset);
    const run0 = await runOn(fake, { name: 'workflow_dispatch', payload }, { 'welcome-message': welcome, 'dry-run': 'true' });
    const planned = (run0.summary.match(/post the welcome comment on/g) ?? []).length;
    assert.ok(planned >= 3, `a dry run plans several welcomes (${planned})`);
    // Archived between the read and the writes: the reads say it is open.
    repo.archived = true;
    const open = (body: unknown) => {
      const data = (body as { data?: { tRepo?: { isArchived?: boolean } } }).data;
      if (data?.tRepo) data.tRepo.isArchived = false;
      return body;
    };
    fake.fault({ path: '/graphql', operation: 'Threads', transform: open });
    fake.fault({ path: '/graphql', operation: 'LabelIds', transform: open });
    const from = fake.log.length;
    const run = await runOn(fake, { name: 'workflow_dispatch', payload }, { 'welcome-message': welcome });
    assert.equal(run.code, 0, run.stdout);
    assertAllOutputs(run);
    assert.deepEqual(
      run.warnings.filter((w) => /archived/.test(w)),
      ['octo-org/widgets is archived, so GitHub refuses every write to it: nothing was written. Unarchive it, or remove the workflow.'],
      run.warnings.join(' | '),
    );
    assert.ok(!run.warnings.some((w) => /^Could not/.test(w)), run.warnings.join(' | '));
    const comments = fake.log.slice(from).filter((e) => e.method === 'POST' && /\/comments$/.test(e.path));
    assert.equal(comments.length, 1, `one comment was tried, then none: ${comments.map((c) => c.path).join(', ')}`);
    assert.equal(comments[0]?.status, 403);
    assert.deepEqual(fake.data.comments, [], 'nothing was posted');
  });
});

describe("a failed later page of the author's history", () => {
  test('the signals it feeds are unknown, not counted from the first 100 items', async (t) => {
    const persona = buildPersona('veteran');
    const ds = persona.dataset;
    const own = ds.items.filter((i) => i.author === persona.login && i.repo !== 'octo-org/widgets');
    assert.ok(own.length > 0);
    const now = Date.now();
    for (let k = 0; k < 160; k++) {
      const base = own[k % own.length];
      assert.ok(base);
      const created = new Date(now - (k + 1) * 3 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      ds.items.push({ ...base, number: 5000 + k, title: `Distinct change number ${k}`, created_at: created, labels: [] });
    }
    const fake = await startFor(t, ds);
    fake.fault({ method: 'POST', path: '/graphql', operation: 'HistoryPage', status: 200, rawBody: unicorn });
    const run = await runOn(fake, persona.event);
    assert.equal(run.code, 0, run.stdout);
    assert.equal(fake.log.filter((e) => e.graphqlOperation === 'HistoryPage').length, 1, 'the second page was asked for once');
    assert.equal(run.outputs.partial, 'true');
    assert.equal(levelOf(run, 'repeated-titles'), 'unknown');
    assert.equal(levelOf(run, 'external-prs-per-week'), 'unknown');
    assert.ok(
      run.warnings.some((w) => /later pages of vkowalski's history: GitHub answered the HistoryPage query with an HTML page/.test(w)),
      run.warnings.join(' | '),
    );
  });
});

describe('two runs at once on one thread', () => {
  test('both post a welcome; the later one deletes its own, one welcome is left', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    // Both runs read the thread (no welcome yet) before either comment lands.
    fake.fault({ method: 'POST', path: '/repos/octo-org/widgets/issues/42/comments', delayMs: 2500 });
    const runs = await Promise.all([runOn(fake, persona.event, { 'welcome-message': welcome }), runOn(fake, persona.event, { 'welcome-message': welcome })]);
    for (const run of runs) assert.equal(run.code, 0, run.stdout);
    assert.equal(fake.requests('POST', /\/issues\/42\/comments$/).length, 2, 'each run posted, seeing no welcome');
    const left = ourCommentsOfKind(fake, 42, 'welcome');
    assert.equal(left.length, 1, 'one welcome is left');
    const deletes = fake.requests('DELETE', /\/issues\/comments\/\d+$/);
    assert.equal(deletes.length, 1, 'one run deleted its duplicate');
    assert.ok(!deletes[0]?.path.endsWith(`/${left[0]?.id}`), 'the older comment is the one kept');
    assert.ok(
      runs.every((r) => r.warnings.length === 0 || !r.warnings.some((w) => /welcome/.test(w))),
      'no warning about the welcome',
    );
  });

  test('one run alone: no deletion, one extra read after posting', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    const run = await runOn(fake, persona.event, { 'welcome-message': welcome });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(ourComments(fake, 42).length, 1);
    assert.equal(fake.requests('DELETE').length, 0);
  });
});

describe('bidirectional controls in user text', () => {
  test('stripped from the summary and the report comment', async (t) => {
    const persona = buildPersona('newcomer');
    const bidi = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    const user = persona.dataset.users.find((u) => u.login === persona.login);
    assert.ok(user);
    user.name = `Sam \u202eevil\u202c Okafor`;
    const pr = persona.event.payload as { pull_request: { title: string } };
    pr.pull_request.title = `Fix \u2067typo\u2069 in ${bidi.join('')}README`;
    const fake = await startFor(t, persona.dataset);
    const run = await runOn(fake, persona.event, { 'report-comment': 'always' });
    assert.equal(run.code, 0, run.stdout);
    const report = ourCommentsOfKind(fake, 42, 'report')[0]?.body ?? '';
    assert.ok(report.length > 0, 'the report was posted');
    for (const [where, text] of [
      ['summary', run.summary],
      ['report comment', report],
    ] as const) {
      assert.ok(!/[\u202a-\u202e\u2066-\u2069]/.test(text), `${where} carries a bidirectional control`);
    }
    assert.match(run.summary, /Fix typo in README/);
    assert.ok(labelsOn(fake, 42).length > 0);
  });
});

describe('a bot author profiled (skip-bots: false)', () => {
  test('every search names it app/name, which GitHub takes; none says name[bot], which GitHub refuses', async (t) => {
    const persona = buildPersona('bot');
    const fake = await startFor(t, persona.dataset);
    const run = await runOn(fake, persona.event, { 'skip-bots': 'false' });
    assert.equal(run.code, 0, run.stdout);
    assertAllOutputs(run);
    assert.deepEqual(fake.graphqlErrors, [], 'no search refused');
    const login = (persona.event.payload as { pull_request: { user: { login: string } } }).pull_request.user.login;
    assert.match(login, /\[bot\]$/);
    const searches = fake.log
      .filter((e) => e.path === '/graphql')
      .flatMap((e) => Object.values((e.body as { variables?: Record<string, unknown> }).variables ?? {}))
      .filter((v): v is string => typeof v === 'string' && /\bauthor:/.test(v));
    assert.ok(searches.length >= 5, searches.join('\n'));
    assert.ok(
      searches.every((q) => q.includes(`author:app/${login.replace(/\[bot\]$/, '')} `) && !q.includes('[bot]')),
      searches.join('\n'),
    );
    // Its history was read: the signals the searches feed are known.
    assert.equal(levelOf(run, 'closed-unmerged-ratio'), 'green');
    assert.equal(levelOf(run, 'not-planned-issues'), 'green');
  });

  test('the fake refuses author:name[bot] as GitHub does, so a search in that form would fail the test above', async (t) => {
    const persona = buildPersona('bot');
    const fake = await startFor(t, persona.dataset);
    const login = (persona.event.payload as { pull_request: { user: { login: string } } }).pull_request.user.login;
    const ask = async (q: string) => {
      const response = await fetch(fake.graphqlUrl, {
        method: 'POST',
        headers: { authorization: 'bearer t', 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query S($q: String!) { search(type: ISSUE, query: $q, first: 1) { issueCount } }', variables: { q } }),
      });
      return (await response.json()) as { data?: { search: { issueCount: number } | null }; errors?: { type?: string }[] };
    };
    const refused = await ask(`author:${login} is:pr`);
    assert.equal(refused.errors?.[0]?.type, 'INVALID');
    const taken = await ask(`author:app/${login.replace(/\[bot\]$/, '')} is:pr`);
    assert.equal(taken.errors, undefined);
    assert.ok((taken.data?.search?.issueCount ?? 0) >= 1);
    fake.graphqlErrors.length = 0;
  });
});

describe('a search GitHub counted but did not list', () => {
  // GitHub lists no nodes for a search that mixes issues and PRs, and leaves out what the token may not see,
  // while counting them. A backfill reads an author's items here as a list: an empty list there must be
  // unknown (GitHub's association decides), never "no earlier items", which would welcome a returning author.
  test("backfill: an issue author's earlier items counted but not listed: not taken for first-time, one warning", async (t) => {
    const { dataset, payload } = buildBacklog({ prs: 12, authors: 10 });
    const author = dataset.users.find(
      (u) => u.type === 'User' && dataset.items.some((i) => i.author === u.login && i.state === 'open' && i.author_association === 'FIRST_TIME_CONTRIBUTOR'),
    );
    assert.ok(author);
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    dataset.items.push(
      {
        repo: 'octo-org/widgets',
        number: 499,
        kind: 'issue',
        author: author.login,
        title: 'Docs typo',
        state: 'closed',
        created_at: at(200),
        closed_at: at(190),
        author_association: 'NONE',
        labels: [],
      },
      {
        repo: 'octo-org/widgets',
        number: 500,
        kind: 'issue',
        author: author.login,
        title: 'Crash when the cache dir is missing',
        state: 'open',
        created_at: at(0.01),
        author_association: 'NONE',
        labels: [],
      },
    );
    const fake = await startFor(t, dataset);
    fake.fault({
      path: '/graphql',
      operation: 'Profiles',
      transform: (body) => {
        const data = (body as { data?: Record<string, { issueCount?: number; nodes?: unknown[] } | null> }).data ?? {};
        for (const [alias, value] of Object.entries(data)) if (/Here(Prs|Issues)$/.test(alias) && value && (value.issueCount ?? 0) > 0) value.nodes = [];
        return body;
      },
    });
    const run = await runOn(fake, { name: 'workflow_dispatch', payload }, { 'backfill-issues': 'true', 'welcome-message': 'Welcome {author}!' });
    assert.equal(run.code, 0, run.stdout);
    assertAllOutputs(run);
    assert.deepEqual(ourCommentsOfKind(fake, 500, 'welcome'), [], 'an author with an earlier issue here is not welcomed as new');
    assert.ok(!labelsOn(fake, 500).includes('first-time contributor'), labelsOn(fake, 500).join(', '));
    const unlisted = run.warnings.filter((w) => w.includes(`of ${author.login} here: GitHub counted`));
    assert.ok(unlisted.length >= 1, run.warnings.join('\n'));
    assert.match(unlisted[0] ?? '', /counted \d+ but listed none/);
  });
});

describe('history nodes the token cannot read', () => {
  test('left out, not counted as one empty repeated title', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    // GitHub answers a search node it will not show this token as null, or as an object without its fields.
    fake.fault({
      path: '/graphql',
      operation: 'Profile',
      transform: (body) => {
        const prs = (body as { data?: { a0Prs?: { issueCount: number; nodes: unknown[] } } }).data?.a0Prs;
        if (prs) {
          prs.nodes.push(null, {}, {}, { __typename: 'PullRequest' }, { __typename: 'PullRequest' });
          prs.issueCount += 5;
        }
        return body;
      },
    });
    const run = await runOn(fake, persona.event, {});
    assert.equal(run.code, 0, run.stdout);
    assertAllOutputs(run);
    assert.equal(levelOf(run, 'repeated-titles'), 'green', run.summary);
    assert.ok(!/Cannot read|TypeError|undefined/.test(run.summary + run.stderr), 'no crash text');
  });
});
