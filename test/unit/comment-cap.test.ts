// A backfill's comments per run: the first `cap` new comments go out, paced; the others wait for the next run
// with one line in the summary. In process against the fake, with the pacing on a short scale.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient } from '../../src/fetch/client.js';
import { applyPlans, capComments, commentsPerRun, type Plan } from '../../src/modes/backfill/apply-plans.js';
import { getSettings } from '../../src/settings/get-settings.js';
import type { Subject } from '../../src/types.js';
import type { Write } from '../../src/writers/plan-writes.js';
import { emptyDataset } from '../fake-github/dataset.js';
import { startFake } from '../fake-github/index.js';
import { nodeId } from '../fake-github/node-ids.js';

const welcome = (n: number): Write => ({ kind: 'create-comment', comment: 'welcome', body: `<!-- newcomer-triage:welcome -->\nWelcome ${n}` });
const update: Write = { kind: 'update-comment', comment: 'report', id: 7, body: 'report' };
const label: Write = { kind: 'add-labels', names: ['triage: check'] };

describe('capComments', () => {
  it('keeps the first new comments in order and holds back the rest', () => {
    const plans = [{ writes: [label, welcome(1)] }, { writes: [welcome(2), update] }, { writes: [welcome(3), label] }, { writes: [] }];
    const { send, held } = capComments(plans, 2);
    assert.deepEqual(send, [[label, welcome(1)], [welcome(2), update], [label], []]);
    assert.deepEqual(held, [[], [], [welcome(3)], []]);
  });

  it('never holds back a report updated in place or a label, even with no room left', () => {
    const { send, held } = capComments([{ writes: [update, label, welcome(1)] }], 0);
    assert.deepEqual(send, [[update, label]]);
    assert.deepEqual(held, [[welcome(1)]]);
  });

  it('holds back nothing below the cap', () => {
    const plans = Array.from({ length: commentsPerRun }, (_, n) => ({ writes: [welcome(n)] }));
    assert.deepEqual(capComments(plans, commentsPerRun).held.flat(), []);
    assert.equal(capComments([...plans, { writes: [welcome(-1)] }], commentsPerRun).held.flat().length, 1);
  });
});

describe('applyPlans with more comments than a run posts', () => {
  it('posts the cap, spaced, lists the others as waiting and says so once', async () => {
    const d = emptyDataset();
    d.users.push({ login: 'octo-org', id: 9919, type: 'Organization', created_at: '2015-01-01T00:00:00Z' });
    d.repos.push({ owner: 'octo-org', name: 'widgets', labels: [] });
    const numbers = [1, 2, 3, 4, 5];
    for (const number of numbers) {
      d.items.push({ repo: 'octo-org/widgets', number, kind: 'pr', author: 'sam', title: 't', state: 'open', created_at: '2026-11-01T00:00:00Z', labels: [] });
    }
    const fake = await startFake(d);
    try {
      const timing = { requestTimeoutMs: 5_000, notificationSpacingMs: 200, retryBaseMs: 10 };
      const client = createClient({ token: 't', baseUrl: fake.url, deadline: AbortSignal.timeout(30_000), paceNotifications: true, timing });
      const plans: Plan[] = numbers.map((number) => ({
        subject: subjectOf(number),
        item: { number, kind: 'pr', title: 't', author: 'sam', verdict: 'green', skippedReason: null, firstTime: true, reason: '', writes: [] },
        thread: {
          ownerType: 'Organization',
          archived: false,
          labelsOnItem: [],
          repoLabels: new Map(),
          itemId: nodeId('PullRequest', 1_000_000 + number),
          ownComments: [],
          unreadComments: null,
          files: null,
        },
        writes: [welcome(number)],
      }));
      const { warnings } = await applyPlans(
        client,
        { owner: 'octo-org', name: 'widgets' },
        plans,
        getSettings(() => undefined),
        3,
      );
      const posts = fake.requests('POST', /\/issues\/\d+\/comments$/);
      assert.deepEqual(
        posts.map((p) => p.path),
        [1, 2, 3].map((n) => `/repos/octo-org/widgets/issues/${n}/comments`),
        'the first three items, newest first as planned',
      );
      const starts = posts.map((p) => p.startedAt).sort((a, b) => a - b);
      // Paced by the client: Bottleneck spaces the launches 200 ms apart; their arrival here jitters on a
      // loaded machine, so this only checks they were not sent at once (the backfill runner test checks the 1 s).
      assert.ok(starts.at(-1)! - starts[0]! >= 200, `comments over ${starts.at(-1)! - starts[0]!} ms`);
      assert.deepEqual(
        plans.map((p) => p.item.writes.map((w) => `${w.status}: ${w.detail}`)),
        [['written: '], ['written: '], ['written: '], ['planned: waits for the next run'], ['planned: waits for the next run']],
      );
      assert.deepEqual(
        warnings.filter((w) => /wait for the next run/.test(w)),
        [`2 more comments wait for the next run: a backfill posts at most 3 (GitHub allows about 80 a minute and 500 an hour). Run it again to post them.`],
      );
    } finally {
      await fake.close();
    }
  });
});

function subjectOf(number: number): Subject {
  return {
    repo: { owner: 'octo-org', name: 'widgets' },
    number,
    kind: 'pr',
    author: { login: 'sam', id: 5, type: 'User' },
    association: 'NONE',
    title: 't',
    createdAt: '',
    mergedAt: null,
    size: null,
  };
}
