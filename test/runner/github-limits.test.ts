// GitHub's limits that a lenient fake would not enforce (issue 15): the 30 days of public events it keeps,
// the 65,536 characters of a comment, the 100 labels of an item, the 302 of a membership check by someone
// outside the org. Each through the bundle against the fake, which refuses as GitHub does.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPersona, MAINTAINER, ORG_ADMIN, workflowDispatchPayload, type Persona } from '../personas/index.js';
import {
  assertAllOutputs,
  assertValidGraphql,
  itemOf,
  labelsOn,
  levelOf,
  mergedEvent,
  ourCommentsOfKind,
  runOn,
  signalsOf,
  startFor,
  userOf,
} from './helpers.js';

const dayMs = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

describe('public events older than 30 days', () => {
  // GitHub lists only the last 30 days of a user's events, since January 2025
  // (https://github.blog/changelog/2024-11-08-upcoming-changes-to-data-retention-for-events-api-atom-feed-timeline-and-dashboard-feed-features).
  test('an old comment sent to 12 owners is not counted: GitHub no longer lists it, the verdict stands', async (t) => {
    const persona = buildPersona('veteran');
    const now = Date.now();
    // The action reads comments from the start of the UTC day 30 days back, so up to a day more than GitHub
    // keeps: comments in between reach the verdict only if the fake lists what GitHub would not. Ten go there,
    // the others are weeks older.
    const windowStart = Math.floor((now - 30 * dayMs) / dayMs) * dayMs;
    const kept = now - 30 * dayMs;
    const body = 'Could you please star my project, it would really help me a lot';
    for (let k = 0; k < 12; k++) {
      const at = k < 10 ? kept - ((kept - windowStart) * (k + 1)) / 11 : now - (40 + k) * dayMs;
      const repo = `owner-${k}/project-${k}`;
      persona.dataset.events.push({
        id: String(3_000_000_000 + k),
        type: 'IssueCommentEvent',
        actor: persona.login,
        repo,
        created_at: iso(at),
        payload: {
          action: 'created',
          issue: { number: 7, title: 'Question', state: 'open', html_url: `https://github.com/${repo}/issues/7` },
          comment: { id: 9_000_000 + k, body, html_url: `https://github.com/${repo}/issues/7#issuecomment-${9_000_000 + k}`, created_at: iso(at) },
        },
      });
    }
    const fake = await startFor(t, persona.dataset);
    const run = await runOn(fake, persona.event);
    assert.equal(run.code, 0, run.stdout);
    assertAllOutputs(run);
    assertValidGraphql(fake);
    assert.equal(levelOf(run, 'repeated-comments'), 'green', JSON.stringify(signalsOf(run)));
    assert.ok(Number(signalsOf(run).find((s) => s.id === 'repeated-comments')?.value) <= 1);
    assert.equal(run.outputs.verdict, 'green');
    assert.equal(run.outputs.partial, 'false');
    assert.deepEqual(
      labelsOn(fake, 42).filter((l) => l.startsWith('triage:')),
      [],
      'no verdict label',
    );
  });
});

