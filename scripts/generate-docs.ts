// Writes the inputs and outputs tables of README.md, and .env.example, from action.yml; `--check` fails when README is stale
// (CI runs it), so the two cannot drift.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

interface Entry {
  name: string;
  description: string;
  default?: string;
}

// action.yml is kept to a plain subset of YAML (two-space indents, one-line scalars), which this reads.
export function readActionSection(yaml: string, section: 'inputs' | 'outputs'): Entry[] {
  const lines = yaml.split('\n');
  const start = lines.findIndex((l) => l === `${section}:`);
  if (start < 0) throw new Error(`action.yml has no ${section}`);
  const entries: Entry[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const name = /^ {2}([\w-]+):\s*$/.exec(line);
    const field = /^ {4}(description|default):\s*(.*)$/.exec(line);
    if (name?.[1]) entries.push({ name: name[1], description: '' });
    else if (field?.[1] && field[2] !== undefined && entries.length > 0) {
      const entry = entries[entries.length - 1] as Entry;
      entry[field[1] as 'description' | 'default'] = unquote(field[2]);
    }
  }
  return entries;
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).replace(/''/g, "'");
  if (v.startsWith('"') && v.endsWith('"')) return JSON.parse(v) as string;
  return v;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function renderTables(yaml: string): string {
  const inputs = readActionSection(yaml, 'inputs').map((i) => `| \`${i.name}\` | ${i.default ? `\`${cell(i.default)}\`` : '""'} | ${cell(i.description)} |`);
  const outputs = readActionSection(yaml, 'outputs').map((o) => `| \`${o.name}\` | ${cell(o.description)} |`);
  return [
    '### Inputs',
    '',
    '| input | default | meaning |',
    '| --- | --- | --- |',
    ...inputs,
    '',
    '### Outputs',
    '',
    '| output | value |',
    '| --- | --- |',
    ...outputs,
  ].join('\n');
}

// .env.example for `npx @github/local-action run . src/main.ts .env`: every input of action.yml with its
// default, so the file cannot drift from the action either.
const envHeader = `# Generated from action.yml by \`npm run docs\`: do not edit by hand.
# For \`npx @github/local-action run . src/main.ts .env\`: copy to .env (git ignores it) and fill in.
# local-action loads this file into the environment, then imports src/main.ts and calls its exported run().
# Never commit a real token.

# Step debug logging (core.debug lines).
ACTIONS_STEP_DEBUG=false

# The event to replay: its name as GITHUB_EVENT_NAME would be, and a webhook payload file (see
# test/fixtures/events/README.md; the fixtures use octo-org/widgets, so point GITHUB_REPOSITORY at a repo
# where PR #42 / issue #43 exist, or save a real payload from a workflow run).
GITHUB_EVENT_NAME=pull_request_target
GITHUB_EVENT_PATH=test/fixtures/events/pull_request_target.opened.json
GITHUB_REPOSITORY=octo-org/widgets
GITHUB_SERVER_URL=https://github.com
GITHUB_API_URL=https://api.github.com
GITHUB_GRAPHQL_URL=https://api.github.com/graphql
# Where the job summary goes: the runner gives every step such a file, local-action does not. The file
# must exist (\`touch summary.md\`); read it after the run. git ignores it.
GITHUB_STEP_SUMMARY=summary.md

# Inputs, named as the runner names them: INPUT_ + the input name in upper case, hyphens kept.
# local-action fills in action.yml's defaults for inputs left out, and github-token's default there is the
# expression \${{ github.token }}, which only the runner can evaluate: set the token here.
`;

// Values the local run needs other than action.yml's default: the token is yours to set, and the dry run
// stays on until you mean to label and comment on a real PR.
const localValues: Record<string, string> = { 'github-token': '', 'dry-run': 'true' };

export function renderEnvExample(yaml: string): string {
  const lines = readActionSection(yaml, 'inputs').map((i) => {
    const value = localValues[i.name] ?? i.default ?? '';
    return `INPUT_${i.name.toUpperCase()}=${/[\s#"']/.test(value) ? JSON.stringify(value) : value}`;
  });
  return `${envHeader}${lines.join('\n')}\n`;
}

const begin = '<!-- generated from action.yml by `npm run docs`: do not edit -->';
const end = '<!-- end of generated tables -->';

export function updateReadme(readme: string, yaml: string): string {
  const from = readme.indexOf(begin);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error('README.md lacks the generated-tables markers');
  return `${readme.slice(0, from + begin.length)}\n\n${renderTables(yaml)}\n\n${readme.slice(to)}`;
}

if (process.argv[1]?.endsWith('generate-docs.js')) {
  const yaml = readFileSync('action.yml', 'utf8');
  const files = [
    { path: 'README.md', next: updateReadme(readFileSync('README.md', 'utf8'), yaml) },
    { path: '.env.example', next: renderEnvExample(yaml) },
  ];
  const stale = files.filter((f) => !existsSync(f.path) || readFileSync(f.path, 'utf8') !== f.next);
  if (process.argv.includes('--check')) {
    if (stale.length > 0) {
      console.error(`${stale.map((f) => f.path).join(' and ')} out of date with action.yml: run \`npm run docs\` and commit the result.`);
      process.exit(1);
    }
    console.log('README.md tables and .env.example match action.yml.');
  } else {
    for (const f of stale) writeFileSync(f.path, f.next);
    console.log('README.md tables and .env.example written from action.yml.');
  }
}
