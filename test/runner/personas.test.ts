// Every persona through the bundle, on this Node and on Node 24 (what `runs.using: node24` runs): the
// verdict, the outputs and the summary a maintainer would see.
import { existsSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runtimes } from '../harness/node-versions.js';
import { buildPersona, personaIds, readPersona } from '../personas/index.js';
import { assertAllOutputs, assertTablesIntact, assertValidGraphql, runOn, signalsOf, startFor, summaryIcons } from './helpers.js';

const contractSignalIds = [
  'account-age',
  'profile-fields',
  'closed-unmerged-ratio',
  'not-planned-issues',
  'repeated-titles',
  'repeated-comments',
  'external-prs-per-week',
];

for (const runtime of runtimes) {
  describe(`personas on ${runtime.name}`, () => {
    test('the runtime exists', () => {
      assert.ok(existsSync(runtime.path), `${runtime.path} is missing: run npm ci --prefix tools/node24`);
    });

    for (const id of personaIds) {
      test(`${id}`, async (t) => {
        const persona = buildPersona(id);
        const expected = readPersona(persona, new Date());
        const fake = await startFor(t, persona.dataset);
        const run = await runOn(fake, persona.event, {}, { node: runtime.path });

        assert.equal(run.code, 0, run.stdout + run.stderr);
        assert.deepEqual(run.errors, []);
        assertAllOutputs(run);
        assertValidGraphql(fake);
        assert.equal(run.outputs.verdict, persona.expected.verdict);
        assert.equal(run.outputs.triaged, '[]');
        assert.equal(run.outputs.author, persona.login);

        if (persona.expected.verdict === 'skipped') {
          assert.equal(run.outputs['skipped-reason'], persona.expected.skippedReason);
          assert.equal(fake.log.length, 0, `a skip makes no request: ${fake.log.map((e) => `${e.method} ${e.path}`).join(', ')}`);
          assert.equal(run.outputs['api-requests'], '0');
          assert.equal(run.outputs.signals, '[]');
          assert.equal(run.outputs.partial, 'false');
          assert.match(run.summary, new RegExp(`skipped \\(${persona.expected.skippedReason}\\)`));
          return;
        }

        assert.equal(run.outputs['skipped-reason'], '');
        assert.equal(run.outputs['first-time'], String(persona.expected.firstTime));
        assert.equal(Number(run.outputs['api-requests']), fake.log.length, 'api-requests counts every request the fake saw');
        const signals = signalsOf(run);
        const isPr = persona.event.name.startsWith('pull_request');
        assert.deepEqual(
          signals.map((s) => s.id),
          isPr ? [...contractSignalIds, 'sensitive-files'] : contractSignalIds,
        );
        for (const s of signals) {
          assert.ok(['green', 'yellow', 'red', 'unknown'].includes(s.level), `${s.id}: ${s.level}`);
          assert.equal(typeof s.detail, 'string');
          assert.ok(s.detail.length > 0, `${s.id} has a detail`);
          assert.equal(typeof (s as { url?: unknown }).url, 'string', `${s.id} has a url (maybe empty)`);
        }
        // No user text in the outputs: no title or comment of the author's is quoted in a signal.
        const userTexts = [
          ...persona.dataset.items.filter((i) => i.author === persona.login).map((i) => i.title),
          ...persona.dataset.events.flatMap((e) => {
            const body = (e.payload?.comment as { body?: unknown } | undefined)?.body;
            return e.actor === persona.login && typeof body === 'string' ? [body] : [];
          }),
        ].filter((text) => text.length >= 12);
        const shown = signals.map((s) => `${s.detail}\n${String((s as { url?: unknown }).url)}`).join('\n');
        for (const text of userTexts) assert.ok(!shown.includes(text), `the signals output quotes "${text}"`);

        if (id === 'suspended') {
          assert.equal(run.outputs.partial, 'true');
          for (const s of signals.filter((x) => x.id !== 'sensitive-files')) {
            assert.equal(s.level, 'unknown', `${s.id} of a suspended account`);
            assert.equal(s.value, null);
          }
          assert.ok(run.warnings.length > 0, 'a warning says what could not be read');
        } else {
          assert.equal(run.outputs.partial, 'false');
          assert.deepEqual(run.warnings, []);
          const levels = Object.fromEntries(signals.filter((s) => s.id !== 'sensitive-files').map((s) => [s.id, s.level]));
          assert.deepEqual(levels, expected.levels, 'levels as the contract defines them on this data');
          if (isPr) assert.equal(signals.find((s) => s.id === 'sensitive-files')?.level, expected.sensitive);
          assert.equal(expected.verdict, persona.expected.verdict, "the oracle's verdict on this data");
        }

        // The summary: verdict heading, linked author, signal table with its icons, sparkline, request count.
        const icon = { green: '🟢', yellow: '🟡', red: '🔴' }[persona.expected.verdict];
        assert.match(run.summary, new RegExp(`^### ${icon} newcomer-triage: ${persona.expected.verdict}`));
        assert.ok(run.summary.includes(`[${persona.login}](https://github.com/${persona.login})`), 'author linked');
        assert.ok(run.summary.includes('| | signal | value | why |'), 'signal table');
        for (const s of signals) {
          const mark = summaryIcons[['green', 'yellow', 'red', 'unknown'].indexOf(s.level)];
          assert.ok(run.summary.includes(`| ${mark} | \`${s.id}\``), `summary row for ${s.id} with ${mark}`);
        }
        assert.equal(assertTablesIntact(run.summary, 'summary'), 1);
        if (id !== 'suspended') assert.match(run.summary, /\*\*Contributions\*\* per week over the last 90 days: `[▁▂▃▄▅▆▇█]{13}`/);
        assert.match(run.summary, new RegExp(`${run.outputs['api-requests']} API requests`));
        assert.match(run.summary, /rate limit \d+\/\d+ left/);
      });
    }
  });
}
