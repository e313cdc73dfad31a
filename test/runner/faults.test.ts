// Reliability under faults (issue 7), one test per fault class: the bundle against a fake GitHub that fails
// on purpose. Each asserts the exit code, the outputs, the warning, and what ended up on the PR.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPersona } from '../personas/index.js';
import {
  assertAllOutputs,
  assertValidGraphql,
  graphqlOperation,
  labelsOn,
  levelOf,
  ourCommentsOfKind,
  runOn,
  signalsOf,
  startFor,
  writeRequests,
} from './helpers.js';

const welcome = 'Welcome {author} to {repo}!';

test('two 502s on the Profile query, then success: retried, counted, verdict as normal', async (t) => {
  const persona = buildPersona('veteran');
  const fake = await startFor(t, persona.dataset);
  // The Profile and Thread queries go out together, Profile first; the fault takes the first of them.
  fake.fault({ method: 'POST', path: '/graphql', status: 502, times: 1 });
  const running = runOn(fake, persona.event);
  // Once both have arrived, the next GraphQL request is Profile's retry (after a backoff of a second): fail it too.
  while (fake.log.filter((e) => e.path === '/graphql').length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
  fake.fault({ method: 'POST', path: '/graphql', status: 502, times: 1 });
  const run = await running;
  assert.equal(run.code, 0, run.stdout);
  assertAllOutputs(run);
  const profile = fake.log.filter((e) => e.path === '/graphql' && graphqlOperation(e) === 'Profile');
  assert.deepEqual(
    profile.map((e) => e.status),
    [502, 502, 200],
  );
  assert.equal(fake.log.filter((e) => e.status === 502).length, 2, 'only the Profile query failed');
  assert.equal(run.outputs.verdict, 'green');
  assert.equal(run.outputs.partial, 'false');
  assert.deepEqual(run.warnings, []);
  assert.equal(Number(run.outputs['api-requests']), fake.log.length, 'api-requests counts the retries');
  assert.equal(fake.log.length, 9, 'seven requests (one the permission check) and two retries');
  assertValidGraphql(fake);
});

test('two 502s in a row on the same read: the third try succeeds', async (t) => {
  const persona = buildPersona('veteran');
  const fake = await startFor(t, persona.dataset);
  const events = /^\/users\/vkowalski\/events\/public$/;
  fake.fault({ method: 'GET', path: events, status: 502, times: 2 });
  const baseline = 7; // Profile, Thread, events, files, the permission check, two label writes
  const run = await runOn(fake, persona.event);
  assert.equal(run.code, 0, run.stdout);
  assert.deepEqual(
    fake.log.filter((e) => events.test(e.path)).map((e) => e.status),
    [502, 502, 200],
  );
  assert.equal(run.outputs.verdict, 'green');
  assert.equal(run.outputs.partial, 'false');
  assert.deepEqual(run.warnings, []);
  assert.equal(fake.log.length, baseline + 2);
  assert.equal(run.outputs['api-requests'], String(baseline + 2));
  assert.match(run.summary, new RegExp(`${baseline + 2} API requests`));
  assertValidGraphql(fake);
});

test('a secondary rate limit with retry-after on a write: retried after the wait, the label lands once', async (t) => {
  const persona = buildPersona('newcomer');
  const fake = await startFor(t, persona.dataset);
  fake.fault({
    method: 'POST',
    path: '/repos/octo-org/widgets/issues/42/labels',
    status: 403,
    headers: { 'retry-after': '1' },
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
    },
    times: 1,
  });
  const run = await runOn(fake, persona.event);
  assert.equal(run.code, 0, run.stdout);
  const adds = fake.requests('POST', /\/issues\/42\/labels$/);
  assert.deepEqual(
    adds.map((e) => e.status),
    [403, 200],
  );
  assert.ok((adds[1]?.startedAt ?? 0) - (adds[0]?.endedAt ?? 0) >= 900, 'waited for retry-after');
  assert.deepEqual(labelsOn(fake, 42).sort(), ['first-time contributor', 'triage: check']);
  assert.deepEqual(run.warnings, []);
  assert.equal(run.outputs['api-requests'], String(fake.log.length));
  assertValidGraphql(fake);
});

test('an exhausted quota: signals unknown, partial, a warning, nothing written', async (t) => {
  const persona = buildPersona('veteran');
  const fake = await startFor(t, persona.dataset, { rateLimitRemaining: 0 });
  const run = await runOn(fake, persona.event);
  assert.equal(run.code, 0, run.stdout);
  assertAllOutputs(run);
  assert.equal(run.outputs.partial, 'true');
  assert.equal(run.outputs.verdict, 'yellow', 'at least yellow when signals are unknown');
  for (const s of signalsOf(run)) assert.equal(s.level, 'unknown', s.id);
  assert.ok(
    run.warnings.some((w) => /rate limit/i.test(w)),
    run.warnings.join('\n'),
  );
  assert.deepEqual(writeRequests(fake), []);
  assert.match(run.summary, /> \[!WARNING\]/);
  assert.match(run.summary, /⚪/);
  assertValidGraphql(fake);
});

