import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Thread } from '../../src/fetch/thread-part.js';
import { getSettings } from '../../src/settings/get-settings.js';
import type { Subject } from '../../src/types.js';
import { markers } from '../../src/writers/markers.js';
import { fillTemplate, planTriageWrites } from '../../src/writers/plan-writes.js';

const subject: Subject = {
  repo: { owner: 'octo-org', name: 'widgets' },
  number: 42,
  kind: 'pr',
  author: { login: 'sam', id: 5, type: 'User' },
  association: 'NONE',
  title: 't',
  createdAt: '2026-11-01T00:00:00Z',
  mergedAt: null,
  size: null,
};
const thread = (over: Partial<Thread> = {}): Thread => ({
  ownerType: 'Organization',
  archived: false,
  labelsOnItem: [],
  repoLabels: new Map(),
  itemId: 'PR_42',
  ownComments: [],
  unreadComments: null,
  files: null,
  ...over,
});
const settings = (values: Record<string, string> = {}) => getSettings((n) => values[n]);

describe('planTriageWrites', () => {
  it('creates missing labels with the contract colours, then adds them', () => {
    const writes = planTriageWrites({ subject, settings: settings(), thread: thread(), verdict: 'red', firstTime: true, report: 'r' });
    assert.deepEqual(writes, [
      { kind: 'create-label', name: 'triage: careful review', color: 'd93f0b' },
      { kind: 'create-label', name: 'first-time contributor', color: '7057ff' },
      { kind: 'add-labels', names: ['triage: careful review', 'first-time contributor'] },
    ]);
  });
  it('plans nothing when the labels are already there', () => {
    const t = thread({ labelsOnItem: ['Triage: Check'], repoLabels: new Map([['triage: check', 'L1']]) });
    assert.deepEqual(planTriageWrites({ subject, settings: settings(), thread: t, verdict: 'yellow', firstTime: false, report: 'r' }), []);
  });
  it("swaps the other verdicts' labels on a re-triage", () => {
    const t = thread({
      labelsOnItem: ['triage: check', 'bug'],
      repoLabels: new Map([
        ['triage: check', 'L1'],
        ['triage: careful review', 'L2'],
      ]),
    });
    const writes = planTriageWrites({ subject, settings: settings(), thread: t, verdict: 'red', firstTime: false, report: 'r' });
    assert.deepEqual(writes, [
      { kind: 'add-labels', names: ['triage: careful review'] },
      { kind: 'remove-label', name: 'triage: check' },
    ]);
  });
  it('welcomes a first-time contributor once', () => {
    const s = settings({ 'welcome-message': 'Welcome {author} to {repo}!' });
    const first = planTriageWrites({ subject, settings: s, thread: thread(), verdict: 'green', firstTime: true, report: 'r' });
    assert.deepEqual(
      first.find((w) => w.kind === 'create-comment'),
      { kind: 'create-comment', comment: 'welcome', body: `${markers.welcome}\nWelcome @sam to octo-org/widgets!` },
    );
    const again = planTriageWrites({
      subject,
      settings: s,
      thread: thread({ ownComments: [{ id: 1, body: `${markers.welcome}\nhi` }] }),
      verdict: 'green',
      firstTime: true,
      report: 'r',
    });
    assert.equal(again.filter((w) => w.kind === 'create-comment').length, 0);
    assert.equal(planTriageWrites({ subject, settings: s, thread: thread(), verdict: 'green', firstTime: false, report: 'r' }).length, 0);
  });
  it('posts the report at its threshold, then updates it in place only when it changed', () => {
    const s = settings({ 'report-comment': 'yellow', 'label-yellow': '', 'label-red': '' });
    assert.equal(planTriageWrites({ subject, settings: s, thread: thread(), verdict: 'green', firstTime: false, report: 'r' }).length, 0);
    assert.deepEqual(planTriageWrites({ subject, settings: s, thread: thread(), verdict: 'yellow', firstTime: false, report: 'r' }), [
      { kind: 'create-comment', comment: 'report', body: `${markers.report}\nr` },
    ]);
    const posted = thread({ ownComments: [{ id: 7, body: `${markers.report}\nold` }] });
    assert.deepEqual(planTriageWrites({ subject, settings: s, thread: posted, verdict: 'green', firstTime: false, report: 'new' }), [
      { kind: 'update-comment', comment: 'report', id: 7, body: `${markers.report}\nnew` },
    ]);
    const same = thread({ ownComments: [{ id: 7, body: `${markers.report}\nnew` }] });
    assert.deepEqual(planTriageWrites({ subject, settings: s, thread: same, verdict: 'yellow', firstTime: false, report: 'new' }), []);
  });
});

describe('fillTemplate', () => {
  it('escapes a login that is not a plain GitHub login', () => {
    assert.equal(fillTemplate('Hi {author}', { ...subject, author: { login: '<b>x</b>', id: null, type: 'User' } }), 'Hi &lt;b&gt;x&lt;/b&gt;');
  });
});
