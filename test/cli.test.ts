// The bundled CLI (dist/cli/index.js) and `npm run demo`, run as a user runs them: a child process, against the
// fake GitHub on loopback, with the environment built here (no NODE_EXTRA_CA_CERTS, no ambient token).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startFake, type FakeGitHub } from './fake-github/index.js';
import { repoRoot } from './harness/node-versions.js';
import { buildBacklog, buildPersona } from './personas/index.js';

const cliPath = join(repoRoot, 'dist', 'cli', 'index.js');
const token = 'ghs_clitesttoken00000000000000000000000';
const dir = mkdtempSync(join(tmpdir(), 'newcomer-triage-cli-'));

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function spawnNode(args: string[], env: Record<string, string>, timeoutMs = 30_000): Promise<Result> {
  const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env }, cwd: repoRoot });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      // Whatever the command, the token never appears in what it prints.
      assert.ok(!stdout.includes(token) && !stderr.includes(token), 'the token was printed');
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

function writeJson(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

describe('newcomer-triage CLI', () => {
  let fake: FakeGitHub;
  let cli: (args: string[], env?: Record<string, string>) => Promise<Result>;
  const persona = buildPersona('newcomer');
  const eventPath = writeJson('newcomer.json', persona.event.payload);
  const writes = () => fake.log.filter((e) => e.method !== 'GET' && e.path !== '/graphql');

  before(async () => {
    assert.ok(existsSync(cliPath), 'dist/cli/index.js is missing: run `npm run bundle`');
    fake = await startFake(persona.dataset, { latencyMs: 5 });
    cli = (args, env = {}) => spawnNode([cliPath, ...args], { GITHUB_TOKEN: token, GITHUB_API_URL: fake.url, ...env });
  });
  after(() => fake.close());

  it('triages a PR from a payload file and prints the summary as text', async () => {
    const r = await cli(['--event', eventPath, '--dry-run']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /🟡 newcomer-triage: yellow/);
    assert.match(r.stdout, /PR #42 by sam-okafor \(Sam Okafor\)/);
    assert.match(r.stdout, /🔴 +account-age +40 /, 'the signal table is aligned columns');
    assert.match(r.stdout, /Would write \(dry run/);
    assert.doesNotMatch(r.stdout, /\u001b\[|<sub>|\\|&amp;|\| ---/, 'no colour when piped, no Markdown left');
    assert.match(r.stderr, /event: pull_request_target \(guessed/);
    assert.deepEqual(writes(), [], 'a dry run writes nothing');
  });

  it('--json prints the outputs and warnings', async () => {
    const r = await cli(['--event', eventPath, '--event-name', 'pull_request_target', '--dry-run', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.equal(out.verdict, 'yellow');
    assert.equal(out.author, 'sam-okafor');
    assert.equal(out['first-time'], 'true');
    assert.equal(out.triaged, '[]');
    assert.ok(Array.isArray(out.warnings));
    const signals = JSON.parse(String(out.signals)) as { id: string }[];
    assert.ok(signals.some((s) => s.id === 'account-age'));
    assert.ok(Number(out['api-requests']) > 0);
    assert.doesNotMatch(r.stderr, /guessed/);
  });

  it('exits 1 when fail-on is met, after printing the summary', async () => {
    const r = await cli(['--event', eventPath, '--dry-run', '--input', 'fail-on=yellow']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /yellow/);
    assert.match(r.stderr, /The verdict is yellow, and fail-on is yellow/);
  });

  const usageErrors: [string, () => string[], Record<string, string>, RegExp][] = [
    ['no token', () => ['--event', eventPath], { GITHUB_TOKEN: '' }, /no token: set GITHUB_TOKEN/],
    ['a missing payload file', () => ['--event', join(dir, 'nope.json')], {}, /nope\.json: no such file/],
    ['a file that is not JSON', () => ['--event', writeJson('broken.json', '{"action": ')], {}, /broken\.json: not JSON/],
    [
      'JSON that is not a webhook payload',
      () => ['--event', writeJson('other.json', { hello: 'world' })],
      {},
      /other\.json: not a webhook payload: it has no "repository"/,
    ],
    [
      'a payload of no event the action knows',
      () => ['--event', writeJson('repo-only.json', { repository: { full_name: 'octo-org/widgets' } })],
      {},
      /repo-only\.json: .*pass --event-name/,
    ],
    ['an unknown flag', () => ['--event', eventPath, '--frobnicate'], {}, /unknown flag --frobnicate/],
    ['an unknown input', () => ['--event', eventPath, '--input', 'colour=red'], {}, /unknown input "colour"; valid inputs: .*fail-on/],
    [
      'a bad input value',
      () => ['--event', eventPath, '--input', 'max-items=0'],
      {},
      /Input 'max-items' has an invalid value "0": allowed is a whole number from 1 to 1000/,
    ],
    ['a token as a flag', () => ['--event', eventPath, '--input', 'github-token=ghp_x'], {}, /set GITHUB_TOKEN in the environment/],
    ['a bad --repo', () => ['--event', eventPath, '--repo', 'widgets'], {}, /--repo must be owner\/name/],
  ];
  for (const [what, args, env, message] of usageErrors) {
    it(`exits 2 on ${what}, before any request`, async () => {
      const before = fake.log.length;
      const r = await cli(args(), env);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
      assert.equal(fake.log.length, before);
    });
  }

  it('profile <login> prints the signal table and the verdict', async () => {
    const r = await cli(['profile', 'sam-okafor']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /🟡 sam-okafor \(Sam Okafor\): yellow/);
    assert.match(r.stdout, /signal +value +why/);
    assert.match(r.stdout, /🟡 +profile-fields +1 /);
    const json = await cli(['profile', 'sam-okafor', '--json', '--input', 'ignore-signals=account-age,profile-fields']);
    const out = JSON.parse(json.stdout) as { verdict: string; signals: unknown[] };
    assert.equal(out.verdict, 'green');
    assert.ok(out.signals.length >= 6);
  });

  it('--help prints the usage', async () => {
    const r = await cli(['--help'], { GITHUB_TOKEN: '' });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Usage:\n {2}newcomer-triage --event <payload\.json>/);
    assert.match(r.stdout, /newcomer-triage profile <login>/);
  });
});

describe('newcomer-triage CLI backfill', () => {
  it('triages a workflow_dispatch backlog and shows progress on stderr', async () => {
    const backlog = buildBacklog({ prs: 12, authors: 8 });
    const fake = await startFake(backlog.dataset, { latencyMs: 5 });
    try {
      const eventPath = writeJson('dispatch.json', backlog.payload);
      const env = { GITHUB_TOKEN: token, GITHUB_API_URL: fake.url };
      const r = await spawnNode([cliPath, '--event', eventPath, '--dry-run'], env);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /newcomer-triage backfill: 12 items/);
      assert.match(r.stderr, /event: workflow_dispatch \(guessed/);
      const progress = r.stderr.split('\n').filter((l) => l.trim() !== '' && !/^event:/.test(l));
      assert.ok(progress.length > 0, `no progress on stderr: ${r.stderr}`);
      const json = await spawnNode([cliPath, '--event', eventPath, '--dry-run', '--json'], env);
      assert.equal((JSON.parse(String((JSON.parse(json.stdout) as { triaged: string }).triaged)) as unknown[]).length, 12);
    } finally {
      await fake.close();
    }
  });
});

describe('npm run demo', () => {
  it('runs every persona through the bundle and exits 0', async () => {
    const r = await spawnNode([join(repoRoot, 'build', 'scripts', 'demo.js')], {}, 60_000);
    assert.equal(r.code, 0, r.stderr);
    for (const login of ['vkowalski', 'sam-okafor', 'quickfix-kai', 'harvest-hal', 'dependabot[bot]', 'mallory-tester'])
      assert.ok(r.stdout.includes(login), login);
    assert.match(r.stdout, /6 personas in/);
    assert.doesNotMatch(r.stdout, /\u001b\[/);
  });
});
