import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './node-versions.js';

export interface ActionRun {
  code: number;
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  stderr: string;
  errors: string[]; // ::error:: annotations
  warnings: string[]; // ::warning:: annotations
  wallMs: number;
}

export interface RunOptions {
  eventName: string;
  payload: unknown;
  repo?: string;
  inputs?: Record<string, string>;
  apiUrl?: string;
  graphqlUrl?: string;
  node?: string;
  entry?: string; // default dist/index.js
  timeoutMs?: number;
  // The payload is a string written to the event file as is (a broken event file).
  rawPayload?: boolean;
  // More variables for the action's process, as a runner sets them (HTTPS_PROXY behind a proxy).
  env?: Record<string, string>;
}

// Runs the bundle the way the Actions runner does: event and repo through GITHUB_* variables, inputs as
// INPUT_<NAME> (upper case, spaces as underscores, hyphens kept), outputs and summary through files, and
// annotations as workflow commands on stdout.
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'newcomer-triage-'));
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(eventPath, options.rawPayload ? String(options.payload) : JSON.stringify(options.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repo ?? 'octo-org/widgets',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: options.graphqlUrl ?? `${options.apiUrl ?? 'http://127.0.0.1:9'}/graphql`,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: dir,
    'INPUT_GITHUB-TOKEN': 'ghs_faketoken0000000000000000000000000',
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const started = performance.now();
  const child = spawn(options.node ?? process.execPath, [join(repoRoot, options.entry ?? 'dist/index.js')], { env, cwd: dir });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  clearTimeout(timer);
  const wallMs = performance.now() - started;
  return {
    code,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    stdout,
    stderr,
    errors: commands(stdout, 'error'),
    warnings: commands(stdout, 'warning'),
    wallMs,
  };
}

// GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks.
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const [, name, delimiter] = m as unknown as [string, string, string];
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    outputs[name] = value.join('\n');
  }
  return outputs;
}

// `::warning::message` or `::warning file=x,line=1::message`, with the runner's %0A escapes undone.
function commands(stdout: string, kind: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${kind}`))
    .map((l) =>
      l
        .slice(l.indexOf('::', 2) + 2)
        .replace(/%0A/g, '\n')
        .replace(/%0D/g, '\r')
        .replace(/%25/g, '%'),
    );
}
