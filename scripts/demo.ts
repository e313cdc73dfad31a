// `npm run demo`: the committed bundle (dist/index.js) run the way the Actions runner runs it, once per sample
// persona, against the project's fake GitHub on loopback: no token, no network. Prints one line per persona
// and each job summary as text; exits 1 when a verdict is not the one the persona expects.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { paint, paintVerdict, useColor } from '../src/cli/paint.js';
import { displayWidth, renderTerminal } from '../src/cli/render-terminal.js';
import { startFake } from '../test/fake-github/index.js';
import { repoRoot } from '../test/harness/node-versions.js';
import { runAction, type ActionRun } from '../test/harness/run-action.js';
import { buildPersona, type Persona, type PersonaId } from '../test/personas/index.js';
import type { VerdictOrSkip } from '../src/types.js';

const personaIds: PersonaId[] = ['veteran', 'newcomer', 'sprayer', 'farmer', 'bot', 'hostile'];
// Enough to show the concurrency at work, small enough that six runs stay well under 10 s.
const latencyMs = 25;

interface Outcome {
  persona: Persona;
  run: ActionRun;
  problems: string[];
}

async function runPersona(id: PersonaId): Promise<Outcome> {
  const persona = buildPersona(id);
  const fake = await startFake(persona.dataset, { latencyMs });
  try {
    const run = await runAction({ eventName: persona.event.name, payload: persona.event.payload, apiUrl: fake.url, timeoutMs: 30_000 });
    return { persona, run, problems: problemsOf(persona, run) };
  } finally {
    await fake.close();
  }
}

function problemsOf(persona: Persona, run: ActionRun): string[] {
  const { expected } = persona;
  const o = run.outputs;
  const problems: string[] = [];
  if (o.verdict !== expected.verdict) problems.push(`verdict ${o.verdict ?? '(none)'}, expected ${expected.verdict}`);
  if (expected.skippedReason !== undefined && o['skipped-reason'] !== expected.skippedReason) {
    problems.push(`skipped-reason "${o['skipped-reason'] ?? ''}", expected "${expected.skippedReason}"`);
  }
  if (expected.firstTime !== undefined && o['first-time'] !== String(expected.firstTime)) {
    problems.push(`first-time ${o['first-time'] ?? '(none)'}, expected ${expected.firstTime}`);
  }
  if (run.code !== 0) problems.push(`exit code ${run.code}${run.errors[0] ? `: ${run.errors[0]}` : ''}`);
  return problems;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function table(outcomes: Outcome[], color: boolean): string[] {
  const header = ['persona', 'login', 'expected', 'actual', 'first-time', 'requests', 'wall'];
  const rows = outcomes.map(({ persona, run, problems }) => [
    persona.title.split(':')[0] ?? persona.id,
    persona.login,
    persona.expected.verdict,
    run.outputs.verdict ?? '(none)',
    run.outputs['first-time'] ?? '',
    run.outputs['api-requests'] ?? '',
    `${Math.round(run.wallMs)} ms`,
    problems.length === 0 ? '✓' : '✗',
  ]);
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ''))));
  const line = (cells: string[], paintCell: (cell: string, c: number) => string) =>
    cells
      .map((cell, c) => paintCell(c === cells.length - 1 ? cell : pad(cell, widths[c] ?? 0), c))
      .join('  ')
      .trimEnd();
  return [
    paint(
      line(header, (cell) => cell),
      'dim',
      color,
    ),
    ...rows.map((row) =>
      line(row, (cell, c) => {
        if (c === 3) return cell.replace(row[3] ?? '', paintVerdict(asVerdict(row[3] ?? ''), color));
        if (c === 7) return paint(cell, cell === '✓' ? 'green' : 'red', color);
        return cell;
      }),
    ),
  ];
}

async function main(): Promise<number> {
  if (!existsSync(join(repoRoot, 'dist', 'index.js'))) {
    console.error('dist/index.js is missing: run `npm run bundle` first (the demo runs the committed bundle, as the runner does).');
    return 1;
  }
  const color = useColor(process.stdout);
  const started = performance.now();
  // In parallel: each persona has its own fake GitHub and its own process.
  const outcomes = await Promise.all(personaIds.map(runPersona));
  const out: string[] = [
    paint('newcomer-triage demo', 'bold', color) + `: dist/index.js against a fake GitHub on loopback (${latencyMs} ms latency), no token, no network`,
    '',
    ...table(outcomes, color),
  ];
  for (const { persona, run } of outcomes) {
    out.push('', paint(`── ${persona.title} `, 'cyan', color), '');
    out.push(run.summary.trim() ? renderTerminal(run.summary.trim(), { color }) : '(no job summary written)');
  }
  const failed = outcomes.filter((o) => o.problems.length > 0);
  out.push('', `${outcomes.length} personas in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(out.join('\n'));
  if (failed.length === 0) return 0;
  for (const { persona, problems } of failed) console.error(`mismatch: ${persona.id} (${persona.login}): ${problems.join('; ')}`);
  return 1;
}

void main().then((code) => {
  process.exitCode = code;
});

function asVerdict(text: string): VerdictOrSkip {
  return (['green', 'yellow', 'red'] as const).find((v) => v === text) ?? 'skipped';
}
