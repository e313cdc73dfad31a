// Answers github.com can give that are not what its documentation describes (issue 15): a 200 whose body is
// the HTML "Unicorn" page, `data: null`, REST lists that are not lists. Each is a failed read in every mode:
// its signals unknown, partial=true, a warning, the writes that do not depend on it still done; never a
// JavaScript error or exit 1.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { unicornPage, type FaultRule } from '../fake-github/index.js';
import { buildBacklog, buildPersona, ORG_ADMIN } from '../personas/index.js';
import { assertAllOutputs, labelsOn, levelOf, mergedEvent, ourCommentsOfKind, runOn, signalsOf, startFor, writeRequests } from './helpers.js';
import type { ActionRun } from '../harness/run-action.js';

const unicorn = unicornPage;

const htmlOn = (operation: string): FaultRule => ({ method: 'POST', path: '/graphql', operation, status: 200, rawBody: unicorn });
const nullDataOn = (operation: string): FaultRule => ({ method: 'POST', path: '/graphql', operation, status: 200, body: { data: null } });

// What no broken answer may produce: a JavaScript error reaching the maintainer, or a failed step.
function assertNoCrash(run: ActionRun): void {
  assert.equal(run.code, 0, `exit code ${run.code}\n${run.stdout}\n${run.stderr}`);
  assert.deepEqual(run.errors, [], 'no error annotation');
  const all = [run.stdout, run.stderr, run.summary].join('\n');
  assert.doesNotMatch(all, /Cannot read properties|is not a function|is not iterable|TypeError|SyntaxError|Unexpected token/);
  assertAllOutputs(run);
}

describe('a GraphQL answer that is not GraphQL data', () => {
  for (const [kind, rule] of [
    ['the HTML Unicorn page', htmlOn],
    ['data: null', nullDataOn],
  ] as const) {
    test(`${kind} for the Profile query: the profile signals unknown, partial, the labels still written`, async (t) => {
      const persona = buildPersona('newcomer');
      const fake = await startFor(t, persona.dataset);
      fake.fault(rule('Profile'));
      const run = await runOn(fake, persona.event);
      assertNoCrash(run);
      assert.equal(run.outputs.partial, 'true');
      assert.equal(run.outputs.verdict, 'yellow', 'unknown signals make the verdict at least yellow');
      for (const id of ['account-age', 'profile-fields', 'closed-unmerged-ratio', 'repeated-titles']) assert.equal(levelOf(run, id), 'unknown', id);
      assert.ok(
        run.warnings.some((w) => /Profile query with (an HTML page|data: null)/.test(w)),
        `a warning names the broken answer: ${run.warnings.join(' | ')}`,
      );
      // The thread was read, so the verdict's label is written.
      assert.ok(labelsOn(fake, 42).includes('triage: check'), 'the yellow label is on the PR');
    });

    test(`${kind} for the Thread query: nothing written, the verdict still computed`, async (t) => {
      const persona = buildPersona('veteran');
      const fake = await startFor(t, persona.dataset);
      fake.fault(rule('Thread'));
      const run = await runOn(fake, persona.event, { 'welcome-message': 'hi {author}' });
      assertNoCrash(run);
      assert.equal(run.outputs.partial, 'true');
      assert.ok(
        signalsOf(run).every((s) => s.level !== 'unknown'),
        'the profile was read',
      );
      assert.deepEqual(writeRequests(fake), [], 'nothing is written without the thread');
      assert.ok(
        run.warnings.some((w) => /Nothing was written/.test(w) && /Thread query/.test(w)),
        run.warnings.join(' | '),
      );
    });
  }

  const everywhere = {
    html: { label: 'HTML', rule: { method: 'POST', path: '/graphql', status: 200, rawBody: unicorn } as FaultRule, words: /HTML page/ },
    'data: null': { label: 'data: null', rule: { method: 'POST', path: '/graphql', status: 200, body: { data: null } } as FaultRule, words: /data: null/ },
  };
  for (const { label, rule, words } of Object.values(everywhere)) {
    test(`${label} on every GraphQL request of a post-merge run: no crash, nothing sent, a warning`, async (t) => {
      const persona = buildPersona('newcomer');
      const fake = await startFor(t, persona.dataset);
      const event = mergedEvent(persona);
      fake.fault(rule);
      const run = await runOn(fake, event, { 'merged-message': 'Thanks {author}!' });
      assertNoCrash(run);
      assert.equal(run.outputs.verdict, 'skipped');
      assert.equal(run.outputs.partial, 'true');
      assert.equal(ourCommentsOfKind(fake, 42, 'merged').length, 0);
      assert.ok(
        run.warnings.some((w) => words.test(w)),
        run.warnings.join(' | '),
      );
    });
  }

  for (const [label, make, words] of [
    ['HTML', htmlOn, /HTML page/],
    ['data: null', nullDataOn, /data: null/],
  ] as const) {
    for (const operation of ['OpenItems', 'Profiles', 'Threads']) {
      test(`backfill: ${label} for ${operation}: the run ends normally, partial, a warning`, async (t) => {
        const { dataset, payload } = buildBacklog({ prs: 6, authors: 4 });
        const fake = await startFor(t, dataset);
        fake.fault(make(operation));
        const run = await runOn(fake, { name: 'workflow_dispatch', payload });
        assertNoCrash(run);
        assert.equal(run.outputs.partial, 'true');
        assert.ok(
          run.warnings.some((w) => words.test(w)),
          `a warning names the broken answer: ${run.warnings.join(' | ')}`,
        );
        const triaged = JSON.parse(run.outputs.triaged ?? '[]') as { verdict: string }[];
        if (operation === 'OpenItems') assert.deepEqual(triaged, [], 'nothing listed, nothing triaged');
        else assert.ok(triaged.length > 0 && triaged.every((i) => i.verdict !== 'green'), 'an item not fully read is never green');
      });
    }
  }
});

