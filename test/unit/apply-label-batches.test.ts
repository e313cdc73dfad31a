import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient } from '../../src/fetch/client.js';
import type { Subject } from '../../src/types.js';
import { applyLabelBatches } from '../../src/writers/apply-label-batches.js';
import { emptyDataset } from '../fake-github/dataset.js';
import { startFake } from '../fake-github/index.js';
import { labelId, nodeId } from '../fake-github/node-ids.js';

function dataset() {
  const d = emptyDataset();
  d.users.push({ login: 'octo-org', id: 9919, type: 'Organization', created_at: '2015-01-01T00:00:00Z' });
  d.repos.push({ owner: 'octo-org', name: 'widgets', labels: [{ name: 'triage: check', color: 'fbca04' }] });
  for (const number of [1, 2]) {
    d.items.push({
      repo: 'octo-org/widgets',
      number,
      kind: 'pr',
      author: 'octo-org',
      title: 't',
      state: 'open',
      created_at: '2026-11-01T00:00:00Z',
      labels: [],
    });
  }
  return d;
}
const subject = (number: number): Subject => ({
  repo: { owner: 'octo-org', name: 'widgets' },
  number,
  kind: 'pr',
  author: { login: 'sam', id: 5, type: 'User' },
  association: 'NONE',
  title: 't',
  createdAt: '',
  mergedAt: null,
  size: null,
});
// The fake's node ids: the repo is its first, so item n is 1000000 + n.
const changes = [1, 2].map((n) => ({
  subject: subject(n),
  itemId: nodeId('PullRequest', 1_000_000 + n),
  writes: [{ kind: 'add-labels' as const, names: ['triage: check'] }],
}));
const labelIds = new Map([['triage: check', nodeId('Label', labelId('octo-org/widgets', 'triage: check'))]]);

describe('applyLabelBatches', () => {
  it('adds the labels of several items in one mutation request', async () => {
    const fake = await startFake(dataset());
    try {
      const client = createClient({ token: 't', baseUrl: fake.url, deadline: AbortSignal.timeout(30_000) });
      const { outcomes, warnings } = await applyLabelBatches(client, changes, labelIds, false);
      assert.deepEqual(
        [...outcomes.values()].flat().map((o) => o.status),
        ['written', 'written'],
      );
      assert.deepEqual(warnings, []);
      assert.deepEqual(
        fake.data.items.map((i) => i.labels),
        [['triage: check'], ['triage: check']],
      );
      assert.equal(fake.log.length, 1);
      assert.deepEqual(fake.graphqlErrors, []);
    } finally {
      await fake.close();
    }
  });

  it('fails every item when GitHub refuses the whole request, not just one alias', async () => {
    const fake = await startFake(dataset());
    try {
      fake.fault({
        method: 'POST',
        path: '/graphql',
        status: 200,
        body: { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation ID 1.' }] },
      });
      const client = createClient({ token: 't', baseUrl: fake.url, deadline: AbortSignal.timeout(30_000) });
      const { outcomes } = await applyLabelBatches(client, changes, labelIds, false);
      assert.deepEqual(
        [...outcomes.values()].flat().map((o) => o.status),
        ['failed', 'failed'],
      );
      assert.deepEqual(
        fake.data.items.map((i) => i.labels),
        [[], []],
      );
    } finally {
      await fake.close();
    }
  });

  it('fails every item on an error that names no alias, though the answer has the GraphQL shape', async () => {
    const fake = await startFake(dataset());
    try {
      fake.fault({
        method: 'POST',
        path: '/graphql',
        status: 200,
        body: { data: null, errors: [{ type: 'MAX_NODE_LIMIT_EXCEEDED', message: 'This query requests too many nodes.' }] },
      });
      const client = createClient({ token: 't', baseUrl: fake.url, deadline: AbortSignal.timeout(30_000) });
      const { outcomes } = await applyLabelBatches(client, changes, labelIds, false);
      assert.deepEqual(
        [...outcomes.values()].flat().map((o) => o.status),
        ['failed', 'failed'],
      );
      assert.match([...outcomes.values()].flat()[0]?.detail ?? '', /too many nodes/);
    } finally {
      await fake.close();
    }
  });

  it('fails only the item whose alias GitHub refused', async () => {
    const fake = await startFake(dataset());
    try {
      const client = createClient({ token: 't', baseUrl: fake.url, deadline: AbortSignal.timeout(30_000) });
      const gone = [changes[0]!, { ...changes[1]!, itemId: nodeId('PullRequest', 1_000_099) }];
      const { outcomes } = await applyLabelBatches(client, gone, labelIds, false);
      assert.deepEqual(
        [...outcomes.values()].flat().map((o) => o.status),
        ['written', 'failed'],
      );
    } finally {
      await fake.close();
    }
  });
});
