// After the first merge (issue 9): the merged message and the org invitation, on evidence, through the bundle
// on a pull_request_target closed+merged event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FakeGitHub } from '../fake-github/index.js';
import type { ActionRun } from '../harness/run-action.js';
import { buildPersona, MAINTAINER, ORG_ADMIN, pullRequestPayload, type PersonaId } from '../personas/index.js';
import { assertAllOutputs, assertValidGraphql, mergedEvent, ourComments, ourCommentsOfKind, runOn, startFor, userOf, writeRequests } from './helpers.js';

const orgToken = 'ghp_OrgAdminTokenForInvitations0000001';
const mergedMessage = 'Thank you {author}: your first PR to {repo} is merged!';
const inputs = { 'merged-message': mergedMessage, 'invite-to-org': 'true', 'org-token': orgToken };

// A persona whose PR #42 was just merged, with the org token acting as `orgViewer` (an org admin by default).
async function mergedWorld(t: Parameters<typeof startFor>[0], id: PersonaId, options: { orgViewer?: string; mergedAt?: Date } = {}) {
  const persona = buildPersona(id);
  persona.dataset.orgViewer = options.orgViewer ?? ORG_ADMIN;
  const event = mergedEvent(persona, 42, options.mergedAt);
  const fake = await startFor(t, persona.dataset, { orgToken });
  return { persona, event, fake };
}

function assertPostMergeOutputs(run: ActionRun, firstTime: boolean): void {
  assertAllOutputs(run);
  assert.equal(run.outputs.verdict, 'skipped');
  assert.equal(run.outputs['skipped-reason'], '');
  assert.equal(run.outputs.signals, '[]');
  assert.equal(run.outputs.triaged, '[]');
  assert.equal(run.outputs['first-time'], String(firstTime));
}

function invitationsFor(fake: FakeGitHub, login: string) {
  return fake.data.invitations.filter((i) => i.login === login);
}

