// Backtest (issue 14): workflow_dispatch with backtest-since, through the bundle, and `newcomer-triage
// backtest` through the bundled CLI, against a repo's past of 30 first-time contributors whose verdicts as
// of their opening are worked out by hand (test/personas/past-newcomers.ts).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { FakeGitHub } from '../fake-github/index.js';
import { repoRoot } from '../harness/node-versions.js';
import { buildPastNewcomers, expectedVerdicts, type PastWorld } from '../personas/index.js';
import { assertAllOutputs, assertTablesIntact, assertValidGraphql, runOn, startFor } from './helpers.js';

const outcomes = ['merged', 'closed unmerged', 'completed', 'not planned', 'open', 'spam'];
const verdictRows = { green: '🟢 green', yellow: '🟡 yellow', red: '🔴 red' } as const;

// Nothing at all is written: no REST request but reads, no GraphQL mutation.
function assertNothingWritten(fake: FakeGitHub): void {
  const writes = fake.log.filter((e) => {
    if (e.path === '/graphql') return /^\s*mutation\b/.test((e.body as { query?: string } | null)?.query ?? '');
    return !['GET', 'HEAD'].includes(e.method);
  });
  assert.deepEqual(
    writes.map((e) => `${e.method} ${e.path}`),
    [],
    'a backtest writes nothing to GitHub',
  );
}

function expected(world: PastWorld) {
  return world.newcomers.map((n) => ({ ...n, verdict: expectedVerdicts[n.kind] }));
}

interface JsonItem {
  number: number;
  verdict: string;
  outcome: string;
  url: string;
  dependsOnProfile: boolean;
  signals: { id: string; level: string; value: unknown }[];
}
interface JsonEdge {
  input: string;
  edge: string;
  current: string;
  with: string;
  moves: { number: number; from: string; to: string }[];
}

function cli(fake: FakeGitHub, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', GITHUB_TOKEN: 'ghs_backtesttoken000000000000000000000', GITHUB_API_URL: fake.url },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr })));
}

