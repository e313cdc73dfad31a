// Inputs: every bad value fails the step before any request, with one error naming the input and the value;
// and action.yml, the contract and the code agree on the inputs, their defaults and the outputs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { repoRoot } from '../harness/node-versions.js';
import { buildPersona } from '../personas/index.js';
import { inputSpecs } from '../../src/settings/get-settings.js';
import { assertAllOutputs, outputNames, runOn, startFor } from './helpers.js';

// The contract's inputs with their defaults, and its outputs (../shared/CONTRACT.md, "Inputs" and "Outputs").
const contractInputs: Record<string, string> = {
  'github-token': '${{ github.token }}',
  'dry-run': 'false',
  'skip-associations': 'OWNER,MEMBER,COLLABORATOR,CONTRIBUTOR',
  'skip-bots': 'true',
  'trusted-users': '',
  'activity-window-days': '90',
  'account-age-days': '1095,90',
  'profile-fields': '3,1',
  'closed-unmerged-ratio': '0.2,0.5',
  'not-planned-issues': '4,6',
  'repeated-titles': '4,6',
  'repeated-comments': '5,10',
  'external-prs-per-week': '10,25',
  'sensitive-paths': [
    '.github/workflows/**',
    '.github/actions/**',
    '**/action.yml',
    '**/action.yaml',
    '.github/dependabot.yml',
    '**/CODEOWNERS',
    '.devcontainer/**',
    '.vscode/**',
    '.claude/**',
    '.cursor/**',
    '.gemini/**',
    '**/AGENTS.md',
    '**/CLAUDE.md',
    '.github/copilot-instructions.md',
    '.github/instructions/**',
    '.mcp.json',
  ].join(','),
  'ignore-signals': '',
  'label-green': '',
  'label-yellow': 'triage: check',
  'label-red': 'triage: careful review',
  'first-time-label': 'first-time contributor',
  'welcome-message': '',
  'report-comment': 'never',
  'merged-message': '',
  'invite-to-org': 'false',
  'org-token': '',
  'fail-on': 'never',
  'backfill-issues': 'false',
  'max-items': '50',
  'backtest-since': '',
};
const contractOutputs = ['verdict', 'skipped-reason', 'author', 'first-time', 'signals', 'partial', 'api-requests', 'triaged'];

const longLabel = 'x'.repeat(51);

// [input, bad value, what the case is about]
const badInputs: [string, string, string][] = [
  ['dry-run', 'yes', 'not a boolean'],
  ['skip-bots', 'maybe', 'not a boolean'],
  ['invite-to-org', 'on', 'not a boolean'],
  ['backfill-issues', '1', 'not a boolean'],
  ['skip-associations', 'OWNER,ADMIN', 'unknown association'],
  ['skip-associations', 'member\nSTRANGER', 'unknown association on a second line'],
  ['trusted-users', 'alice,not a login!', 'neither a login nor an id'],
  ['activity-window-days', '0', 'below 1'],
  ['activity-window-days', '366', 'above 365'],
  ['activity-window-days', 'ninety', 'not a number'],
  ['activity-window-days', '1.5', 'not whole'],
  ['account-age-days', '90,1095', 'wrong order'],
  ['account-age-days', '1095', 'one number'],
  ['account-age-days', 'old,young', 'not numbers'],
  ['account-age-days', '1095,-1', 'below 0'],
  ['account-age-days', '1095,90,30', 'three numbers'],
  ['profile-fields', '8,1', 'above 7 fields'],
  ['profile-fields', '1,3', 'wrong order'],
  ['profile-fields', '2.5,1', 'not whole'],
  ['closed-unmerged-ratio', '0.5,0.2', 'wrong order'],
  ['closed-unmerged-ratio', '0.2,1.5', 'ratio above 1'],
  ['closed-unmerged-ratio', '0.2', 'one number'],
  ['closed-unmerged-ratio', '20%,50%', 'percentages'],
  ['not-planned-issues', '6,4', 'wrong order'],
  ['not-planned-issues', '4,', 'second number missing'],
  ['repeated-titles', 'x,6', 'not a number'],
  ['repeated-titles', '4;6', 'wrong separator'],
  ['repeated-comments', '10,5', 'wrong order'],
  ['repeated-comments', 'five,ten', 'not numbers'],
  ['external-prs-per-week', '25,10', 'wrong order'],
  ['external-prs-per-week', 'NaN,25', 'NaN'],
  ['ignore-signals', 'account-age,bogus-signal', 'unknown signal id'],
  ['label-green', longLabel, 'over 50 characters'],
  ['label-yellow', longLabel, 'over 50 characters'],
  ['label-red', longLabel, 'over 50 characters'],
  ['first-time-label', longLabel, 'over 50 characters'],
  ['report-comment', 'sometimes', 'not an allowed level'],
  ['fail-on', 'always', 'not an allowed level for fail-on'],
  ['fail-on', 'green', 'not an allowed level for fail-on'],
  ['max-items', '0', 'below 1'],
  ['max-items', '1001', 'above 1000'],
  ['max-items', 'all', 'not a number'],
  ['backtest-since', '2024-02-30', 'not a real day'],
];