test('a rate-limited read of the PR files: sensitive-files unknown, partial, verdict at least yellow', async (t) => {
  const persona = buildPersona('veteran');
  const fake = await startFor(t, persona.dataset);
  fake.fault({
    method: 'GET',
    path: '/repos/octo-org/widgets/pulls/42/files',
    status: 403,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 600) },
    body: {
      message: 'API rate limit exceeded for installation ID 1.',
      documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
    },
  });
  const run = await runOn(fake, persona.event);
  assert.equal(run.code, 0, run.stdout);
  assert.equal(levelOf(run, 'sensitive-files'), 'unknown');
  for (const s of signalsOf(run).filter((x) => x.id !== 'sensitive-files')) assert.equal(s.level, 'green', s.id);
  assert.equal(run.outputs.partial, 'true');
  assert.equal(run.outputs.verdict, 'yellow');
  assert.ok(
    run.warnings.some((w) => /changed files/.test(w)),
    run.warnings.join('\n'),
  );
  assert.equal(fake.requests('GET', /\/pulls\/42\/files$/).length, 1, 'a primary rate limit is not retried');
  assertValidGraphql(fake);
});

test('a 403 on the public events: repeated-comments unknown, partial, a warning, yellow', async (t) => {
  const persona = buildPersona('veteran');
  const fake = await startFor(t, persona.dataset);
  fake.fault({ method: 'GET', path: '/users/vkowalski/events/public', status: 403, body: { message: 'Forbidden' } });
  const run = await runOn(fake, persona.event);
  assert.equal(run.code, 0, run.stdout);
  assert.equal(run.outputs.verdict, 'yellow', 'an unread signal is at least yellow');
  assert.equal(run.outputs.partial, 'true');
  assert.equal(run.warnings.length, 1, run.warnings.join('\n'));
  assert.match(run.warnings[0] ?? '', /public events of vkowalski/);
  assert.equal(fake.requests('GET', /events\/public$/).length, 1, 'a 403 is not retried');
  assert.equal(levelOf(run, 'repeated-comments'), 'unknown');
  assert.ok(signalsOf(run).every((s) => s.level === 'green' || s.id === 'repeated-comments'));
  assert.deepEqual(labelsOn(fake, 42).sort(), ['first-time contributor', 'triage: check'], 'writes still happen');
  assertValidGraphql(fake);
});

test('a read-only token: one warning, no label, exit 0', async (t) => {
  const persona = buildPersona('sprayer');
  const fake = await startFor(t, persona.dataset, { readOnlyToken: true });
  const run = await runOn(fake, { ...persona.event, name: 'pull_request' }, { 'welcome-message': welcome });
  assert.equal(run.code, 0, run.stdout);
  assert.equal(run.outputs.verdict, 'red');
  assert.equal(run.warnings.length, 1, run.warnings.join('\n'));
  assert.match(run.warnings[0] ?? '', /pull_request_target/);
  assert.match(run.warnings[0] ?? '', /`?pull-requests: write`?/);
  assert.deepEqual(labelsOn(fake, 42), []);
  assert.deepEqual(ourCommentsOfKind(fake, 42, 'welcome'), []);
  // A permission 403 is not retried.
  const writes = writeRequests(fake);
  assert.ok(writes.length > 0 && writes.every((e) => e.status === 403));
  assert.equal(new Set(writes.map((e) => `${e.method} ${e.path} ${JSON.stringify(e.body)}`)).size, writes.length, 'no write tried twice');
  assertValidGraphql(fake);
});

test('a route that never answers: the run ends, partial, a warning naming what was slow', async (t) => {
  const persona = buildPersona('veteran');
  const fake = await startFor(t, persona.dataset);
  fake.fault({ path: '/users/vkowalski/events/public', hang: true });
  const run = await runOn(fake, persona.event, {}, { timeoutMs: 30_000 });
  assert.equal(run.code, 0, run.stdout);
  // GitHub answers every request within 10 s (a timeout is its own 502/504); the client waits 15 s for that
  // answer, then gives up on the route alone.
  assert.ok(run.wallMs < 20_000, `ended in ${Math.round(run.wallMs)} ms`);
  assertAllOutputs(run);
  assert.equal(run.outputs.partial, 'true');
  assert.equal(run.outputs.verdict, 'yellow', 'the events feed repeated-comments, unknown without them');
  assert.equal(levelOf(run, 'repeated-comments'), 'unknown');
  const slow = run.warnings.filter((w) => /events\/public/.test(w));
  assert.equal(slow.length, 1, run.warnings.join('\n'));
  assert.match(slow[0] ?? '', /no answer|timed out|slow/i);
  assert.equal(fake.requests('GET', /events\/public$/).length, 1, 'a hung request is not tried again');
  assert.deepEqual(labelsOn(fake, 42).sort(), ['first-time contributor', 'triage: check']);
  assertValidGraphql(fake);
});

