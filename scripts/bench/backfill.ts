// A backfill of a large backlog (workflow_dispatch, max-items=500): how many queries the profiling takes,
// how long the whole run takes and how far the fan-out goes, against a serial estimate.
import { startFake, type Dataset } from '../../test/fake-github/index.js';
import { runAction } from '../../test/harness/run-action.js';
import { buildBacklog } from '../../test/personas/index.js';
import { readLog, type LogFigures } from './request-log.js';
import { replaySerially } from './serial-baseline.js';

export interface BackfillFigures {
  prs: number;
  authors: number;
  latencyMs: number;
  wallMs: number;
  exitCode: number;
  log: LogFigures;
  profilingQueries: number; // GraphQL operations Profiles and Profile
  fakeMaxInFlight: number;
  apiRequests: number;
  countsAgree: boolean;
  triaged: number; // entries in the `triaged` output
  verdicts: Record<string, number>;
  errors: string[];
  // The same requests awaited one by one, estimated: requests × L plus the server time of a serial replay at
  // L = 0 (replaying a thousand requests at L = 200 ms would take minutes).
  serial: { method: string; serverMs: number; estimateMs: number; statusMismatches: number } | null;
}

export const backlogSize = { prs: 500, authors: 300 };

export function buildBacklogCase(): { dataset: Dataset; payload: Record<string, unknown> } {
  return buildBacklog(backlogSize);
}

export async function measureBackfill(
  entry: string,
  backlog: { dataset: Dataset; payload: Record<string, unknown> },
  latencyMs: number,
  withSerial: boolean,
): Promise<BackfillFigures> {
  const fake = await startFake(structuredClone(backlog.dataset), { latencyMs });
  let run;
  try {
    run = await runAction({
      eventName: 'workflow_dispatch',
      payload: backlog.payload,
      apiUrl: fake.url,
      inputs: { 'max-items': '500' },
      timeoutMs: 150_000,
      entry,
    });
    if (run.code !== 0 || fake.log.length === 0)
      throw new Error(`backfill (L=${latencyMs} ms): exit ${run.code}, ${fake.log.length} requests\n${run.stdout.slice(-4000)}${run.stderr}`);
  } finally {
    await fake.close();
  }
  const log = readLog(fake.log);
  const triaged = JSON.parse(run.outputs.triaged ?? '[]') as { verdict: string }[];
  const verdicts: Record<string, number> = {};
  for (const t of triaged) verdicts[t.verdict] = (verdicts[t.verdict] ?? 0) + 1;
  const apiRequests = Number(run.outputs['api-requests'] ?? NaN);
  let serial: BackfillFigures['serial'] = null;
  if (withSerial) {
    const replay = await replaySerially(backlog.dataset, fake.log, 0);
    serial = {
      method: `${log.total} requests × ${latencyMs} ms + serial replay at L=0`,
      serverMs: replay.totalMs,
      estimateMs: log.total * latencyMs + replay.totalMs,
      statusMismatches: replay.statusMismatches,
    };
  }
  return {
    ...backlogSize,
    latencyMs,
    wallMs: run.wallMs,
    exitCode: run.code,
    log,
    profilingQueries: (log.operations.Profiles ?? 0) + (log.operations.Profile ?? 0),
    fakeMaxInFlight: fake.maxInFlight(),
    apiRequests,
    countsAgree: apiRequests === log.total,
    triaged: triaged.length,
    verdicts,
    errors: [...run.errors, ...(fake.graphqlErrors.length > 0 ? [`fake GraphQL errors: ${fake.graphqlErrors.slice(0, 3).join('; ')}`] : [])],
    serial,
  };
}
