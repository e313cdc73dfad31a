// The machine's floor, measured in the same run as the rest: the no-op action (noop-action.ts) through
// runAction, as the bundle is run, on each Node the bench uses. Nine runs after a warm-up at the start, then
// more while the triage rows run (`sampleFloor`): one before each row, and one before each run of the rows the
// targets judge (triage and skips at L = 200 ms), so the floor is taken under the load the figures it divides
// were taken under, not only in the bench's first seconds. The floor is the median of them all; a row with a
// run of its own before each of its runs is divided by the median of those (its paired floor): on a machine
// whose speed drifts in the course of a run (seen here: 22 ms at the start, 30 ms a minute later), that ratio
// compares like with like.
import { runAction } from '../../test/harness/run-action.js';
import { median } from './format.js';

export interface FloorFigures {
  node: string;
  medianMs: number;
  wallsMs: number[];
}

const noopEntry = 'build/scripts/bench/noop-action.js';
const runs = 9;

async function noopWall(nodePath: string): Promise<number> {
  const run = await runAction({ eventName: 'push', payload: {}, node: nodePath, entry: noopEntry });
  if (run.code !== 0) throw new Error(`the no-op action failed (exit ${run.code}): ${run.stderr}`);
  return run.wallMs;
}

export async function measureFloor(nodes: { name: string; path: string }[]): Promise<FloorFigures[]> {
  const figures: FloorFigures[] = [];
  for (const node of nodes) {
    await noopWall(node.path);
    const walls: number[] = [];
    for (let i = 0; i < runs; i++) walls.push(await noopWall(node.path));
    figures.push({ node: node.name, medianMs: median(walls), wallsMs: walls });
  }
  return figures;
}

// One more floor run on `node`, and the median again; returns this run's wall.
export async function sampleFloor(floors: FloorFigures[], node: { name: string; path: string }): Promise<number> {
  const figure = floors.find((f) => f.node === node.name);
  if (!figure) throw new Error(`no floor measured on ${node.name}`);
  const wall = await noopWall(node.path);
  figure.wallsMs.push(wall);
  figure.medianMs = median(figure.wallsMs);
  return wall;
}

// A figure as a multiple of the floor of the Node it ran on, or of the row's own paired floor when it has one.
export function overFloor(floors: FloorFigures[], node: string, valueMs: number, pairedFloorMs: number | null = null): number | null {
  const floor = pairedFloorMs ?? floors.find((f) => f.node === node)?.medianMs;
  return floor ? valueMs / floor : null;
}
