// Heavy queries on GitHub (issue 15): GitHub stops a GraphQL query at 10 s and answers 502, 504 or a 200
// with `data: null`. A backfill sizes its batches by GitHub's node count and asks a batch that timed out
// again in halves, so every item is still triaged; through the bundle.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FakeGitHub, RequestLogEntry } from '../fake-github/index.js';
import { buildBacklog, buildPersona } from '../personas/index.js';
import { assertAllOutputs, assertValidGraphql, graphqlOperation, labelsOn, runOn, startFor } from './helpers.js';

const backfillEvent = (payload: Record<string, unknown>) => ({ name: 'workflow_dispatch', payload });

function queries(fake: FakeGitHub, operation: string): RequestLogEntry[] {
  return fake.log.filter((e) => e.path === '/graphql' && graphqlOperation(e) === operation);
}

// Logins (Profiles) or item numbers (Threads) a query asked for.
function unitsOf(entry: RequestLogEntry): string[] {
  const variables = (entry.body as { variables?: Record<string, unknown> }).variables ?? {};
  return Object.entries(variables)
    .filter(([k]) => /^a\d+Login$|^tN\d+$/.test(k))
    .map(([, v]) => String(v));
}

interface TriagedRow {
  number: number;
  verdict: string;
}

const backlog = () => buildBacklog({ prs: 30, authors: 20 });
const inputs = { 'max-items': '25' };

async function backfillWithTimeouts(t: Parameters<typeof startFor>[0], answer: 200 | 502 | 504, afterMs = 0) {
  const { dataset, payload } = backlog();
  // Full batches (about 4,800 nodes) time out; their halves pass.
  const overNodes = 3_000;
  const fake = await startFor(t, dataset, { latencyMs: 20, graphqlTimeout: { overNodes, answer, afterMs } });
  const run = await runOn(fake, backfillEvent(payload), inputs, { timeoutMs: 60_000 });
  return { fake, run, overNodes };
}

// The same backfill on a GitHub that answers every query: what the rows must be.
async function untroubled(t: Parameters<typeof startFor>[0]): Promise<TriagedRow[]> {
  const { dataset, payload } = backlog();
  const fake = await startFor(t, dataset, { latencyMs: 20 });
  const run = await runOn(fake, backfillEvent(payload), inputs);
  assert.equal(run.code, 0, run.stdout);
  assert.equal(run.outputs.partial, 'false');
  return JSON.parse(run.outputs.triaged ?? '[]') as TriagedRow[];
}

describe('queries GitHub times out on', () => {
  for (const answer of [502, 504, 200] as const) {
    test(`answered ${answer === 200 ? '200 with data: null' : answer}: the batch is asked again in halves, every item triaged, nothing partial`, async (t) => {
      const { fake, run, overNodes } = await backfillWithTimeouts(t, answer);
      assert.equal(run.code, 0, run.stdout);
      assertAllOutputs(run);
      assertValidGraphql(fake);
      assert.equal(run.outputs.partial, 'false', run.warnings.join('\n'));
      const triaged = JSON.parse(run.outputs.triaged ?? '[]') as TriagedRow[];
      assert.equal(triaged.length, 25);
      assert.deepEqual(triaged, await untroubled(t), 'the same rows as a backfill whose queries all got through');
      assert.ok(
        triaged.some((r) => r.verdict !== 'skipped' && labelsOn(fake, r.number).length > 0),
        'labels written',
      );
      for (const operation of ['Profiles', 'Threads']) {
        const asked = queries(fake, operation);
        const heavy = asked.filter((e) => (e.graphqlNodes ?? 0) > overNodes);
        const light = asked.filter((e) => (e.graphqlNodes ?? 0) <= overNodes);
        assert.ok(heavy.length > 0, `${operation}: some batch was heavy enough to time out`);
        // A batch GitHub could not answer is not sent whole again: each heavy body went once.
        const bodies = heavy.map((e) => JSON.stringify(e.body));
        assert.equal(new Set(bodies).size, bodies.length, `${operation}: a timed-out batch was retried whole`);
        // Its units all came back in lighter queries.
        const answered = new Set(light.flatMap(unitsOf));
        for (const unit of heavy.flatMap(unitsOf)) assert.ok(answered.has(unit), `${operation}: ${unit} was not asked again`);
        assert.ok(
          asked.every((e) => (e.graphqlNodes ?? 0) <= 5_000),
          `${operation}: sized within the node budget: ${asked.map((e) => e.graphqlNodes).join(', ')}`,
        );
      }
      assert.ok(
        run.warnings.every((w) => !/timeout|no answer/i.test(w)),
        run.warnings.join('\n'),
      );
    });
  }

  test("GitHub's timeout answer after 10 s arrives (the client waits 15 s) and the halves still triage everything", async (t) => {
    const { fake, run } = await backfillWithTimeouts(t, 504, 10_200);
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.partial, 'false', run.warnings.join('\n'));
    assert.deepEqual(JSON.parse(run.outputs.triaged ?? '[]') as TriagedRow[], await untroubled(t));
    assert.ok(!/got no answer within/.test(run.stdout + run.stderr + run.summary), 'the client gave up before GitHub answered');
    const timedOut = queries(fake, 'Threads').filter((e) => e.status === 504);
    assert.ok(timedOut.length > 0, 'GitHub answered 504');
    assert.deepEqual(
      fake.log.filter((e) => e.abandoned).map((e) => `${e.method} ${e.path} ${e.graphqlOperation ?? ''}`),
      [],
      'the client waited for every answer',
    );
  });
});

test("a triage whose one-author profile GitHub times out on: retried, then unknown and partial, the warning says GitHub's 10-s limit", async (t) => {
  const persona = buildPersona('newcomer');
  const fake = await startFor(t, persona.dataset, { graphqlTimeout: { overNodes: 100, answer: 502 } });
  const run = await runOn(fake, persona.event, {}, { timeoutMs: 60_000 });
  assert.equal(run.code, 0, run.stdout);
  assertAllOutputs(run);
  assert.equal(run.outputs.partial, 'true');
  // One author cannot be split: the query is retried like any read (the first try and two retries).
  const profiles = queries(fake, 'Profile');
  assert.equal(profiles.length, 3, profiles.map((e) => e.graphqlNodes).join(', '));
  assert.ok(
    run.warnings.some((w) => /gave up on the query after its 10-s limit \(HTTP 502\)/.test(w)),
    run.warnings.join('\n'),
  );
  assert.ok(!/Unknown error|Something went wrong/.test(run.summary + run.warnings.join('\n')), "GitHub's raw body is not shown");
});
