// The machine's floor, measured in the same run as the rest: the no-op action (noop-action.ts) through
// runAction, as the bundle is run, median of 9 after a warm-up, on each Node the bench uses.
import { runAction } from '../../test/harness/run-action.js';
import { median } from './format.js';

export interface FloorFigures {
  node: string;
  medianMs: number;
  wallsMs: number[];
}

const noopEntry = 'build/scripts/bench/noop-action.js';
const runs = 9;

export async function measureFloor(nodes: { name: string; path: string }[]): Promise<FloorFigures[]> {
  const figures: FloorFigures[] = [];
  for (const node of nodes) {
    await runAction({ eventName: 'push', payload: {}, node: node.path, entry: noopEntry });
    const walls: number[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await runAction({ eventName: 'push', payload: {}, node: node.path, entry: noopEntry });
      if (run.code !== 0) throw new Error(`the no-op action failed (exit ${run.code}): ${run.stderr}`);
      walls.push(run.wallMs);
    }
    figures.push({ node: node.name, medianMs: median(walls), wallsMs: walls });
  }
  return figures;
}

// A figure as a multiple of the floor of the Node it ran on.
export function overFloor(floors: FloorFigures[], node: string, valueMs: number): number | null {
  const floor = floors.find((f) => f.node === node)?.medianMs;
  return floor ? valueMs / floor : null;
}