test('a first-time contributor merged: thanked once, invited once', async (t) => {
  const { persona, event, fake } = await mergedWorld(t, 'newcomer');
  const user = userOf(persona.dataset, persona.login);
  const run = await runOn(fake, event, inputs);
  assert.equal(run.code, 0, run.stdout);
  assertPostMergeOutputs(run, true);
  assert.equal(run.outputs.author, persona.login);
  assert.deepEqual(run.warnings, []);
  const merged = ourCommentsOfKind(fake, 42, 'merged');
  assert.equal(merged.length, 1);
  assert.equal(merged[0]?.body, '<!-- newcomer-triage:merged -->\nThank you @sam-okafor: your first PR to octo-org/widgets is merged!');
  assert.deepEqual(
    invitationsFor(fake, persona.login).map((i) => ({ org: i.org, invitee_id: i.invitee_id })),
    [{ org: 'octo-org', invitee_id: user.id }],
  );
  const invite = fake.requests('POST', /^\/orgs\/octo-org\/invitations$/);
  assert.equal(invite.length, 1);
  assert.equal(invite[0]?.token, orgToken, 'the invitation is sent with the org token');
  assert.deepEqual(invite[0]?.body, { invitee_id: user.id, role: 'direct_member' });
  assert.ok(
    fake.log.filter((e) => e.token === orgToken).every((e) => e.path.startsWith('/orgs/')),
    'the org token is used only for the org',
  );
  assert.match(run.summary, /^### 🎉 newcomer-triage: merged/);
  assert.match(run.summary, /Invited sam-okafor to octo-org/);
  assert.equal(run.outputs['api-requests'], String(fake.log.length));

  // The same event again (a re-run of the job): nothing twice.
  const again = await runOn(fake, event, inputs);
  assert.equal(again.code, 0);
  assert.equal(ourCommentsOfKind(fake, 42, 'merged').length, 1);
  assert.equal(invitationsFor(fake, persona.login).length, 1);
  assert.match(again.summary, /already invited/);
  assertValidGraphql(fake);
});

test("the same author's second merge: no message, no invitation", async (t) => {
  const { persona, event, fake } = await mergedWorld(t, 'newcomer', { mergedAt: new Date(Date.now() - 10 * 60_000) });
  const first = await runOn(fake, event, inputs);
  assert.equal(first.code, 0, first.stdout);
  assert.equal(invitationsFor(fake, persona.login).length, 1);
  // The invitation was accepted; a second PR, #44, is merged now.
  fake.data.invitations.length = 0;
  (fake.data.orgMembers['octo-org'] ??= []).push(persona.login);
  const pr42 = fake.data.items.find((i) => i.number === 42);
  assert.ok(pr42);
  const now = new Date(Date.now() - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const pr44 = {
    ...pr42,
    number: 44,
    title: 'Document the pagination fix',
    created_at: now,
    closed_at: now,
    merged_at: now,
    labels: [],
    author_association: 'CONTRIBUTOR',
  };
  fake.data.items.push(pr44);
  const second = {
    name: 'pull_request_target',
    payload: pullRequestPayload(pr44, userOf(fake.data, persona.login), { fixture: 'pull_request_target.closed.merged' }),
  };
  const before = fake.log.length;
  const run = await runOn(fake, second, inputs);
  assert.equal(run.code, 0, run.stdout);
  assertPostMergeOutputs(run, false);
  assert.deepEqual(ourComments(fake, 44), []);
  assert.deepEqual(fake.data.invitations, []);
  assert.deepEqual(writeRequests(fake, before), []);
  assert.match(run.summary, /had merged PRs here before/);
  assertValidGraphql(fake);
});

test('an existing org member is not invited, and the summary says why', async (t) => {
  const { persona, event, fake } = await mergedWorld(t, 'newcomer');
  (fake.data.orgMembers['octo-org'] ??= []).push(persona.login);
  const run = await runOn(fake, event, inputs);
  assert.equal(run.code, 0, run.stdout);
  assertPostMergeOutputs(run, true);
  assert.deepEqual(fake.data.invitations, []);
  assert.equal(fake.requests('POST', /invitations$/).length, 0);
  assert.match(run.summary, /Not invited to octo-org: sam-okafor is already a member/);
  assert.equal(ourCommentsOfKind(fake, 42, 'merged').length, 1, 'still thanked');
  assertValidGraphql(fake);
});

test('a red author is not invited, and the summary says red', async (t) => {
  const { persona, event, fake } = await mergedWorld(t, 'sprayer');
  const run = await runOn(fake, event, inputs);
  assert.equal(run.code, 0, run.stdout);
  assertPostMergeOutputs(run, true);
  assert.deepEqual(invitationsFor(fake, persona.login), []);
  assert.equal(fake.requests('POST', /invitations$/).length, 0);
  assert.match(run.summary, /Not invited to octo-org: the verdict at merge time is red/);
  assertValidGraphql(fake);
});

test('a user-owned repo: a warning, no invitation', async (t) => {
  const persona = buildPersona('newcomer');
  persona.dataset.orgViewer = ORG_ADMIN;
  persona.dataset.users.push({ login: 'solo-sol', id: 3900, type: 'User', created_at: '2015-01-01T00:00:00Z', name: 'Sol' });
  persona.dataset.repos.push({ owner: 'solo-sol', name: 'widgets', labels: [] });
  const pr = persona.dataset.items.find((i) => i.number === 42);
  assert.ok(pr);
  const when = new Date(Date.now() - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const item = { ...pr, repo: 'solo-sol/widgets', number: 5, state: 'closed' as const, closed_at: when, merged_at: when, labels: [] };
  persona.dataset.items.push(item);
  const event = {
    name: 'pull_request_target',
    payload: pullRequestPayload(item, userOf(persona.dataset, persona.login), { fixture: 'pull_request_target.closed.merged' }),
  };
  const fake = await startFor(t, persona.dataset, { orgToken });
  const run = await runOn(fake, event, inputs, { repo: 'solo-sol/widgets' });
  assert.equal(run.code, 0, run.stdout);
  assertPostMergeOutputs(run, true);
  assert.equal(run.warnings.length, 1, run.warnings.join('\n'));
  assert.match(run.warnings[0] ?? '', /solo-sol\/widgets belongs to a user/);
  assert.deepEqual(fake.data.invitations, []);
  assert.equal(fake.requests('POST', /invitations$/).length, 0);
  assert.equal(fake.data.comments.filter((c) => c.repo === 'solo-sol/widgets' && c.body.startsWith('<!-- newcomer-triage:merged -->')).length, 1);
  assertValidGraphql(fake);
});

test('an org token without admin rights: a warning naming admin:org, exit 0', async (t) => {
  const { persona, event, fake } = await mergedWorld(t, 'newcomer', { orgViewer: MAINTAINER });
  const run = await runOn(fake, event, inputs);
  assert.equal(run.code, 0, run.stdout);
  assertPostMergeOutputs(run, true);
  assert.equal(run.warnings.length, 1, run.warnings.join('\n'));
  assert.match(run.warnings[0] ?? '', /admin:org/);
  assert.deepEqual(invitationsFor(fake, persona.login), []);
  assert.equal(ourCommentsOfKind(fake, 42, 'merged').length, 1, 'the thanks still goes out');
  assert.ok(!run.stdout.replace(/^::add-mask::.*$/gm, '').includes(orgToken) && !run.summary.includes(orgToken), 'the org token is never shown');
  assertValidGraphql(fake);
});

test('invite-to-org without org-token: exit 1 before any request', async (t) => {
  const { event, fake } = await mergedWorld(t, 'newcomer');
  const run = await runOn(fake, event, { 'merged-message': mergedMessage, 'invite-to-org': 'true' });
  assert.equal(run.code, 1);
  assert.equal(run.errors.length, 1, run.errors.join('\n'));
  assert.match(run.errors[0] ?? '', /invite-to-org/);
  assert.match(run.errors[0] ?? '', /org-token/);
  assert.equal(fake.log.length, 0);
  assert.equal(run.outputs.verdict, 'skipped');
});

test('a merged PR by a maintainer is skipped by association', async (t) => {
  const { event, fake } = await mergedWorld(t, 'newcomer');
  (event.payload as { pull_request: Record<string, unknown> }).pull_request.author_association = 'MEMBER';
  const run = await runOn(fake, event, inputs);
  assert.equal(run.code, 0);
  assert.equal(run.outputs.verdict, 'skipped');
  assert.equal(run.outputs['skipped-reason'], 'association');
  assert.equal(fake.log.length, 0);
});

test('a merged PR with CONTRIBUTOR association (as GitHub shows it after the merge) is still a first merge', async (t) => {
  const { persona, event, fake } = await mergedWorld(t, 'newcomer');
  (event.payload as { pull_request: Record<string, unknown> }).pull_request.author_association = 'CONTRIBUTOR';
  const run = await runOn(fake, event, inputs);
  assert.equal(run.code, 0, run.stdout);
  assertPostMergeOutputs(run, true);
  assert.equal(invitationsFor(fake, persona.login).length, 1);
  assert.equal(ourCommentsOfKind(fake, 42, 'merged').length, 1);
  assertValidGraphql(fake);
});
