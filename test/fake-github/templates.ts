// GitHub's own example objects from @octokit/openapi, used as templates so every REST answer carries the
// fields a real one does, not just the ones we thought of.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let examples: Record<string, unknown> | undefined;

function loadExamples(): Record<string, unknown> {
  if (!examples) {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    const spec = JSON.parse(readFileSync(file, 'utf8')) as {
      components: { examples: Record<string, { value: unknown }> };
    };
    examples = {};
    for (const [name, example] of Object.entries(spec.components.examples)) examples[name] = example.value;
  }
  return examples;
}

// A fresh copy of example `name` (an `-items` array's first element when `first`), with each `[from, to]`
// replaced throughout its text, so nested URLs follow the fake's own address and names.
export function fromTemplate(name: string, replacements: [string, string][] = [], first = false): Record<string, unknown> {
  let value = loadExamples()[name];
  if (first && Array.isArray(value)) value = value[0];
  if (value === undefined) throw new Error(`fake-github: no openapi example named ${name}`);
  let text = JSON.stringify(value);
  for (const [from, to] of replacements) text = text.split(from).join(JSON.stringify(to).slice(1, -1));
  return JSON.parse(text) as Record<string, unknown>;
}