describe('bad inputs', () => {
  test('the table covers every input that can be bad', () => {
    // Free text: a message, a token, or globs (any text is a glob).
    const free = ['github-token', 'org-token', 'welcome-message', 'merged-message', 'sensitive-paths'];
    const covered = new Set(badInputs.map(([name]) => name));
    for (const name of Object.keys(inputSpecs)) {
      if (!free.includes(name)) assert.ok(covered.has(name), `no bad-value case for ${name}`);
    }
  });

  for (const [name, value, why] of badInputs) {
    test(`${name}: ${JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value)} (${why})`, async (t) => {
      const persona = buildPersona('newcomer');
      const fake = await startFor(t, persona.dataset);
      const run = await runOn(fake, persona.event, { [name]: value });
      assert.equal(run.code, 1, run.stdout);
      assert.equal(run.errors.length, 1, run.errors.join('\n'));
      const error = run.errors[0] ?? '';
      assert.ok(error.includes(`'${name}'`), `the error names the input: ${error}`);
      assert.ok(error.includes(value.trim()), `the error names the value: ${error}`);
      assert.match(error, /allowed/i, 'the error says what is allowed');
      assert.equal(fake.log.length, 0, 'no request');
      assertAllOutputs(run);
      assert.equal(run.outputs.verdict, 'skipped');
      assert.equal(run.outputs['api-requests'], '0');
      assert.match(run.summary, /newcomer-triage failed/);
      assert.ok(run.summary.includes(`'${name}'`), 'the summary names the input too');
    });
  }

  test('invite-to-org without org-token', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    const run = await runOn(fake, persona.event, { 'invite-to-org': 'TRUE' });
    assert.equal(run.code, 1);
    assert.equal(run.errors.length, 1, run.errors.join('\n'));
    assert.match(run.errors[0] ?? '', /'invite-to-org'/);
    assert.match(run.errors[0] ?? '', /"true"/);
    assert.match(run.errors[0] ?? '', /org-token/);
    assert.equal(fake.log.length, 0);
  });

  test('good values in other spellings are accepted', async (t) => {
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    const run = await runOn(fake, persona.event, {
      'dry-run': 'TRUE',
      'skip-bots': 'False',
      'skip-associations': 'owner\n member , COLLABORATOR',
      'ignore-signals': 'Account-Age',
      'account-age-days': ' 1095 , 90 ',
      'report-comment': 'Always',
      'fail-on': 'RED',
      'max-items': '1000',
      'trusted-users': '12345, someone-else',
    });
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(run.errors, []);
    assert.ok(fake.log.length > 0);
  });

  test('the token is never echoed, even when the run fails on an input', async (t) => {
    const token = 'ghp_TokenThatMustNotLeak1234567890ab';
    const orgToken = 'ghp_OrgTokenThatMustNotLeak09876543';
    const persona = buildPersona('newcomer');
    const fake = await startFor(t, persona.dataset);
    const cases: Record<string, string>[] = [
      { 'github-token': token, 'org-token': orgToken, 'max-items': '0' },
      { 'github-token': token, 'org-token': orgToken, 'invite-to-org': 'true', 'account-age-days': '1,2' },
      { 'github-token': ` ${token} `, 'org-token': orgToken, 'label-red': longLabel },
    ];
    for (const inputs of cases) {
      const run = await runOn(fake, persona.event, inputs);
      assert.equal(run.code, 1);
      const shown = run.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
      for (const secret of [token, orgToken]) {
        assert.ok(run.stdout.includes(`::add-mask::${secret}`), 'registered as a secret before anything is printed');
        assert.ok(run.stdout.indexOf(`::add-mask::${secret}`) < run.stdout.indexOf('::error::'), 'masked before the error');
        for (const [where, text] of [
          ['stdout', shown],
          ['stderr', run.stderr],
          ['summary', run.summary],
        ] as const) {
          assert.ok(!text.includes(secret), `${where} shows a token`);
        }
      }
    }
    assert.equal(fake.log.length, 0);
  });
});

