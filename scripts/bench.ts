// `npm run bench`: the real bundle (dist/index.js) against the fake GitHub with injected latency. Figures to
// stdout and to build/bench-results.json; method in docs/benchmark.md.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../test/harness/node-versions.js';
import { buildBacklogCase, measureBackfill, type BackfillFigures } from './bench/backfill.js';
import { formatBacktest, measureBacktest } from './bench/backtest.js';
import { checkEnvironment } from './bench/environment.js';
import { snapshotBundle } from './bench/bundle.js';
import { heading } from './bench/format.js';
import { measureFloor, sampleFloor } from './bench/floor.js';
import {
  checkTargets,
  formatBackfill,
  formatEnvironment,
  formatFloor,
  formatLoadedBytes,
  formatTriageRequests,
  formatSkips,
  formatTriage,
} from './bench/format-results.js';
import { measureLoadedBytes } from './bench/loaded-bytes.js';
import { latencies, measureTriage, personas, type LabelState, type TriageFigures } from './bench/single-triage.js';
import { benchNodes, measureSkips } from './bench/skip-runs.js';

const progress = (line: string) => process.stderr.write(`  … ${line}\n`);
const started = performance.now();

console.log(heading('Environment'));
const bundle = snapshotBundle();
console.log(`bundle: dist/index.js sha256 ${bundle.sha256}…, built ${bundle.builtAt}; run from a copy in ${bundle.entry.replace(/\/index\.js$/, '')}`);
if (bundle.newerSources.length > 0) console.log(`WARNING: changed since the bundle was built (run \`npm run bundle\`?): ${bundle.newerSources.join(', ')}`);
const environment = await checkEnvironment();
console.log(formatEnvironment(environment));
const floors = await measureFloor(benchNodes());
console.log('"÷ floor" below: a figure as a multiple of the floor of the Node it ran on, measured in this run (its runs: at');
console.log('the start, before each single-triage row, and before each run of the rows at L = 200 ms, which are divided by');
console.log('those, their paired floor; the figures are in the Floor section, after the triage).');

console.log(heading('Bundle bytes loaded (dist files Node read; Node 24, load probe)'));
const loadedBytes = await measureLoadedBytes(bundle.entry);
console.log(formatLoadedBytes(loadedBytes));

const startupRuns = await measureSkips(bundle.entry, 0, benchNodes());
const startupOn = (node: string) => startupRuns.find((s) => s.event === 'bot PR' && s.node === node)?.medianMs ?? 0;
// The skips the targets judge (L = 200 ms) get a floor run before each of their runs (floor.ts).
const skips = await measureSkips(bundle.entry, 200, benchNodes(), (node) => sampleFloor(floors, node));
const triage: TriageFigures[] = [];
for (const node of benchNodes()) {
  for (const labels of ['steady', 'first-run'] as LabelState[]) {
    for (const persona of personas) {
      for (const latencyMs of latencies) {
        progress(`${persona} on ${node.name}, labels ${labels}, L=${latencyMs} ms`);
        await sampleFloor(floors, node);
        // The rows the targets judge get a floor run before each of their runs (floor.ts: the paired floor).
        const paired = latencyMs === 200 ? () => sampleFloor(floors, node) : undefined;
        triage.push(await measureTriage(bundle.entry, persona, labels, latencyMs, startupOn(node.name), node, paired));
      }
    }
  }
}
// Printed once every floor run is in: the skips' ratios use the same floor as the triage's.
console.log(heading('Floor (the no-op action on each Node; every run of this bench)'));
console.log(formatFloor(floors));
console.log(heading('Skipped events (no request expected)'));
console.log(formatSkips([...startupRuns, ...skips], floors));
for (const node of benchNodes())
  console.log(`startup (bot PR skipped at L=0 on ${node.name}, median of 5): ${Math.round(startupOn(node.name))} ms; used for (wall − startup) ÷ L below`);

console.log(heading('Single triage (pull_request_target opened; 5 runs a row at L = 200 ms, 3 below; median shown)'));
console.log(formatTriage(triage, floors));
console.log('requests at L=200 ms:');
console.log(formatTriageRequests(triage));
console.log("÷ floor: wall ÷ the floor; (wall-2L)÷floor: the time not spent in two round trips, ÷ the floor; floor: the row's");
console.log("paired floor (a no-op run before each of its runs, L = 200 ms) where it has one, else the whole run's; depth: serial depth");
console.log('GQL GraphQL, RR REST read, RW REST write; ft first-time; pre = spawn to first request; network = first request start to');
console.log('last answer (fake log); post = last answer to exit;');
console.log("serial = the run's requests replayed one by one (fetch, fresh fake, same dataset and L); serial/par = serial ÷ network.");

console.log(heading(`Backfill (workflow_dispatch, max-items=500)`));
progress('building the backlog');
const backlog = buildBacklogCase();
const backfill: BackfillFigures[] = [];
for (const latencyMs of [200, 0]) {
  progress(`backfill at L=${latencyMs} ms`);
  backfill.push(await measureBackfill(bundle.entry, backlog, latencyMs, latencyMs > 0));
}
console.log(formatBackfill(backfill));

console.log(heading('Backtest (workflow_dispatch, backtest-since, 200 first-time items)'));
progress('backtest at L=200 ms');
const backtest = await measureBacktest(bundle.entry, 200, 200);
console.log(formatBacktest(backtest));

console.log(heading('Targets (L = 200 ms)'));
const targets = checkTargets(
  triage,
  skips,
  backfill.find((b) => b.latencyMs === 200),
  floors,
);
console.log(targets.lines.join('\n'));

const resultsPath = join(repoRoot, 'build', 'bench-results.json');
const totalMs = performance.now() - started;
const loadAtEnd = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
writeFileSync(
  resultsPath,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      bundle,
      environment,
      floors,
      loadedBytes,
      startupMs: Object.fromEntries(benchNodes().map((n) => [n.name, startupOn(n.name)])),
      skips: [...startupRuns, ...skips],
      triage,
      backfill,
      backtest,
      targets,
      totalMs,
      loadAtEnd,
    },
    null,
    2,
  ),
);
console.log(
  `\n${targets.passed ? 'all targets met' : 'some targets missed'}; figures in ${resultsPath}; bench took ${(totalMs / 1000).toFixed(0)} s; load average at the end: ${loadAtEnd}`,
);
