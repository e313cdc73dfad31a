// The bundle under test: dist/index.js as it is when the bench starts, copied with what it imports into
// build/bench-dist, so a rebundle during the bench (others share this tree) cannot mix two versions.
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../../test/harness/node-versions.js';

export interface Bundle {
  entry: string; // for runAction, relative to the repo root
  sha256: string;
  builtAt: string;
  newerSources: string[]; // src files changed after the bundle was built: it may be stale
}

export function snapshotBundle(): Bundle {
  const dist = join(repoRoot, 'dist');
  const copy = join(repoRoot, 'build', 'bench-dist');
  rmSync(copy, { recursive: true, force: true });
  // The action's files (index.js, the shared modes/ and undici/ it imports, package.json, which maps them), not
  // the CLI's.
  cpSync(dist, copy, { recursive: true, filter: (path) => path !== join(dist, 'cli') });
  const index = join(copy, 'index.js');
  const builtMs = statSync(join(dist, 'index.js')).mtimeMs;
  return {
    entry: relative(repoRoot, index),
    sha256: createHash('sha256').update(readFileSync(index)).digest('hex').slice(0, 12),
    builtAt: new Date(builtMs).toISOString(),
    newerSources: listFiles(join(repoRoot, 'src'))
      .filter((f) => statSync(f).mtimeMs > builtMs)
      .map((f) => relative(repoRoot, f)),
  };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}
