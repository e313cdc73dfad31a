// Backfill and maintainer commands (issue 8): workflow_dispatch over a backlog of open PRs, and `/triage`
// comments, through the bundle.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Dataset } from '../fake-github/dataset.js';
import { buildBacklog, buildPersona, MAINTAINER } from '../personas/index.js';
import {
  assertAllOutputs,
  assertTablesIntact,
  assertValidGraphql,
  cellsOf,
  commandEvent,
  labelsOn,
  ourCommentsOfKind,
  profiledLogins,
  runOn,
  startFor,
  userOf,
  writeRequests,
} from './helpers.js';

interface TriagedRow {
  number: number;
  author: string;
  verdict: string;
}

const defaultSkips = ['OWNER', 'MEMBER', 'COLLABORATOR', 'CONTRIBUTOR'];

// The open items of octo-org/widgets, newest first, as the backfill should take them.
function openItems(dataset: Dataset, kinds: ('pr' | 'issue')[]) {
  return dataset.items
    .filter((i) => i.repo === 'octo-org/widgets' && i.state === 'open' && kinds.includes(i.kind))
    .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
}

function isSkipped(dataset: Dataset, item: { author: string; author_association?: string }): boolean {
  const user = userOf(dataset, item.author);
  return user.type === 'Bot' || item.author.endsWith('[bot]') || defaultSkips.includes(item.author_association ?? 'NONE');
}

const backfillEvent = (payload: Record<string, unknown>) => ({ name: 'workflow_dispatch', payload });