describe('backtest', () => {
  test('workflow_dispatch with backtest-since: the verdict × outcome table, the lists and the edges; nothing written', async (t) => {
    const world = buildPastNewcomers();
    const fake = await startFor(t, world.dataset, { latencyMs: 20 });
    const run = await runOn(fake, { name: 'workflow_dispatch', payload: world.payload }, { 'backtest-since': world.since });
    assert.equal(run.code, 0, run.stdout);
    assertAllOutputs(run);
    assertValidGraphql(fake);
    assertNothingWritten(fake);
    assert.equal(run.outputs.verdict, 'skipped');
    assert.equal(run.outputs.triaged, '[]');
    assert.ok(fake.maxInFlight() <= 8, `at most 8 requests in flight, saw ${fake.maxInFlight()}`);
    const summary = run.summary;
    assertTablesIntact(summary, 'backtest summary');
    assert.match(summary, new RegExp(`backtest: 30 past items since ${world.since}`));
    assert.match(summary, /\*\*The profile is read as it is now\*\*, not as it was: \d+ of 30 verdicts depend on it/);
    assert.match(summary, /Nothing was written to GitHub/);
    assert.match(summary, /\*\*Cost:\*\* \d+ API requests .*rate limit graphql \d+\/1000 left/);
    assert.match(run.stdout, /checked \d+ authors: 30 first-time items/, 'progress in the log');

    // The table, row by row, from the hand-computed verdicts.
    const all = expected(world);
    for (const [verdict, label] of Object.entries(verdictRows)) {
      const mine = all.filter((n) => n.verdict === verdict);
      const row = summary.split('\n').find((l) => l.startsWith(`| ${label} |`));
      assert.ok(row, `a row for ${verdict}`);
      const cells = row
        .split('|')
        .slice(2, -1)
        .map((c) => c.trim());
      outcomes.forEach((o, i) => assert.match(cells[i] ?? '', new RegExp(`^${mine.filter((n) => n.outcome === o).length}( \\(|$)`), `${verdict} × ${o}`));
      assert.match(cells[outcomes.length] ?? '', new RegExp(`^${mine.length} \\(`), `${verdict} in all`);
    }
    // Every red item listed with its link; merged-but-red and spam-but-green too.
    const section = (title: string) => summary.split(`**${title}**`)[1]?.split('\n\n')[0] ?? '';
    const reds = all.filter((n) => n.verdict === 'red');
    for (const n of reds)
      assert.ok(
        section('Red').includes(`[#${n.number}](https://github.com/octo-org/widgets/${n.itemKind === 'pr' ? 'pull' : 'issues'}/${n.number})`),
        `red #${n.number} listed`,
      );
    const mergedRed = reds.filter((n) => n.outcome === 'merged').map((n) => n.number);
    const spamGreen = all.filter((n) => n.verdict === 'green' && n.outcome === 'spam').map((n) => n.number);
    assert.equal(mergedRed.length, 1);
    assert.equal(spamGreen.length, 1);
    assert.ok(section('Merged but red').includes(`[#${mergedRed[0]}]`));
    assert.ok(section('Spam but green').includes(`[#${spamGreen[0]}]`));
    // Lowering not-planned-issues' yellow edge to 3 moves the one author with 3 not-planned issues.
    const edge = all.find((n) => n.kind === 'edge-not-planned');
    assert.match(summary, new RegExp(`\\| \`not-planned-issues\` \\| \`4,6\` \\| \`3,6\` \\(yellow\\) \\| 1: \\[#${edge?.number}\\]`));
  });

  test('the CLI: every item as of its opening, checked against the verdicts computed by hand; --max; stderr progress', async (t) => {
    const world = buildPastNewcomers();
    const fake = await startFor(t, world.dataset, { latencyMs: 5 });
    const run = await cli(fake, ['backtest', '--repo', 'octo-org/widgets', '--since', world.since, '--json']);
    assert.equal(run.code, 0, run.stderr);
    assertValidGraphql(fake);
    assertNothingWritten(fake);
    assert.match(run.stderr, /replayed 30\/30 items/);
    const out = JSON.parse(run.stdout) as { items: JsonItem[]; edges: JsonEdge[]; scanned: Record<string, number> };
    const all = expected(world);
    assert.deepEqual(
      out.items.map((i) => `#${i.number} ${i.verdict} ${i.outcome}`),
      all.map((n) => `#${n.number} ${n.verdict} ${n.outcome}`),
      'the 30 first-time items, newest first, with the hand-computed verdicts and their outcomes',
    );
    for (const number of world.notReplayed) assert.ok(!out.items.some((i) => i.number === number), `#${number} is not a first-time item`);
    // Judged as of then: a record that turned bad only later does not count.
    const later = all.find((n) => n.kind === 'turned-bad-later');
    const laterItem = out.items.find((i) => i.number === later?.number);
    assert.equal(laterItem?.verdict, 'green');
    assert.equal(laterItem?.signals.find((s) => s.id === 'closed-unmerged-ratio')?.level, 'green');
    assert.equal(laterItem?.signals.find((s) => s.id === 'not-planned-issues')?.value, 0);
    // Account age then: 60 days at the item's opening, whatever it is now.
    const young = all.find((n) => n.kind === 'young-then');
    const youngAge = out.items.find((i) => i.number === young?.number)?.signals.find((s) => s.id === 'account-age');
    assert.deepEqual([youngAge?.value, youngAge?.level], [60, 'red']);
    // Rejections older than the window before the item do not count.
    const old = all.find((n) => n.kind === 'old-rejections');
    assert.equal(out.items.find((i) => i.number === old?.number)?.signals.find((s) => s.id === 'closed-unmerged-ratio')?.value, 0);
    // A red on evidence does not depend on the profile.
    for (const i of out.items.filter((x) => x.verdict === 'red')) assert.equal(i.dependsOnProfile, false, `#${i.number}`);
    const edge = out.edges.find((e) => e.input === 'not-planned-issues' && e.edge === 'yellow');
    assert.deepEqual(edge && { with: edge.with, moves: edge.moves }, {
      with: '3,6',
      moves: [{ number: all.find((n) => n.kind === 'edge-not-planned')?.number, from: 'green', to: 'yellow' }],
    });
    // Raising closed-unmerged-ratio's red edge to 1 is where the five rejected authors stop being red.
    const ratio = out.edges.find((e) => e.input === 'closed-unmerged-ratio' && e.edge === 'red');
    assert.equal(ratio?.with, '0.2,1');
    assert.deepEqual(
      ratio?.moves.map((m) => m.number).sort(),
      all
        .filter((n) => n.verdict === 'red')
        .map((n) => n.number)
        .sort(),
    );

    const text = await cli(fake, ['backtest', '--repo', 'octo-org/widgets', '--since', world.since, '--max', '10']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /backtest: 10 past items since/);
    assert.match(text.stdout, /verdict +merged +closed unmerged/);
    for (const n of all.slice(10)) assert.ok(!text.stdout.includes(`#${n.number} `), `#${n.number} is past --max 10`);
    assertNothingWritten(fake);
  });

  test('stops before the quota runs out, with what was replayed', async (t) => {
    const world = buildPastNewcomers();
    const fake = await startFor(t, world.dataset, { rateLimitRemaining: 57 });
    const run = await runOn(fake, { name: 'workflow_dispatch', payload: world.payload }, { 'backtest-since': world.since });
    assert.equal(run.code, 0, run.stdout);
    const replayed = Number(/backtest: (\d+) past items/.exec(run.summary)?.[1]);
    assert.ok(replayed > 0 && replayed < 30, `some items replayed, not all: ${replayed}`);
    assert.ok(
      run.warnings.some((w) => /stopped early: GitHub's graphql rate limit is down to \d+ of 1000/.test(w)),
      run.warnings.join('\n'),
    );
    assert.ok(
      fake.log.every((e) => e.status === 200),
      'no request was refused for the rate limit',
    );
    assertNothingWritten(fake);
  });

  test('the CLI refuses a backtest it cannot run, before any request (exit 2)', async (t) => {
    const world = buildPastNewcomers({ count: 2 });
    const fake = await startFor(t, world.dataset);
    const cases: [string[], RegExp][] = [
      [['backtest', '--since', world.since], /backtest needs --repo owner\/name/],
      [['backtest', '--repo', 'octo-org/widgets'], /backtest needs --since YYYY-MM-DD/],
      [['backtest', '--repo', 'octo-org/widgets', '--since', '2024-02-30'], /Input 'backtest-since' has an invalid value "2024-02-30"/],
      [['backtest', '--repo', 'octo-org/widgets', '--since', world.since, '--max', '0'], /Input 'max-items' has an invalid value "0"/],
      [['backtest', '--repo', 'octo-org/widgets', '--since', world.since, '--dry-run'], /--dry-run does not apply to backtest/],
      [['backtest', '--repo', 'octo-org/widgets', '--since', world.since, '--input', 'backtest-since=2024-01-01'], /give --since only/],
      [['--event', 'x.json', '--since', world.since], /--since applies only to backtest/],
    ];
    for (const [args, message] of cases) {
      const run = await cli(fake, args);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
    }
    assert.equal(fake.log.length, 0, 'no request');
  });

  for (const value of ['2024-02-30', '2999-01-01', 'last week', '2024-1-5']) {
    test(`backtest-since="${value}" fails before any request`, async (t) => {
      const world = buildPastNewcomers({ count: 2 });
      const fake = await startFor(t, world.dataset);
      const run = await runOn(fake, { name: 'workflow_dispatch', payload: world.payload }, { 'backtest-since': value });
      assert.equal(run.code, 1);
      assert.equal(fake.log.length, 0, 'no request');
      assert.ok(
        run.errors.some((e) => e.includes(`Input 'backtest-since' has an invalid value "${value}"`) && /YYYY-MM-DD/.test(e)),
        run.errors.join('\n'),
      );
    });
  }
});