// action.yml, read with just enough YAML for its shape: top-level keys, two-space names, four-space fields.
function readActionYml(): { inputs: Record<string, string | undefined>; outputs: string[]; runs: Record<string, string> } {
  const text = readFileSync(join(repoRoot, 'action.yml'), 'utf8');
  const inputs: Record<string, string | undefined> = {};
  const outputs: string[] = [];
  const runs: Record<string, string> = {};
  let section = '';
  let current = '';
  for (const line of text.split('\n')) {
    const top = /^([\w-]+):/.exec(line);
    if (top) {
      section = top[1] ?? '';
      continue;
    }
    const name = /^ {2}([\w-]+):\s*(.*)$/.exec(line);
    if (name) {
      current = name[1] ?? '';
      if (section === 'inputs') inputs[current] = undefined;
      if (section === 'outputs') outputs.push(current);
      if (section === 'runs') runs[current] = unquote(name[2] ?? '');
      continue;
    }
    const field = /^ {4}default:\s*(.*)$/.exec(line);
    if (field && section === 'inputs') inputs[current] = unquote(field[1] ?? '');
  }
  return { inputs, outputs, runs };
}

function unquote(value: string): string {
  const v = value.trim();
  if (/^'.*'$/.test(v)) return v.slice(1, -1).replace(/''/g, "'");
  if (/^".*"$/.test(v)) return JSON.parse(v) as string;
  return v;
}

describe('action.yml, the contract and the code agree', () => {
  const yml = readActionYml();

  test('runs on node24 from the committed bundle', () => {
    assert.deepEqual(yml.runs, { using: 'node24', main: 'dist/index.js' });
  });

  test('the inputs are the contract inputs, with the contract defaults', () => {
    assert.deepEqual(Object.keys(yml.inputs).sort(), Object.keys(contractInputs).sort());
    for (const [name, value] of Object.entries(yml.inputs)) assert.equal(value, contractInputs[name], `default of ${name}`);
  });

  test("the code's defaults are action.yml's", () => {
    assert.deepEqual(Object.keys(inputSpecs).sort(), Object.keys(yml.inputs).sort());
    for (const [name, spec] of Object.entries(inputSpecs)) {
      // The runner always supplies github.token; the code cannot, so it defaults to empty.
      const expected = name === 'github-token' ? '' : yml.inputs[name];
      assert.equal(spec.default, expected, `default of ${name}`);
    }
  });

  test('the outputs are the contract outputs, and a run sets each', () => {
    assert.deepEqual([...yml.outputs].sort(), [...contractOutputs].sort());
    assert.deepEqual([...outputNames].sort(), [...contractOutputs].sort());
  });
});
