// Skipped events: the action must decide from the payload alone, before loading Octokit or making a request.
// Measured as the wall time of the action's process, median of 5, on this Node and on Node 24; with
// `floorRun`, a no-op run before each of them gives the row its paired floor (floor.ts).
import { startFake } from '../../test/fake-github/index.js';
import { node24Path } from '../../test/harness/node-versions.js';
import { runAction } from '../../test/harness/run-action.js';
import { buildPersona, loadEventFixture } from '../../test/personas/index.js';
import { median } from './format.js';

export interface SkipFigures {
  event: string; // "bot PR" or "push"
  node: string;
  latencyMs: number;
  medianMs: number;
  wallsMs: number[];
  pairedFloorMs: number | null;
  requests: number; // seen by the fake over the 5 runs
  apiRequests: string[]; // the action's own count, per run
  verdicts: string[];
}

const runs = 5;

function skipEvents(): { event: string; eventName: string; payload: unknown; dataset: ReturnType<typeof buildPersona>['dataset'] }[] {
  const bot = buildPersona('bot');
  return [
    { event: 'bot PR', eventName: bot.event.name, payload: bot.event.payload, dataset: bot.dataset },
    { event: 'push (unsupported)', eventName: 'push', payload: loadEventFixture('push'), dataset: bot.dataset },
  ];
}

type BenchNode = { name: string; path: string };

export async function measureSkips(
  entry: string,
  latencyMs: number,
  nodes: BenchNode[],
  floorRun?: (node: BenchNode) => Promise<number>,
): Promise<SkipFigures[]> {
  const figures: SkipFigures[] = [];
  for (const skip of skipEvents()) {
    for (const node of nodes) {
      const fake = await startFake(skip.dataset, { latencyMs });
      const walls: number[] = [];
      const apiRequests: string[] = [];
      const verdicts: string[] = [];
      const floorsMs: number[] = [];
      try {
        await runAction({ eventName: skip.eventName, payload: skip.payload, apiUrl: fake.url, node: node.path, entry }); // warm-up, its requests counted too
        for (let i = 0; i < runs; i++) {
          if (floorRun) floorsMs.push(await floorRun(node));
          const run = await runAction({ eventName: skip.eventName, payload: skip.payload, apiUrl: fake.url, node: node.path, entry });
          if (run.outputs.verdict !== 'skipped')
            throw new Error(`${skip.event} on ${node.name} was not skipped (exit ${run.code})\n${run.stdout}${run.stderr}`);
          walls.push(run.wallMs);
          apiRequests.push(run.outputs['api-requests'] ?? '?');
          verdicts.push(`${run.outputs.verdict ?? '?'}/${run.outputs['skipped-reason'] ?? '?'}`);
        }
      } finally {
        await fake.close();
      }
      figures.push({
        event: skip.event,
        node: node.name,
        latencyMs,
        medianMs: median(walls),
        wallsMs: walls,
        pairedFloorMs: floorsMs.length > 0 ? median(floorsMs) : null,
        requests: fake.log.length,
        apiRequests,
        verdicts,
      });
    }
  }
  return figures;
}

export const benchNodes = (): BenchNode[] => [
  { name: `node ${process.versions.node.split('.')[0]}`, path: process.execPath },
  { name: 'node 24', path: node24Path },
];
