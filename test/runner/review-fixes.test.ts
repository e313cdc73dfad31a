// Edge cases a review found: each test fails on the code before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FakeOptions } from '../fake-github/types.js';
import { buildBacklog, buildPersona, MAINTAINER } from '../personas/index.js';
import { assertAllOutputs, assertValidGraphql, commandEvent, levelOf, ourCommentsOfKind, runOn, signalsOf, startFor, userOf } from './helpers.js';

// GitHub refuses User.email in two ways: a classic token without user:email has the whole query refused
// (INSUFFICIENT_SCOPES), other tokens have the field refused at its path and the user nulled (FORBIDDEN).
const emailRefusals: [string, FakeOptions][] = [
  ['a classic token without user:email', { oauthScopes: ['repo', 'read:org', 'gist'] }],
  ['a token refused the email field by field', { emailForbidden: true }],
];
for (const [kind, options] of emailRefusals) {
  test(`${kind}: the profile is read without the email, nothing unknown`, async (t) => {
    const persona = buildPersona('veteran');
    const fake = await startFor(t, persona.dataset, options);
    const run = await runOn(fake, persona.event);
    assert.equal(run.code, 0, run.stdout);
    assertAllOutputs(run);
    assert.equal(run.outputs.partial, 'false');
    assert.ok(
      signalsOf(run).every((s) => s.level !== 'unknown'),
      run.outputs.signals,
    );
    const profile = signalsOf(run).find((s) => s.id === 'profile-fields');
    assert.equal(profile?.value, 6, 'six of seven readable fields filled');
    assert.match(profile?.detail ?? '', /email not readable with this token/);
    assert.equal(fake.log.filter((e) => e.path === '/graphql').length, 3, 'Profile refused once, asked again, and Thread');
    assertValidGraphql(fake);
  });
}

test('a 429 secondary limit is retried by the throttling plugin alone: at most 3 tries, and named as such', async (t) => {
  const persona = buildPersona('veteran');
  const fake = await startFor(t, persona.dataset);
  const events = /^\/users\/vkowalski\/events\/public$/;
  fake.fault({
    method: 'GET',
    path: events,
    status: 429,
    headers: { 'retry-after': '1' },
    body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
  });
  const run = await runOn(fake, persona.event);
  assert.equal(run.code, 0, run.stdout);
  assert.equal(fake.log.filter((e) => events.test(e.path)).length, 3);
  assert.equal(run.outputs.partial, 'true');
  assert.ok(
    run.warnings.some((w) => /secondary rate limit/.test(w) && !/exhausted/.test(w)),
    run.warnings.join('\n'),
  );
  assert.equal(run.outputs.verdict, 'yellow', 'the events feed repeated-comments, unknown after the retries');
  assert.equal(levelOf(run, 'repeated-comments'), 'unknown');
});

test('/triage on a PR of 150 files still sees the workflow change on the second page', async (t) => {
  const persona = buildPersona('veteran');
  const pr = persona.dataset.items.find((i) => i.repo === 'octo-org/widgets' && i.number === 42);
  assert.ok(pr);
  pr.files = [...Array.from({ length: 149 }, (_, i) => `src/file-${String(i).padStart(3, '0')}.ts`), '.github/workflows/release.yml'];
  const fake = await startFor(t, persona.dataset);
  const maintainer = userOf(persona.dataset, MAINTAINER);
  const run = await runOn(fake, commandEvent(persona, maintainer, 'MEMBER'));
  assert.equal(run.code, 0, run.stdout);
  assert.equal(levelOf(run, 'sensitive-files'), 'yellow', run.outputs.signals);
  assert.equal(run.outputs.verdict, 'yellow');
  assert.equal(fake.log.filter((e) => /\/pulls\/42\/files$/.test(e.path)).length, 2);
});

test('a read-only token warns but does not make the run partial: every read worked', async (t) => {
  const persona = buildPersona('veteran');
  const fake = await startFor(t, persona.dataset, { readOnlyToken: true });
  const run = await runOn(fake, persona.event);
  assert.equal(run.code, 0, run.stdout);
  assert.equal(run.outputs.partial, 'false');
  assert.equal(run.warnings.length, 1);
});

test('a thread of 250 comments: the welcome and report are found wherever they are, never posted twice', async (t) => {
  const persona = buildPersona('newcomer');
  const fake = await startFor(t, persona.dataset);
  const inputs = { 'welcome-message': 'Welcome {author}!', 'report-comment': 'always' };
  assert.equal((await runOn(fake, persona.event, inputs)).code, 0);
  const at = Date.now();
  for (let i = 0; i < 250; i++) {
    fake.data.comments.push({
      id: 9_000_000 + i,
      repo: 'octo-org/widgets',
      number: 42,
      author: MAINTAINER,
      body: `comment ${i}`,
      created_at: new Date(at + i * 1000).toISOString(),
    });
  }
  const maintainer = userOf(persona.dataset, MAINTAINER);
  const run = await runOn(fake, commandEvent(persona, maintainer, 'MEMBER'), { ...inputs, 'account-age-days': '1095,30' });
  assert.equal(run.code, 0, run.stdout);
  assert.equal(ourCommentsOfKind(fake, 42, 'welcome').length, 1);
  assert.equal(ourCommentsOfKind(fake, 42, 'report').length, 1);
  assertValidGraphql(fake);
});

test('backfill: a PR of 150 files has them read by REST, and a workflow change there is seen', async (t) => {
  const { dataset, payload } = buildBacklog({ prs: 12, authors: 10 });
  const newest = dataset.items
    .filter((i) => i.repo === 'octo-org/widgets' && i.kind === 'pr' && i.state === 'open' && i.author_association === 'FIRST_TIME_CONTRIBUTOR')
    .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))[0];
  assert.ok(newest);
  newest.files = [...Array.from({ length: 149 }, (_, i) => `src/f${i}.ts`), '.github/workflows/ci.yml'];
  const fake = await startFor(t, dataset);
  // Only sensitive-files counts, so the row's reason names it when the change on page 2 is seen.
  const others = 'account-age,profile-fields,closed-unmerged-ratio,not-planned-issues,repeated-titles,repeated-comments,external-prs-per-week';
  const run = await runOn(fake, { name: 'workflow_dispatch', payload }, { 'max-items': '12', 'ignore-signals': others });
  assert.equal(run.code, 0, run.stdout);
  assert.equal(fake.log.filter((e) => e.path === `/repos/octo-org/widgets/pulls/${newest.number}/files`).length, 2);
  const row = run.summary.split('\n').find((l) => l.includes(`| #${newest.number} |`));
  assert.match(row ?? '', /🟡 yellow .*sensitive-files needs a look/, row);
  assert.doesNotMatch(row ?? '', /could not be read/);
  assertValidGraphql(fake);
});
