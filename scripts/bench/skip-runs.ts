// Skipped events: the action must decide from the payload alone, before loading Octokit or making a request.
// Measured as the wall time of the action's process, median of 5, on this Node and on Node 24.
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

export async function measureSkips(entry: string, latencyMs: number, nodes: { name: string; path: string }[]): Promise<SkipFigures[]> {
  const figures: SkipFigures[] = [];
  for (const skip of skipEvents()) {
    for (const node of nodes) {
      const fake = await startFake(skip.dataset, { latencyMs });
      const walls: number[] = [];
      const apiRequests: string[] = [];
      const verdicts: string[] = [];
      try {
        await runAction({ eventName: skip.eventName, payload: skip.payload, apiUrl: fake.url, node: node.path, entry }); // warm-up, its requests counted too
        for (let i = 0; i < runs; i++) {
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
        requests: fake.log.length,
        apiRequests,
        verdicts,
      });
    }
  }
  return figures;
}

export const benchNodes = (): { name: string; path: string }[] => [
  { name: `node ${process.versions.node.split('.')[0]}`, path: process.execPath },
  { name: 'node 24', path: node24Path },
];
