// `npm test`: every compiled test file under build/test, on Node's own runner. Installs the Node 24 used by
// the runner-level tests first (tools/node24, from the npm registry), since the action runs on node24.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { node24Path } from '../test/harness/node-versions.js';

if (!existsSync(node24Path)) {
  console.log('Installing Node 24 for the runner-level tests (tools/node24)…');
  execFileSync('npm', ['ci', '--prefix', 'tools/node24', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

function findTests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findTests(path);
    return entry.name.endsWith('.test.js') ? [path] : [];
  });
}

const files = findTests('build/test').sort();
const only = process.argv.slice(2);
const selected = only.length > 0 ? files.filter((f) => only.some((o) => f.includes(o))) : files;
// The tests wait on loopback HTTP and child processes, not on the CPU: run several files at once.
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=4', ...selected], { stdio: 'inherit' });
process.exit(result.status ?? 1);