test('a ghost author: skipped as deleted-user, no request', async (t) => {
  const persona = buildPersona('ghost');
  const fake = await startFor(t, persona.dataset);
  const run = await runOn(fake, persona.event);
  assert.equal(run.code, 0);
  assert.equal(run.outputs.verdict, 'skipped');
  assert.equal(run.outputs['skipped-reason'], 'deleted-user');
  assert.equal(fake.log.length, 0);
  assert.match(run.summary, /skipped \(deleted-user\)/);
});

test('a suspended author: signals unknown, verdict yellow, partial', async (t) => {
  const persona = buildPersona('suspended');
  const fake = await startFor(t, persona.dataset);
  const run = await runOn(fake, persona.event);
  assert.equal(run.code, 0);
  assert.equal(run.outputs.verdict, 'yellow');
  assert.equal(run.outputs.partial, 'true');
  const unknown = signalsOf(run)
    .filter((s) => s.level === 'unknown')
    .map((s) => s.id);
  // The events of a suspended account are a 404 too: every signal about the author is unknown.
  assert.deepEqual(unknown, [
    'account-age',
    'profile-fields',
    'closed-unmerged-ratio',
    'not-planned-issues',
    'repeated-titles',
    'repeated-comments',
    'external-prs-per-week',
  ]);
  assert.ok(run.warnings.some((w) => /quiet-quinn/.test(w)));
  assert.deepEqual(labelsOn(fake, 42).sort(), ['first-time contributor', 'triage: check']);
  assertValidGraphql(fake);
});

test('comment creates answered 502 after the write: no duplicate comment, no lost label', async (t) => {
  const persona = buildPersona('newcomer');
  const fake = await startFor(t, persona.dataset);
  fake.fault({ method: 'POST', path: '/repos/octo-org/widgets/issues/42/comments', status: 502, applyThenFail: true, times: 2 });
  const run = await runOn(fake, persona.event, { 'welcome-message': welcome, 'report-comment': 'always' });
  assert.equal(run.code, 0, run.stdout);
  assert.equal(fake.requests('POST', /\/issues\/42\/comments$/).length, 2, 'each create sent once, not retried blindly');
  assert.equal(ourCommentsOfKind(fake, 42, 'welcome').length, 1);
  assert.equal(ourCommentsOfKind(fake, 42, 'report').length, 1);
  assert.deepEqual(labelsOn(fake, 42).sort(), ['first-time contributor', 'triage: check']);
  assert.deepEqual(run.warnings, []);
  assert.match(run.summary, /posted, though its answer was lost/);
  // And a later run finds them: still one of each.
  await runOn(fake, persona.event, { 'welcome-message': welcome, 'report-comment': 'always' });
  assert.equal(ourCommentsOfKind(fake, 42, 'welcome').length, 1);
  assert.equal(ourCommentsOfKind(fake, 42, 'report').length, 1);
  assertValidGraphql(fake);
});

test('a comment create that really failed (502 before the write) is posted once on the second try', async (t) => {
  const persona = buildPersona('newcomer');
  const fake = await startFor(t, persona.dataset);
  fake.fault({ method: 'POST', path: '/repos/octo-org/widgets/issues/42/comments', status: 502, times: 1 });
  const run = await runOn(fake, persona.event, { 'welcome-message': welcome });
  assert.equal(run.code, 0, run.stdout);
  assert.equal(ourCommentsOfKind(fake, 42, 'welcome').length, 1);
  assert.deepEqual(run.warnings, []);
  assertValidGraphql(fake);
});

test('the token never appears in stdout, stderr or the summary', async (t) => {
  const token = 'ghp_Dist1nctiveT0kenForTheLogCheck9876';
  const persona = buildPersona('newcomer');
  const fake = await startFor(t, persona.dataset);
  // Failures put request details into warnings and the summary: the token must not be among them.
  fake.fault({ method: 'GET', path: '/users/sam-okafor/events/public', status: 403, body: { message: 'Forbidden' } });
  fake.fault({ method: 'POST', path: '/repos/octo-org/widgets/issues/42/labels', status: 500, body: { message: 'boom' } });
  const run = await runOn(fake, persona.event, { 'github-token': token, 'report-comment': 'always' });
  assert.ok(
    fake.log.every((e) => e.token === token),
    'the run used the token',
  );
  assert.ok(run.warnings.length >= 2, run.warnings.join('\n'));
  // The runner consumes ::add-mask:: and hides the value everywhere after it; no other line may carry it.
  const lines = run.stdout.split('\n');
  assert.equal(lines.filter((l) => l === `::add-mask::${token}`).length, 1, 'the token is registered as a secret');
  const shown = lines.filter((l) => !l.startsWith('::add-mask::')).join('\n');
  for (const [where, text] of [
    ['stdout', shown],
    ['stderr', run.stderr],
    ['summary', run.summary],
  ] as const) {
    assert.ok(!text.includes(token), `${where} shows the token`);
    assert.ok(!text.includes(token.slice(4, 24)), `${where} shows part of the token`);
  }
  assertValidGraphql(fake);
});