describe('a REST list that is not a list', () => {
  test('the public events as an object and the files as HTML: partial, warnings in words, sensitive-files unknown', async (t) => {
    const persona = buildPersona('veteran');
    const fake = await startFor(t, persona.dataset);
    fake.fault({ method: 'GET', path: /\/events\/public$/, status: 200, body: { message: 'not a list' } });
    fake.fault({ method: 'GET', path: /\/pulls\/42\/files$/, status: 200, rawBody: unicorn });
    const run = await runOn(fake, persona.event);
    assertNoCrash(run);
    assert.equal(run.outputs.partial, 'true');
    assert.equal(levelOf(run, 'workflow-files') ?? levelOf(run, 'sensitive-files'), 'unknown');
    assert.ok(
      run.warnings.some((w) => /events\/public with object, not the list it documents/.test(w)),
      run.warnings.join(' | '),
    );
    assert.ok(
      run.warnings.some((w) => /files with an HTML page/.test(w)),
      run.warnings.join(' | '),
    );
  });
});

describe('a token GitHub refuses, and inputs that are not usable', () => {
  test('401 Bad credentials: exit 1, one error saying the token was refused, after the summary; no verdict', async (t) => {
    const persona = buildPersona('newcomer');
    const token = 'ghs_revoked00000000000000000000000000000';
    const fake = await startFor(t, persona.dataset, { revokedTokens: [token] });
    const run = await runOn(fake, persona.event, { 'github-token': token, 'welcome-message': 'hi' });
    assert.equal(run.code, 1, run.stdout);
    assert.equal(run.errors.length, 1, run.errors.join('\n'));
    assert.match(run.errors[0] ?? '', /GitHub refused the token given as 'github-token' \(HTTP 401 Bad credentials\)/);
    assert.deepEqual(run.warnings, [], 'no warning per failed read');
    assert.ok(run.stdout.lastIndexOf('::error::') > run.stdout.lastIndexOf('::warning::'), 'the error comes last');
    assert.equal(run.outputs.verdict, 'skipped', 'no yellow verdict made of unknowns');
    assert.match(run.summary, /newcomer-triage failed/);
    assert.match(run.summary, /GitHub refused the token/);
    assert.ok(
      fake.log.every((e) => e.status === 401),
      'every request was refused',
    );
    assert.ok(!run.stdout.includes(token.slice(4)) || run.stdout.includes(`::add-mask::${token}`));
  });

  const badInputs: [string, string][] = [
    ['github-token', ''],
    ['max-items', '0x10'],
    ['activity-window-days', '1e2'],
    ['not-planned-issues', '0x4,6'],
    ['repeated-titles', '1e1,6'],
    ['closed-unmerged-ratio', '.2,.5'],
  ];
  for (const [name, value] of badInputs) {
    test(`${name}: "${value}" is a bad input, one error, no request`, async (t) => {
      const persona = buildPersona('newcomer');
      const fake = await startFor(t, persona.dataset);
      const run = await runOn(fake, persona.event, { [name]: value });
      assert.equal(run.code, 1, run.stdout);
      assert.equal(run.errors.length, 1, run.errors.join('\n'));
      assert.ok((run.errors[0] ?? '').includes(`'${name}'`), run.errors[0]);
      if (value !== '') assert.ok((run.errors[0] ?? '').includes(value), run.errors[0]);
      else assert.match(run.errors[0] ?? '', /empty/);
      assert.equal(fake.log.length, 0, 'no request');
      assertAllOutputs(run);
    });
  }

  for (const [kind, text] of [
    ['null', 'null'],
    ['an array', '[]'],
    ['truncated JSON', '{"action": "opened", "pull_request": {"number": 4'],
    ['a PR without a number', '{"action": "opened", "pull_request": {"title": "x"}}'],
  ] as const) {
    test(`an event file holding ${kind}: one error naming the event file, no request`, async (t) => {
      const persona = buildPersona('newcomer');
      const fake = await startFor(t, persona.dataset);
      const run = await runOn(fake, { name: 'pull_request_target', payload: text }, {}, { rawPayload: true });
      assert.equal(run.code, 1, run.stdout);
      assert.equal(run.errors.length, 1, run.errors.join('\n'));
      assert.match(run.errors[0] ?? '', /The event file \S+event\.json /);
      assert.doesNotMatch(run.errors[0] ?? '', /newcomer-triage failed|TypeError|Cannot read/);
      assert.equal(fake.log.length, 0, 'no request');
      assertAllOutputs(run);
    });
  }
});