// GitHub refuses a comment over 65,536 characters: 422 "Body is too long (maximum is 65536 characters)"
// (https://github.com/danger/danger/issues/424, https://github.com/elastic/kibana/issues/71307).
describe('comments over 65,536 characters', () => {
  const limit = 65_536;
  // 36 characters a line; filled in, each line grows by the login's and the repo's length.
  const line = 'Thanks {author}, welcome to {repo}.\n';
  const growing = line.repeat(1816); // 65,376 characters: fits alone, not once filled in
  const tooLong = 'x'.repeat(limit);

  for (const name of ['welcome-message', 'merged-message']) {
    test(`${name} longer than GitHub takes: one error naming it, before any request`, async (t) => {
      const persona = buildPersona('newcomer');
      const fake = await startFor(t, persona.dataset);
      const run = await runOn(fake, persona.event, { [name]: tooLong });
      assert.equal(run.code, 1, run.stdout);
      assert.equal(run.errors.length, 1, run.errors.join(' | '));
      assert.match(
        run.errors[0] ?? '',
        new RegExp(`Input '${name}' has an invalid value .*65536 characters long; allowed is a message of at most \\d+ characters`),
      );
      assert.ok((run.errors[0] ?? '').length < 400, 'the error does not repeat the whole template');
      assert.equal(fake.log.length, 0, 'no request');
    });
  }

  test('a welcome that outgrows the limit once filled in is cut at a line, keeps its marker, and is posted once', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    for (let k = 0; k < 2; k++) {
      const run = await runOn(fake, persona.event, { 'welcome-message': growing });
      assert.equal(run.code, 0, run.stdout);
      assert.deepEqual(run.warnings, []);
    }
    assert.deepEqual(
      fake.log.filter((e) => e.status === 422),
      [],
      'GitHub refused nothing',
    );
    const welcome = ourCommentsOfKind(fake, 42, 'welcome');
    assert.equal(welcome.length, 1, 'the second run found the first welcome by its marker');
    const body = welcome[0]?.body ?? '';
    assert.ok(body.length <= limit, `${body.length} characters`);
    assert.ok(body.length > limit - 100, 'no more is cut than needed');
    assert.ok(body.startsWith('<!-- newcomer-triage:welcome -->\nThanks @sam-okafor, welcome to octo-org/widgets.\n'));
    assert.match(body, /welcome to octo-org\/widgets\.\n\n… \(cut here: GitHub takes at most 65,536 characters in a comment\)$/);
  });

  test('a merged message that outgrows the limit once filled in is cut and posted', async (t) => {
    const persona = buildPersona('newcomer');
    persona.dataset.orgViewer = ORG_ADMIN;
    const event = mergedEvent(persona);
    const fake = await startFor(t, persona.dataset);
    const run = await runOn(fake, event, { 'merged-message': growing });
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(run.warnings, []);
    assert.deepEqual(
      fake.log.filter((e) => e.status === 422),
      [],
      'GitHub refused nothing',
    );
    const merged = ourCommentsOfKind(fake, 42, 'merged');
    assert.equal(merged.length, 1);
    assert.ok((merged[0]?.body.length ?? 0) <= limit);
    assert.match(merged[0]?.body ?? '', /\.\n\n… \(cut here: GitHub takes at most 65,536 characters in a comment\)$/);
  });
});

