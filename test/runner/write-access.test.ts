// Private org members and team members reach the webhook as CONTRIBUTOR or NONE (issue 15): the action asks
// GitHub's permission check (GET /repos/{o}/{r}/collaborators/{u}/permission) and counts write or above as
// COLLABORATOR, for the skip rules and for /triage. Through the bundle against the fake, whose check answers
// as GitHub's does (admin for the owner, the granted role, read for anyone else; maintain reads as write).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FakeRepo } from '../fake-github/dataset.js';
import { buildBacklog, buildPersona, MAINTAINER } from '../personas/index.js';
import { assertAllOutputs, commandEvent, labelsOn, mergedEvent, runOn, startFor, userOf, writeRequests } from './helpers.js';
import type { FakeGitHub } from '../fake-github/index.js';

const permissionPath = /\/repos\/octo-org\/widgets\/collaborators\/[^/]+\/permission$/;

function widgets(repos: FakeRepo[]): FakeRepo {
  const repo = repos.find((r) => r.owner === 'octo-org' && r.name === 'widgets');
  assert.ok(repo);
  return repo;
}

function permissionChecks(fake: FakeGitHub): string[] {
  return fake.requests('GET', permissionPath).map((e) => decodeURIComponent(e.path.split('/')[5] ?? ''));
}

// Whether the permission check started within half a round trip of the run's first request: the same first
// wave (latency is long enough that a machine's load cannot make a second wave look like the first).
const latencyMs = 400;
function inFirstWave(fake: FakeGitHub): boolean {
  const check = fake.requests('GET', permissionPath)[0];
  const firstStart = Math.min(...fake.log.map((e) => e.startedAt));
  return check !== undefined && check.startedAt - firstStart < latencyMs / 2;
}

function withAssociation(event: { name: string; payload: Record<string, unknown> }, association: string) {
  (event.payload.pull_request as Record<string, unknown>).author_association = association;
  return event;
}

describe('an author whose association hides write access', () => {
  for (const [role, association] of [
    ['write', 'NONE'],
    ['maintain', 'FIRST_TIME_CONTRIBUTOR'],
  ] as const) {
    test(`a ${association} author with ${role} access is a collaborator: skipped, nothing written, checked in the first wave`, async (t) => {
      const persona = buildPersona('newcomer');
      widgets(persona.dataset.repos).permissions = { [persona.login]: role };
      const fake = await startFor(t, persona.dataset, { latencyMs });
      const run = await runOn(fake, withAssociation(persona.event, association), { 'welcome-message': 'Welcome {author}!', 'report-comment': 'always' });
      assert.equal(run.code, 0, run.stdout);
      assertAllOutputs(run);
      assert.equal(run.outputs.verdict, 'skipped');
      assert.equal(run.outputs['skipped-reason'], 'association');
      assert.deepEqual(writeRequests(fake), [], 'a collaborator gets no label and no comment');
      assert.deepEqual(labelsOn(fake, 42), []);
      assert.deepEqual(permissionChecks(fake), [persona.login]);
      assert.ok(inFirstWave(fake), 'the check went out with the first reads, not after them');
    });
  }

  test('a genuine first-timer (read access): triaged and welcomed as before, one check', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    const run = await runOn(fake, withAssociation(persona.event, 'FIRST_TIME_CONTRIBUTOR'), { 'welcome-message': 'Welcome {author}!' });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.verdict, 'yellow');
    assert.ok(labelsOn(fake, 42).includes('first-time contributor'));
    assert.deepEqual(permissionChecks(fake), [persona.login]);
    assert.deepEqual(run.warnings, []);
  });

  test('no check when the answer cannot change the skip (COLLABORATOR not in skip-associations)', async (t) => {
    const persona = buildPersona('newcomer');
    widgets(persona.dataset.repos).permissions = { [persona.login]: 'write' };
    const fake = await startFor(t, persona.dataset);
    const run = await runOn(fake, withAssociation(persona.event, 'NONE'), { 'skip-associations': 'OWNER,MEMBER' });
    assert.equal(run.code, 0, run.stdout);
    assert.notEqual(run.outputs.verdict, 'skipped');
    assert.deepEqual(permissionChecks(fake), []);
  });

  test('a check GitHub does not answer: triaged by the association, one warning saying so', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    fake.fault({ method: 'GET', path: permissionPath, status: 403, body: { message: 'Resource not accessible by integration' } });
    const run = await runOn(fake, withAssociation(persona.event, 'NONE'), {});
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.verdict, 'yellow');
    assert.ok(
      run.warnings.some((w) => new RegExp(`Could not check whether ${persona.login} has write access here .*HTTP 403.*triaged as NONE`).test(w)),
      run.warnings.join(' | '),
    );
  });

  test('after a merge: a private member (CONTRIBUTOR, write) gets no thank-you', async (t) => {
    const persona = buildPersona('newcomer');
    widgets(persona.dataset.repos).permissions = { [persona.login]: 'write' };
    const event = mergedEvent(persona);
    ((event.payload as Record<string, unknown>).pull_request as Record<string, unknown>).author_association = 'CONTRIBUTOR';
    const fake = await startFor(t, persona.dataset);
    const run = await runOn(fake, event, { 'merged-message': 'Thanks {author}!' });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs['skipped-reason'], 'association');
    assert.deepEqual(writeRequests(fake), []);
  });
});

