// Starts a fake GitHub from a JSON dataset file for local debugging:
//   node build/test/fake-github/main.js dataset.json [latencyMs]
import { readFileSync } from 'node:fs';
import type { Dataset } from './dataset.js';
import { startFake } from './index.js';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: main.js <dataset.json> [latencyMs]\n');
  process.exit(2);
}
const dataset = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
const fake = await startFake(dataset, { latencyMs: Number(process.argv[3] ?? 0) });
process.stdout.write(`${fake.url}\n`);
process.on('SIGINT', () => void fake.close().then(() => process.exit(0)));
process.on('SIGTERM', () => void fake.close().then(() => process.exit(0)));