describe('backfill', () => {
  test('max-items newest first, skipped items included, each author profiled once, bounded fan-out', async (t) => {
    const { dataset, payload } = buildBacklog({ prs: 30, authors: 20 });
    const expected = openItems(dataset, ['pr']).slice(0, 25);
    const fake = await startFor(t, dataset, { latencyMs: 40 });
    const run = await runOn(fake, backfillEvent(payload), { 'max-items': '25' });
    assert.equal(run.code, 0, run.stdout);
    assertAllOutputs(run);
    assertValidGraphql(fake);
    assert.equal(run.outputs.author, '');
    assert.equal(run.outputs['first-time'], 'false');
    assert.equal(run.outputs.signals, '[]');

    const triaged = JSON.parse(run.outputs.triaged ?? '[]') as TriagedRow[];
    assert.equal(triaged.length, 25);
    assert.deepEqual(
      triaged.map((r) => r.number),
      expected.map((i) => i.number),
      'the 25 newest, newest first',
    );
    for (const [i, row] of triaged.entries()) {
      const item = expected[i]!;
      if (isSkipped(dataset, item)) assert.equal(row.verdict, 'skipped', `#${row.number} by ${item.author} is skipped`);
      else assert.match(row.verdict, /^(green|yellow|red)$/, `#${row.number}`);
    }
    assert.ok(
      triaged.some((r) => r.verdict === 'skipped'),
      'the sample holds skipped items',
    );
    const rank = { red: 3, yellow: 2, green: 1, skipped: 0 } as Record<string, number>;
    const worst = triaged.reduce((w, r) => ((rank[r.verdict] ?? 0) > (rank[w] ?? 0) ? r.verdict : w), 'skipped');
    assert.equal(run.outputs.verdict, worst);

    assert.ok(fake.maxInFlight() <= 8, `at most 8 requests in flight, saw ${fake.maxInFlight()}`);
    assert.ok(fake.maxInFlight() > 1, 'requests do go out together');
    const triagedAuthors = new Set(expected.filter((i) => !isSkipped(dataset, i)).map((i) => i.author));
    const profiled = profiledLogins(fake);
    assert.deepEqual([...profiled].sort(), [...triagedAuthors].sort(), 'each distinct author profiled once, skipped ones not at all');
    // Public events feed repeated-comments: read once for each triaged author, never for a skipped one.
    const eventReads = fake.requests('GET', /\/events\/public$/).map((e) => /\/users\/([^/]+)\//.exec(e.path)?.[1] ?? '');
    assert.deepEqual([...new Set(eventReads)].sort(), [...triagedAuthors].sort());

    // One table, worst first.
    assert.equal(assertTablesIntact(run.summary, 'summary'), 1);
    const rows = run.summary.split('\n').filter((l) => /^\| (🔴|🟡|🟢|⏭️)/.test(l));
    assert.equal(rows.length, 25);
    const order = rows.map((r) => /^\| (?:🔴|🟡|🟢|⏭️) (red|yellow|green|skipped)/.exec(r)?.[1] ?? '?');
    const ranks = order.map((v) => rank[v] ?? -1);
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => b - a),
      'worst first',
    );
    assert.ok(rows.every((r) => cellsOf(r).length === 5));
    assert.equal(run.outputs['api-requests'], String(fake.log.length));
  });

  test('each missing label is created once per run, not once per item', async (t) => {
    const { dataset, payload } = buildBacklog({ prs: 30, authors: 20 });
    const fake = await startFor(t, dataset);
    const run = await runOn(fake, backfillEvent(payload), { 'max-items': '25' });
    assert.equal(run.code, 0, run.stdout);
    const creates = fake.requests('POST', /^\/repos\/octo-org\/widgets\/labels$/).map((e) => (e.body as { name: string }).name);
    assert.deepEqual(creates.sort(), [...new Set(creates)].sort(), `labels created more than once: ${creates.join(', ')}`);
    assertValidGraphql(fake);
  });

  test('a second backfill on the same state posts no comment and changes no label', async (t) => {
    const { dataset, payload } = buildBacklog({ prs: 30, authors: 20 });
    const fake = await startFor(t, dataset);
    const inputs = { 'max-items': '25', 'welcome-message': 'Welcome {author}!', 'report-comment': 'yellow' };
    const first = await runOn(fake, backfillEvent(payload), inputs);
    assert.equal(first.code, 0, first.stdout);
    assert.ok(fake.data.comments.length > 0, 'the first run commented');
    // Comments notify people: GitHub allows about 80 content-creating requests a minute, so they go at least
    // 1 s apart (as the client starts them; their arrival here jitters by some ms).
    const posted = fake
      .requests('POST', /\/issues\/\d+\/comments$/)
      .map((e) => e.startedAt)
      .sort((a, b) => a - b);
    assert.ok(posted.length >= 2, `${posted.length} comments`);
    // Paced 1 s apart as the client launches them; their arrival here is stamped by this (busy) test process,
    // which can delay one stamp by some 100 ms. So: on average at least 0.9 s apart over the run, and never a
    // burst (two within 250 ms), well inside GitHub's 80 a minute.
    const gaps = posted.slice(1).map((at, i) => at - posted[i]!);
    assert.ok(
      gaps.every((g) => g >= 250),
      `gaps ${gaps.join(', ')} ms`,
    );
    assert.ok((posted.at(-1)! - posted[0]!) / gaps.length >= 900, `gaps ${gaps.join(', ')} ms`);
    const comments = structuredClone(fake.data.comments);
    const labels = fake.data.items.map((i) => [i.number, [...i.labels]]);
    const before = fake.log.length;
    const second = await runOn(fake, backfillEvent(payload), inputs);
    assert.equal(second.code, 0, second.stdout);
    assert.deepEqual(
      writeRequests(fake, before).map((e) => `${e.method} ${decodeURIComponent(e.path)}`),
      [],
    );
    assert.deepEqual(fake.data.comments, comments);
    assert.deepEqual(
      fake.data.items.map((i) => [i.number, [...i.labels]]),
      labels,
    );
    assert.equal(second.outputs.triaged, first.outputs.triaged);
    assertValidGraphql(fake);
  });

  test('labels go as batched GraphQL mutations; a read-only token gives one warning and writes nothing', async (t) => {
    const { dataset, payload } = buildBacklog({ prs: 40, authors: 25 });
    const fake = await startFor(t, dataset);
    const run = await runOn(fake, backfillEvent(payload), { 'max-items': '40' });
    assert.equal(run.code, 0, run.stdout);
    const mutations = writeRequests(fake).filter((e) => e.path === '/graphql');
    const labelled = fake.data.items.filter((i) => i.repo === 'octo-org/widgets' && i.labels.length > 0);
    assert.ok(labelled.length > 25, `${labelled.length} items labelled`);
    assert.equal(mutations.length, Math.ceil(labelled.length / 25), 'one mutation request per 25 items');
    assert.equal(writeRequests(fake).filter((e) => /\/issues\/\d+\/labels/.test(e.path)).length, 0, 'no REST label write per item');
    assertValidGraphql(fake);

    const again = buildBacklog({ prs: 40, authors: 25 });
    const labelsBefore = structuredClone(again.dataset.items.map((i) => i.labels));
    const readOnly = await startFor(t, again.dataset, { readOnlyToken: true });
    const refused = await runOn(readOnly, backfillEvent(again.payload), { 'max-items': '40' });
    assert.equal(refused.code, 0, refused.stdout);
    assert.equal(refused.warnings.filter((w) => /pull_request_target/.test(w) && /pull-requests: write/.test(w)).length, 1, refused.warnings.join('\n'));
    assert.deepEqual(
      readOnly.data.items.map((i) => i.labels),
      labelsBefore,
      'no label changed',
    );
    assert.ok(writeRequests(readOnly).length > 0, 'the writes were tried');
    assertAllOutputs(refused);
  });

  test('dry-run: nothing written, every planned write listed', async (t) => {
    const { dataset, payload } = buildBacklog({ prs: 12, authors: 10 });
    const state = structuredClone(dataset);
    const fake = await startFor(t, dataset);
    const run = await runOn(fake, backfillEvent(payload), { 'dry-run': 'true', 'report-comment': 'always' });
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(writeRequests(fake), []);
    assert.deepEqual(fake.data.items, state.items);
    assert.deepEqual(fake.data.comments, state.comments);
    assert.match(run.summary, /\*\*Would write\*\* \(dry run, nothing was sent\)/);
    const triaged = (JSON.parse(run.outputs.triaged ?? '[]') as TriagedRow[]).filter((r) => r.verdict !== 'skipped');
    assert.ok(triaged.length > 0);
    for (const r of triaged) assert.ok(run.summary.includes(`- 📝 post the report comment on #${r.number}`), `planned report on #${r.number}`);
    assertValidGraphql(fake);
  });

  test('backfill-issues includes open issues, newest first with the PRs', async (t) => {
    const { dataset, payload } = buildBacklog({ prs: 12, authors: 10 });
    const newcomer = dataset.users.find(
      (u) => u.type === 'User' && dataset.items.some((i) => i.author === u.login && i.author_association === 'FIRST_TIME_CONTRIBUTOR'),
    );
    assert.ok(newcomer);
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    dataset.items.push(
      {
        repo: 'octo-org/widgets',
        number: 500,
        kind: 'issue',
        author: newcomer.login,
        title: 'Crash when the cache dir is missing',
        state: 'open',
        created_at: at(3),
        author_association: 'NONE',
        labels: [],
      },
      {
        repo: 'octo-org/widgets',
        number: 501,
        kind: 'issue',
        author: MAINTAINER,
        title: 'Tracking: 5.0',
        state: 'open',
        created_at: at(2),
        author_association: 'MEMBER',
        labels: [],
      },
    );
    const fake = await startFor(t, dataset);
    const without = await runOn(fake, backfillEvent(payload), {});
    const numbersWithout = (JSON.parse(without.outputs.triaged ?? '[]') as TriagedRow[]).map((r) => r.number);
    assert.ok(!numbersWithout.includes(500) && !numbersWithout.includes(501), 'issues only with backfill-issues');
    // A label on every verdict, green included, so the triage shows on it.
    const run = await runOn(fake, backfillEvent(payload), { 'backfill-issues': 'true', 'label-green': 'triage: fine' });
    assert.equal(run.code, 0, run.stdout);
    const triaged = JSON.parse(run.outputs.triaged ?? '[]') as TriagedRow[];
    assert.deepEqual(
      triaged.map((r) => r.number),
      openItems(dataset, ['pr', 'issue']).map((i) => i.number),
    );
    assert.equal(triaged[0]?.number, 501);
    assert.equal(triaged[0]?.verdict, 'skipped');
    assert.equal(triaged[1]?.number, 500);
    assert.match(triaged[1]?.verdict ?? '', /^(green|yellow|red)$/);
    assert.ok(labelsOn(fake, 500).length > 0, 'the issue got its labels');
    assertValidGraphql(fake);
  });
});

