// The machine's floor, measured in the same run as the rest: the no-op action (noop-action.ts) through
// runAction, as the bundle is run, on each Node the bench uses. Nine runs after a warm-up at the start, then
// one more before each single-triage row (`sampleFloor`), so the floor is taken under the load the figures it
// divides were taken under, not only in the bench's first seconds; the floor is the median of them all.
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

// One more floor run on `node`, and the median again.
export async function sampleFloor(floors: FloorFigures[], node: { name: string; path: string }): Promise<void> {
  const figure = floors.find((f) => f.node === node.name);
  if (!figure) throw new Error(`no floor measured on ${node.name}`);
  figure.wallsMs.push(await noopWall(node.path));
  figure.medianMs = median(figure.wallsMs);
}

// A figure as a multiple of the floor of the Node it ran on.
export function overFloor(floors: FloorFigures[], node: string, valueMs: number): number | null {
  const floor = floors.find((f) => f.node === node)?.medianMs;
  return floor ? valueMs / floor : null;
}
