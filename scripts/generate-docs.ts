// Writes the inputs and outputs tables of README.md from action.yml; `--check` fails when README is stale
// (CI runs it), so the two cannot drift.
import { readFileSync, writeFileSync } from 'node:fs';

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

const begin = '<!-- generated from action.yml by `npm run docs`: do not edit -->';
const end = '<!-- end of generated tables -->';

export function updateReadme(readme: string, yaml: string): string {
  const from = readme.indexOf(begin);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error('README.md lacks the generated-tables markers');
  return `${readme.slice(0, from + begin.length)}\n\n${renderTables(yaml)}\n\n${readme.slice(to)}`;
}

if (process.argv[1]?.endsWith('generate-docs.js')) {
  const readme = readFileSync('README.md', 'utf8');
  const next = updateReadme(readme, readFileSync('action.yml', 'utf8'));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md is out of date with action.yml: run `npm run docs` and commit the result.');
      process.exit(1);
    }
    console.log('README.md tables match action.yml.');
  } else {
    writeFileSync('README.md', next);
    console.log('README.md tables written from action.yml.');
  }
}
