// A backtest of 200 past first-time items (workflow_dispatch with backtest-since) at one latency: requests,
// wall time and the fan-out, through the bundle against the fake GitHub.
import { startFake } from '../../test/fake-github/index.js';
import { runAction } from '../../test/harness/run-action.js';
import { buildPastNewcomers } from '../../test/personas/index.js';
import { readLog, type LogFigures } from './request-log.js';

export interface BacktestFigures {
  items: number;
  latencyMs: number;
  wallMs: number;
  log: LogFigures;
  apiRequests: number;
  fakeMaxInFlight: number;
  replayed: number; // as the summary's heading says
}

export async function measureBacktest(entry: string, items: number, latencyMs: number): Promise<BacktestFigures> {
  const world = buildPastNewcomers({ count: items });
  const fake = await startFake(world.dataset, { latencyMs });
  let run;
  try {
    run = await runAction({
      eventName: 'workflow_dispatch',
      payload: world.payload,
      apiUrl: fake.url,
      inputs: { 'backtest-since': world.since, 'max-items': String(items) },
      timeoutMs: 150_000,
      entry,
    });
    if (run.code !== 0 || fake.log.length === 0) throw new Error(`backtest (L=${latencyMs} ms): exit ${run.code}\n${run.stdout.slice(-4000)}${run.stderr}`);
  } finally {
    await fake.close();
  }
  return {
    items,
    latencyMs,
    wallMs: run.wallMs,
    log: readLog(fake.log),
    apiRequests: Number(run.outputs['api-requests'] ?? NaN),
    fakeMaxInFlight: fake.maxInFlight(),
    replayed: Number(/backtest: (\d+) past items/.exec(run.summary)?.[1] ?? NaN),
  };
}

export function formatBacktest(b: BacktestFigures): string {
  const ops = Object.entries(b.log.operations)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
  return [
    `backtest of ${b.items} first-time items at L=${b.latencyMs} ms: ${b.replayed} replayed, wall ${(b.wallMs / 1000).toFixed(1)} s, ` +
      `${b.log.total} requests (${b.log.graphql} GraphQL: ${ops}; REST ${b.log.restReads}/${b.log.restWrites} r/w), api-requests ${b.apiRequests}` +
      `${b.apiRequests === b.log.total ? ' (agrees)' : ' (DISAGREES)'}, most in flight ${b.fakeMaxInFlight}/${b.log.maxInFlight} (fake/log), ` +
      `wall ÷ L ${(b.wallMs / b.latencyMs).toFixed(1)}`,
  ].join('\n');
}
