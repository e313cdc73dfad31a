// The machine the bench runs on: is the action's process free of NODE_EXTRA_CA_CERTS (a proxy CA these
// machines set, which costs every Node start about 100 ms and is never set on a hosted runner), and how long
// does a bare Node take to start here.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { runAction } from '../../test/harness/run-action.js';
import { node24Path, repoRoot } from '../../test/harness/node-versions.js';
import { median } from './format.js';

export interface Environment {
  parentHasExtraCaCerts: boolean;
  actionInherits: string[]; // watched variables the action's process sees; must be empty
  cpus: number;
  loadAverage: number[]; // 1, 5 and 15 minutes, at the start: every wall time here grows with it
  nodeStartMs: { node: string; cleanMs: number; withExtraCaCertsMs: number | null }[];
}

const probeEntry = 'build/scripts/bench/env-probe.js';

export async function checkEnvironment(): Promise<Environment> {
  ensureNode24();
  const probe = await runAction({ eventName: 'push', payload: {}, entry: probeEntry });
  const line = probe.stdout.split('\n').find((l) => l.startsWith('{'));
  if (probe.code !== 0 || !line) throw new Error(`the environment probe failed (exit ${probe.code}): ${probe.stderr}`);
  const { present } = JSON.parse(line) as { present: string[] };
  const extraCa = process.env.NODE_EXTRA_CA_CERTS;
  const nodes = [
    { node: `node ${process.versions.node}`, path: process.execPath },
    { node: 'node 24', path: node24Path },
  ];
  return {
    parentHasExtraCaCerts: extraCa !== undefined,
    cpus: availableParallelism(),
    loadAverage: loadavg(),
    actionInherits: present,
    nodeStartMs: nodes.map(({ node, path }) => ({
      node,
      cleanMs: timeNodeStart(path, {}),
      withExtraCaCertsMs: extraCa ? timeNodeStart(path, { NODE_EXTRA_CA_CERTS: extraCa }) : null,
    })),
  };
}

// `node -e 0`, median of 5, with nothing in the environment but PATH (and what `extra` adds).
function timeNodeStart(node: string, extra: Record<string, string>): number {
  const env = { PATH: process.env.PATH ?? '', ...extra };
  spawnSync(node, ['-e', '0'], { env }); // warm the file cache
  const walls: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    spawnSync(node, ['-e', '0'], { env });
    walls.push(performance.now() - started);
  }
  return median(walls);
}

function ensureNode24(): void {
  if (existsSync(node24Path)) return;
  console.log('Installing Node 24 (tools/node24)…');
  execFileSync('npm', ['ci', '--prefix', 'tools/node24', '--no-audit', '--no-fund'], { stdio: 'inherit', cwd: repoRoot });
}