// GitHub allows at most 100 labels on an issue or PR: REST's add answers 422 "Issues cannot have more than 100
// labels" (https://github.com/actions/labeler/issues/115; the limit: https://github.com/github/docs/issues/161),
// and the fake's addLabelsToLabelable refuses past it too.
describe('an item that already has 99 or 100 labels', () => {
  // PR #42 of the newcomer persona (yellow, first-time) with `count` labels of the repo's own.
  function crowded(count: number): Persona {
    const persona = buildPersona('newcomer');
    const repo = persona.dataset.repos.find((r) => r.owner === 'octo-org' && r.name === 'widgets');
    assert.ok(repo);
    const names = Array.from({ length: count }, (_, i) => `area: ${i}`);
    repo.labels.push(...names.map((name) => ({ name, color: 'c5def5' })));
    const pr = persona.dataset.items.find((i) => i.repo === 'octo-org/widgets' && i.number === 42);
    assert.ok(pr);
    pr.labels = names;
    return persona;
  }
  const welcome = 'Welcome {author}!';

  for (const [count, fits, leftOut] of [
    [99, ['triage: check'], ['first-time contributor']],
    [100, [], ['triage: check', 'first-time contributor']],
  ] as const) {
    test(`triage with ${count}: ${fits.length} label added, the rest named in one warning, the welcome posted, exit 0`, async (t) => {
      const persona = crowded(count);
      const fake = await startFor(t, persona.dataset);
      const run = await runOn(fake, persona.event, { 'welcome-message': welcome });
      assert.equal(run.code, 0, run.stdout);
      assertAllOutputs(run);
      assert.equal(run.outputs.verdict, 'yellow');
      assert.deepEqual(run.errors, []);
      assert.equal(run.warnings.length, 1, run.warnings.join(' | '));
      assert.match(run.warnings[0] ?? '', new RegExp(`octo-org/widgets#42 already has ${count} labels and GitHub allows at most 100 on an issue or PR`));
      for (const name of leftOut) assert.ok(run.warnings[0]?.includes(`"${name}"`), `the warning names ${name}`);
      const labels = labelsOn(fake, 42);
      assert.ok(labels.length <= 100);
      for (const name of fits) assert.ok(labels.includes(name), `${name} is on the PR`);
      for (const name of leftOut) assert.ok(!labels.includes(name), `${name} is not on the PR`);
      assert.deepEqual(
        fake.log.filter((e) => e.status === 422),
        [],
        'GitHub refused nothing',
      );
      assert.equal(ourCommentsOfKind(fake, 42, 'welcome').length, 1, 'the rest of the run is done');
      assert.equal(run.outputs.partial, 'false', 'a full item is not a failed read');
    });

    test(`backfill with ${count}: the same, through the batched label mutations`, async (t) => {
      const persona = crowded(count);
      const fake = await startFor(t, persona.dataset);
      const event = { name: 'workflow_dispatch', payload: workflowDispatchPayload(userOf(persona.dataset, MAINTAINER)) };
      const run = await runOn(fake, event, { 'welcome-message': welcome });
      assert.equal(run.code, 0, run.stdout);
      assertAllOutputs(run);
      assertValidGraphql(fake);
      const triaged = JSON.parse(run.outputs.triaged ?? '[]') as { number: number; verdict: string }[];
      assert.equal(triaged.find((i) => i.number === 42)?.verdict, 'yellow', run.outputs.triaged);
      assert.deepEqual(run.errors, []);
      const full = run.warnings.filter((w) => /GitHub allows at most 100/.test(w));
      assert.equal(full.length, 1, run.warnings.join(' | '));
      assert.match(full[0] ?? '', new RegExp(`octo-org/widgets#42 already has ${count} labels`));
      for (const name of leftOut) assert.ok(full[0]?.includes(`"${name}"`), `the warning names ${name}`);
      const labels = labelsOn(fake, 42);
      assert.ok(labels.length <= 100);
      for (const name of fits) assert.ok(labels.includes(name), `${name} is on the PR`);
      for (const name of leftOut) assert.ok(!labels.includes(name), `${name} is not on the PR`);
      assert.doesNotMatch(run.summary, /❌/, 'no write failed');
      assert.equal(ourCommentsOfKind(fake, 42, 'welcome').length, 1, 'the rest of the run is done');
      assert.ok(itemOf(fake, 42));
    });
  }
});

// GitHub answers the membership check (GET /orgs/{org}/members/{username}) 204 for a member, 404 for a
// non-member, and 302 to the public members' list when the requester is not an org member
// (https://docs.github.com/rest/orgs/members#check-organization-membership-for-a-user; its codes discussed in
// https://github.com/github/docs/issues/27266).
describe('post-merge with an org token whose user is outside the org', () => {
  test('no invitation, one warning naming what the org token needs, the merged message posted, exit 0', async (t) => {
    const persona = buildPersona('newcomer');
    persona.dataset.users.push({ login: 'ci-helper', id: 770_001, type: 'User', created_at: '2019-03-01T00:00:00Z' });
    persona.dataset.orgViewer = 'ci-helper';
    const event = mergedEvent(persona);
    const orgToken = 'ghp_OutsiderTokenForInvitations000001';
    const fake = await startFor(t, persona.dataset, { orgToken });
    const run = await runOn(fake, event, { 'merged-message': 'Thank you {author}!', 'invite-to-org': 'true', 'org-token': orgToken });
    assert.equal(run.code, 0, run.stdout);
    assertAllOutputs(run);
    assertValidGraphql(fake);
    assert.deepEqual(run.errors, []);
    assert.equal(run.warnings.length, 1, run.warnings.join(' | '));
    assert.match(run.warnings[0] ?? '', /Not invited to octo-org: the org-token's user is not a member of octo-org/);
    assert.match(run.warnings[0] ?? '', /an owner of octo-org/);
    assert.deepEqual(fake.data.invitations, []);
    assert.deepEqual(fake.requests('POST', /invitations$/), [], 'no invitation was attempted');
    assert.deepEqual(fake.requests('GET', /public_members/), [], 'the redirect is read, not followed');
    assert.equal(ourCommentsOfKind(fake, 42, 'merged').length, 1, 'still thanked');
    assert.match(run.summary, /not a member of octo-org/);
  });
});
