// Bundle bytes a run loads: the dist files (entry and chunks) Node actually read for a skipped event and for
// a triage, on Node 24 with load-probe.ts preloaded. Run apart from the timed runs (the probe costs time).
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { startFake } from '../../test/fake-github/index.js';
import { node24Path, repoRoot } from '../../test/harness/node-versions.js';
import { runAction } from '../../test/harness/run-action.js';
import { buildPersona } from '../../test/personas/index.js';

export interface LoadedBytes {
  path: string; // "skip (bot PR)", "triage (newcomer)"
  files: { name: string; bytes: number }[];
  totalBytes: number;
  bundleBytes: number; // every .js file of the action's bundle, loaded or not
}

const probe = join(repoRoot, 'build', 'scripts', 'bench', 'load-probe.js');

export async function measureLoadedBytes(entry: string): Promise<LoadedBytes[]> {
  const dist = dirname(resolve(repoRoot, entry));
  const bundleBytes = listJs(dist).reduce((sum, f) => sum + statSync(f).size, 0);
  const bot = buildPersona('bot');
  const newcomer = buildPersona('newcomer');
  const cases = [
    { path: 'skip (bot PR)', persona: bot },
    { path: 'triage (newcomer)', persona: newcomer },
  ];
  const figures: LoadedBytes[] = [];
  for (const { path, persona } of cases) {
    const out = join(mkdtempSync(join(tmpdir(), 'load-probe-')), 'loaded.json');
    const fake = await startFake(persona.dataset);
    try {
      const run = await runAction({
        eventName: persona.event.name,
        payload: persona.event.payload,
        apiUrl: fake.url,
        node: node24Path,
        entry,
        env: { NODE_OPTIONS: `--import=${new URL(`file://${probe}`).href}`, LOAD_PROBE_OUT: out },
      });
      if (run.code !== 0) throw new Error(`${path} with the load probe: exit ${run.code}\n${run.stderr}`);
    } finally {
      await fake.close();
    }
    const loaded = (JSON.parse(readFileSync(out, 'utf8')) as string[]).filter((f) => f.startsWith(`${dist}/`));
    const files = [...new Set(loaded)].map((f) => ({ name: relative(dist, f), bytes: statSync(f).size }));
    figures.push({ path, files, totalBytes: files.reduce((sum, f) => sum + f.bytes, 0), bundleBytes });
  }
  return figures;
}

function listJs(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));
}