describe('/triage from a login whose association hides write access', () => {
  test('a team member shown as CONTRIBUTOR with write access: re-triaged', async (t) => {
    const persona = buildPersona('newcomer');
    const helper = userOf(persona.dataset, MAINTAINER);
    widgets(persona.dataset.repos).permissions = { [helper.login]: 'write' };
    const fake = await startFor(t, persona.dataset);
    const run = await runOn(fake, commandEvent(persona, helper, 'CONTRIBUTOR'), { 'report-comment': 'always' });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.verdict, 'yellow');
    assert.ok(labelsOn(fake, 42).length > 0, 'the re-triage wrote its labels');
    assert.deepEqual(permissionChecks(fake).slice(0, 1), [helper.login]);
  });

  test('a drive-by commenter (read access): not-a-maintainer after one request, nothing else read or written', async (t) => {
    const persona = buildPersona('newcomer');
    const outsider = userOf(persona.dataset, persona.login);
    const fake = await startFor(t, persona.dataset);
    const run = await runOn(fake, commandEvent(persona, outsider, 'NONE'), { 'report-comment': 'always' });
    assert.equal(run.code, 0, run.stdout);
    assertAllOutputs(run);
    assert.equal(run.outputs['skipped-reason'], 'not-a-maintainer');
    assert.equal(fake.log.length, 1, fake.log.map((e) => `${e.method} ${e.path}`).join(', '));
    assert.deepEqual(permissionChecks(fake), [outsider.login]);
    assert.deepEqual(run.warnings, []);
  });
});

describe('backfill', () => {
  test("a private member's open PR is skipped as a collaborator; the others are triaged", async (t) => {
    const { dataset, payload } = buildBacklog({ prs: 8, authors: 6 });
    const open = dataset.items.filter((i) => i.repo === 'octo-org/widgets' && i.state === 'open' && i.author_association === 'NONE');
    const member = open[0];
    assert.ok(member, 'the backlog has an open PR by an author shown as NONE');
    widgets(dataset.repos).permissions = { [member.author]: 'admin' };
    const fake = await startFor(t, dataset);
    const run = await runOn(fake, { name: 'workflow_dispatch', payload }, {});
    assert.equal(run.code, 0, run.stdout);
    const rows = JSON.parse(run.outputs.triaged ?? '[]') as { number: number; author: string; verdict: string }[];
    for (const row of rows.filter((r) => r.author === member.author)) assert.equal(row.verdict, 'skipped', `#${row.number}`);
    assert.ok(
      rows.some((r) => r.author !== member.author && r.verdict !== 'skipped'),
      'the other authors are triaged',
    );
    assert.ok(!writeRequests(fake).some((w) => w.path.includes(`/issues/${member.number}/`)), 'nothing written on the member’s PR');
    assert.equal(new Set(permissionChecks(fake)).size, permissionChecks(fake).length, 'each author checked once');
  });
});
