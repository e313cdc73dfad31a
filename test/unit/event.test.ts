import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPlan } from '../../src/event/get-subject.js';
import type { Payload } from '../../src/event/payload.js';
import { getSkipReason } from '../../src/event/skip-rules.js';
import { getSettings } from '../../src/settings/get-settings.js';

const repo = { owner: 'octo-org', name: 'widgets' };
const user = (login: string, type = 'User', id = 5) => ({ login, type, id });
const pr = (over: Record<string, unknown> = {}): Payload => ({
  action: 'opened',
  pull_request: { number: 42, title: 't', user: user('sam'), author_association: 'NONE', created_at: '2026-11-01T00:00:00Z', ...over },
});
const settings = (values: Record<string, string> = {}) => getSettings((n) => values[n]);

describe('getPlan', () => {
  it('triages PRs opened, reopened and ready for review, on both PR events', () => {
    for (const name of ['pull_request', 'pull_request_target']) {
      for (const action of ['opened', 'reopened', 'ready_for_review']) {
        assert.equal(getPlan(name, { ...pr(), action }, repo).mode, 'triage');
      }
    }
  });
  it('runs the post-merge path only for a merged close', () => {
    assert.equal(getPlan('pull_request_target', { ...pr({ merged: true }), action: 'closed' }, repo).mode, 'post-merge');
    assert.deepEqual(getPlan('pull_request_target', { ...pr({ merged: false }), action: 'closed' }, repo), {
      mode: 'skip',
      reason: 'unsupported-event',
      subject: null,
    });
  });
  it('skips unsupported events and actions', () => {
    assert.equal(getPlan('push', {}, repo).mode, 'skip');
    assert.equal(getPlan('pull_request_target', { ...pr(), action: 'labeled' }, repo).mode, 'skip');
    assert.equal(getPlan('issues', { action: 'closed', issue: { number: 1 } }, repo).mode, 'skip');
  });
  it('takes /triage only from maintainers, only on a new comment', () => {
    const comment = (body: string, association: string, action = 'created'): Payload => ({
      action,
      issue: { number: 7, user: user('sam'), pull_request: {} },
      comment: { body, author_association: association },
    });
    const ok = getPlan('issue_comment', comment('/triage please', 'MEMBER'), repo);
    assert.equal(ok.mode, 'triage');
    assert.equal(ok.mode === 'triage' && ok.subject.kind, 'pr');
    assert.deepEqual(getPlan('issue_comment', comment('/triage', 'NONE'), repo).mode, 'skip');
    assert.equal((getPlan('issue_comment', comment('/triage', 'NONE'), repo) as { reason: string }).reason, 'not-a-maintainer');
    assert.equal((getPlan('issue_comment', comment('thanks /triage', 'OWNER'), repo) as { reason: string }).reason, 'unsupported-event');
    assert.equal((getPlan('issue_comment', comment('/triage', 'OWNER', 'edited'), repo) as { reason: string }).reason, 'unsupported-event');
    assert.equal((getPlan('issue_comment', comment('/triaged', 'OWNER'), repo) as { reason: string }).reason, 'unsupported-event');
  });
  it('backfills on workflow_dispatch and schedule', () => {
    assert.deepEqual(getPlan('schedule', {}, repo), { mode: 'backfill', repo });
    assert.deepEqual(getPlan('workflow_dispatch', {}, repo), { mode: 'backfill', repo });
  });
});

describe('getSkipReason', () => {
  const subject = (login: string, type = 'User', association = 'NONE', id = 5) => {
    const plan = getPlan('pull_request_target', pr({ user: user(login, type, id), author_association: association }), repo);
    if (plan.mode !== 'triage') throw new Error('expected triage');
    return plan.subject;
  };
  it('applies the contract order: bot, deleted user, association, trusted user', () => {
    assert.equal(getSkipReason(subject('dependabot[bot]', 'Bot', 'MEMBER'), settings({ 'trusted-users': 'dependabot' }), false), 'bot');
    assert.equal(getSkipReason(subject('ghost', 'User', 'MEMBER', 10137), settings(), false), 'deleted-user');
    assert.equal(getSkipReason(subject('mona', 'User', 'MEMBER'), settings({ 'trusted-users': 'mona' }), false), 'association');
    assert.equal(getSkipReason(subject('Mona'), settings({ 'trusted-users': 'mona' }), false), 'trusted-user');
    assert.equal(getSkipReason(subject('renamed', 'User', 'NONE', 99), settings({ 'trusted-users': '99' }), false), 'trusted-user');
    assert.equal(getSkipReason(subject('sam'), settings(), false), null);
  });
  it('lets bots through when skip-bots is false', () => {
    assert.equal(getSkipReason(subject('renovate[bot]', 'Bot'), settings({ 'skip-bots': 'false' }), false), null);
  });
  it('after a merge skips only owners, members and collaborators', () => {
    assert.equal(getSkipReason(subject('sam', 'User', 'CONTRIBUTOR'), settings(), true), null);
    assert.equal(getSkipReason(subject('sam', 'User', 'COLLABORATOR'), settings(), true), 'association');
  });
});
