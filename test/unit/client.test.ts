import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient } from '../../src/fetch/client.js';
import { emptyDataset } from '../fake-github/dataset.js';
import { startFake } from '../fake-github/index.js';

// The client's clock on a shorter scale; the bundle-level fault tests run the real one.
const timing = { requestTimeoutMs: 300, notificationSpacingMs: 100, retryBaseMs: 10 };

const dataset = () => {
  const d = emptyDataset();
  d.users.push({ login: 'sam', id: 5, type: 'User', created_at: '2020-01-01T00:00:00Z' });
  return d;
};

describe('createClient', () => {
  it('counts every attempt, retries included, and retries a 502', async () => {
    const fake = await startFake(dataset());
    try {
      fake.fault({ method: 'GET', path: '/users/sam', status: 502, times: 2 });
      const client = createClient({ token: 't', baseUrl: fake.url, deadline: AbortSignal.timeout(30_000), timing });
      const { data } = await client.octokit.rest.users.getByUsername({ username: 'sam' });
      assert.equal(data.login, 'sam');
      assert.equal(client.stats.requests, 3);
      assert.equal(client.stats.restReads, 3);
      assert.equal(fake.requests('GET', /^\/users\/sam$/).length, 3);
    } finally {
      await fake.close();
    }
  });

  it('reads a success answer with plain JSON.parse: a number past 2^53 stays a number (Octokit alone makes it a BigInt)', async () => {
    const fake = await startFake(dataset());
    try {
      fake.fault({ method: 'GET', path: '/users/sam', transform: (body) => ({ ...(body as object), id: 2 ** 53 + 2 }) });
      const client = createClient({ token: 't', baseUrl: fake.url, deadline: AbortSignal.timeout(30_000), timing });
      const { data } = await client.octokit.request('GET /users/{username}', { username: 'sam' });
      assert.equal(data.login, 'sam');
      assert.equal(typeof data.id, 'number');
      assert.equal(data.id, 2 ** 53 + 2);
    } finally {
      await fake.close();
    }
  });

  it("keeps connections alive: a second wave of requests goes out on the first wave's connections", async () => {
    const fake = await startFake(dataset(), { latencyMs: 20 });
    try {
      const client = createClient({ token: 't', baseUrl: fake.url, deadline: AbortSignal.timeout(30_000), timing });
      const wave = () => Promise.all([1, 2, 3].map(() => client.octokit.request('GET /users/{username}', { username: 'sam' })));
      await wave();
      await wave();
      assert.equal(fake.requests('GET', /^\/users\/sam$/).length, 6);
      // Each request a connection of its own (minipass-fetch sends `Connection: close` without an agent) made 6.
      assert.equal(fake.connections(), 3);
    } finally {
      await fake.close();
    }
  });

  it('backs off each request on its own tries: two failing at once retry side by side', async () => {
    const d = dataset();
    d.users.push({ login: 'o', id: 9919, type: 'Organization', created_at: '2015-01-01T00:00:00Z' });
    d.repos.push({ owner: 'o', name: 'r', labels: [] });
    const fake = await startFake(d);
    try {
      fake.fault({ method: 'POST', path: '/repos/o/r/labels', status: 502, times: 4 });
      // Backoff of 200 and 800 ms: 1 s each, side by side; counted together (4× and 9× the base for the
      // second) it took 2.6 s.
      const client = createClient({ token: 't', baseUrl: fake.url, deadline: AbortSignal.timeout(30_000), timing: { ...timing, retryBaseMs: 200 } });
      const started = Date.now();
      const create = (name: string) =>
        client.octokit.rest.issues.createLabel({ owner: 'o', repo: 'r', name, color: 'fbca04' }).then(() => Date.now() - started);
      const took = await Promise.all([create('a'), create('b')]);
      assert.equal(fake.requests('POST', /^\/repos\/o\/r\/labels$/).length, 6, 'three tries each');
      for (const ms of took) assert.ok(ms < 2000, `a create took ${ms} ms`);
    } finally {
      await fake.close();
    }
  });

  it('does not retry a 404 or a permission 403', async () => {
    const fake = await startFake(dataset());
    try {
      fake.fault({ method: 'GET', path: '/users/sam', status: 403, body: { message: 'Resource not accessible by integration' } });
      const client = createClient({ token: 't', baseUrl: fake.url, deadline: AbortSignal.timeout(30_000), timing });
      await assert.rejects(client.octokit.rest.users.getByUsername({ username: 'sam' }), { status: 403 });
      await assert.rejects(client.octokit.rest.users.getByUsername({ username: 'nobody' }), { status: 404 });
      assert.equal(client.stats.requests, 2);
    } finally {
      await fake.close();
    }
  });

  it('never has more than 8 requests in flight', async () => {
    // A latency long enough that a loaded machine still has all eight out at once.
    const fake = await startFake(dataset(), { latencyMs: 300 });
    try {
      const client = createClient({ token: 't', baseUrl: fake.url, deadline: AbortSignal.timeout(30_000), timing: { ...timing, requestTimeoutMs: 5000 } });
      await Promise.all(Array.from({ length: 40 }, () => client.octokit.rest.users.getByUsername({ username: 'sam' })));
      assert.equal(client.stats.requests, 40);
      assert.equal(client.stats.maxInFlight, 8);
      assert.equal(fake.maxInFlight(), 8);
    } finally {
      await fake.close();
    }
  });

  it('ends a request that hangs, without retrying it', async () => {
    const fake = await startFake(dataset());
    try {
      fake.fault({ method: 'GET', path: '/users/sam', hang: true });
      const client = createClient({ token: 't', baseUrl: fake.url, deadline: AbortSignal.timeout(1_000), timing: { ...timing, requestTimeoutMs: 10_000 } });
      await assert.rejects(client.octokit.rest.users.getByUsername({ username: 'sam' }), /got no answer within the run's time budget/);
      assert.equal(client.stats.requests, 1);
      assert.deepEqual(client.stats.timedOut, ['GET /users/sam']);
    } finally {
      await fake.close();
    }
  });

  it('ends a request GitHub does not answer within the request timeout', async () => {
    const fake = await startFake(dataset());
    try {
      fake.fault({ method: 'GET', path: '/users/sam', hang: true });
      const client = createClient({ token: 't', baseUrl: fake.url, deadline: AbortSignal.timeout(30_000), timing });
      await assert.rejects(client.octokit.rest.users.getByUsername({ username: 'sam' }), /got no answer within 0.3 s/);
      assert.equal(client.stats.requests, 1, 'a hang is not retried');
    } finally {
      await fake.close();
    }
  });

  it('spaces notifying writes when pacing is on, and only then', async () => {
    const fake = await startFake(dataset());
    // A spacing long enough that three unpaced writes on a loaded machine still fall well inside two of them.
    const timing = { requestTimeoutMs: 3000, notificationSpacingMs: 1000, retryBaseMs: 10 };
    try {
      const post = (client: ReturnType<typeof createClient>) =>
        Promise.all([1, 2, 3].map(() => client.octokit.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 1, body: 'x' }).catch(() => null)));
      const paced = createClient({ token: 't', baseUrl: fake.url, deadline: AbortSignal.timeout(30_000), timing, paceNotifications: true });
      let started = Date.now();
      await post(paced);
      assert.ok(Date.now() - started >= 2 * timing.notificationSpacingMs, 'three comments take at least two spacings');
      const unpaced = createClient({ token: 't', baseUrl: fake.url, deadline: AbortSignal.timeout(30_000), timing });
      started = Date.now();
      await post(unpaced);
      assert.ok(Date.now() - started < 2 * timing.notificationSpacingMs, 'without pacing they go together');
    } finally {
      await fake.close();
    }
  });
});