describe('/triage', () => {
  test('by a member: re-triages, swaps the labels and updates the report in place', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    const first = await runOn(fake, persona.event, { 'report-comment': 'always' });
    assert.equal(first.outputs.verdict, 'yellow');
    const [report] = ourCommentsOfKind(fake, 42, 'report');
    assert.ok(report);
    const mona = userOf(persona.dataset, MAINTAINER);
    const run = await runOn(fake, commandEvent(persona, mona, 'MEMBER'), {
      'report-comment': 'always',
      // Every count of not-planned issues is red now: the re-triage must swap yellow for red.
      'not-planned-issues': '0,0',
    });
    assert.equal(run.code, 0, run.stdout);
    assertAllOutputs(run);
    assert.equal(run.outputs.verdict, 'red');
    assert.equal(run.outputs.author, persona.login);
    assert.deepEqual(labelsOn(fake, 42).sort(), ['first-time contributor', 'triage: careful review']);
    const reports = ourCommentsOfKind(fake, 42, 'report');
    assert.equal(reports.length, 1);
    assert.equal(reports[0]?.id, report.id);
    assert.match(reports[0]?.body ?? '', /🔴 newcomer-triage: red/);
    assertValidGraphql(fake);
  });

  test('by an outsider: skipped as not-a-maintainer, nothing written', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    const outsider = { login: 'drive-by-dan', id: 5003, type: 'User' as const };
    const run = await runOn(fake, commandEvent(persona, outsider, 'NONE'), { 'report-comment': 'always' });
    assert.equal(run.code, 0);
    assertAllOutputs(run);
    assert.equal(run.outputs.verdict, 'skipped');
    assert.equal(run.outputs['skipped-reason'], 'not-a-maintainer');
    assert.deepEqual(writeRequests(fake), []);
    // NONE may hide write access: GitHub's permission check is the one request (unknown login: 404, no access).
    assert.deepEqual(
      fake.log.map((e) => `${e.method} ${e.path}`),
      ['GET /repos/octo-org/widgets/collaborators/drive-by-dan/permission'],
    );
    assert.match(run.summary, /skipped \(not-a-maintainer\)/);
  });

  test("on a trusted user's PR: stays skipped as trusted-user", async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    const mona = userOf(persona.dataset, MAINTAINER);
    const run = await runOn(fake, commandEvent(persona, mona, 'OWNER'), { 'trusted-users': persona.login, 'report-comment': 'always' });
    assert.equal(run.code, 0);
    assert.equal(run.outputs.verdict, 'skipped');
    assert.equal(run.outputs['skipped-reason'], 'trusted-user');
    assert.equal(fake.log.length, 0);
  });

  test('a comment that is not a command is not a run', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    const mona = userOf(persona.dataset, MAINTAINER);
    const run = await runOn(fake, commandEvent(persona, mona, 'MEMBER', 'thanks! /triage later'), {});
    assert.equal(run.outputs['skipped-reason'], 'unsupported-event');
    assert.equal(fake.log.length, 0);
  });
});