describe('a refused token in the other modes', () => {
  const token = 'ghs_revoked00000000000000000000000000000';
  const assertRefused = (run: ActionRun, fake: { log: { status: number }[] }) => {
    assert.equal(run.code, 1, run.stdout);
    assert.equal(run.errors.length, 1, run.errors.join('\n'));
    assert.match(run.errors[0] ?? '', /GitHub refused the token given as 'github-token' \(HTTP 401 Bad credentials\)/);
    assert.deepEqual(run.warnings, [], 'no warning per failed read');
    assert.ok(fake.log.length > 0 && fake.log.every((e) => e.status === 401));
    assertAllOutputs(run);
  };

  test('backfill: exit 1, one error, no table of unknowns', async (t) => {
    const { dataset, payload } = buildBacklog({ prs: 6, authors: 4 });
    const fake = await startFor(t, dataset, { revokedTokens: [token] });
    const run = await runOn(fake, { name: 'workflow_dispatch', payload }, { 'github-token': token });
    assertRefused(run, fake);
    assert.equal(run.outputs.triaged, '[]');
  });

  test('post-merge: exit 1, one error, no message sent', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset, { revokedTokens: [token] });
    const run = await runOn(fake, mergedEvent(persona), { 'github-token': token, 'merged-message': 'Thanks {author}!' });
    assertRefused(run, fake);
    assert.equal(ourCommentsOfKind(fake, 42, 'merged').length, 0);
  });
});

describe('REST answers of the wrong shape, beyond lists', () => {
  test('the permission check answered with HTML: the author is triaged by association, a warning in words', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    fake.fault({ method: 'GET', path: /\/collaborators\/[^/]+\/permission$/, status: 200, rawBody: unicorn });
    const run = await runOn(fake, persona.event);
    assertNoCrash(run);
    assert.match(run.outputs.verdict ?? '', /^(green|yellow|red)$/, 'triaged by association');
    assert.ok(labelsOn(fake, 42).length > 0, 'labels written');
  });

  test('a comment create answered 201 with HTML: no crash, the comment is not posted twice', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    fake.fault({ method: 'POST', path: /\/issues\/42\/comments$/, status: 201, rawBody: unicorn, applyThenFail: true });
    const run = await runOn(fake, persona.event, { 'welcome-message': 'Welcome {author}!' });
    assertNoCrash(run);
    assert.equal(ourCommentsOfKind(fake, 42, 'welcome').length, 1);
  });

  test("post-merge: the org's invitations answered as an object: no crash, no invitation, a warning", async (t) => {
    const persona = buildPersona('newcomer');
    const orgToken = 'ghp_OrgAdminTokenForInvitations0000001';
    persona.dataset.orgViewer = ORG_ADMIN;
    const fake = await startFor(t, persona.dataset, { orgToken });
    fake.fault({ method: 'GET', path: /^\/orgs\/octo-org\/invitations$/, status: 200, body: { message: 'not a list' } });
    const run = await runOn(fake, mergedEvent(persona), { 'merged-message': 'Thanks {author}!', 'invite-to-org': 'true', 'org-token': orgToken });
    assertNoCrash(run);
    assert.equal(ourCommentsOfKind(fake, 42, 'merged').length, 1, 'the thank-you does not depend on the invitations');
    assert.deepEqual(fake.data.invitations, [], 'no invitation on an unreadable list (it may hold one already)');
    assert.ok(
      run.warnings.some((w) => /invitations/.test(w)),
      run.warnings.join(' | '),
    );
  });
});
