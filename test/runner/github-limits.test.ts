// GitHub's limits that a lenient fake would not enforce (issue 15): the 30 days of public events it keeps,
// the 65,536 characters of a comment, the 100 labels of an item, the 302 of a membership check by someone
// outside the org. Each through the bundle against the fake, which refuses as GitHub does.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPersona } from '../personas/index.js';
import { assertAllOutputs, assertValidGraphql, labelsOn, levelOf, runOn, signalsOf, startFor } from './helpers.js';

const dayMs = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

describe('public events older than 30 days', () => {
  // GitHub lists only the last 30 days of a user's events, since January 2025
  // (https://github.blog/changelog/2024-11-08-upcoming-changes-to-data-retention-for-events-api-atom-feed-timeline-and-dashboard-feed-features).
  test('an old comment sent to 12 owners is not counted: GitHub no longer lists it, the verdict stands', async (t) => {
    const persona = buildPersona('veteran');
    const now = Date.now();
    // The action reads comments from the start of the UTC day 30 days back, so up to a day more than GitHub
    // keeps: comments in between reach the verdict only if the fake lists what GitHub would not. Ten go there,
    // the others are weeks older.
    const windowStart = Math.floor((now - 30 * dayMs) / dayMs) * dayMs;
    const kept = now - 30 * dayMs;
    const body = 'Could you please star my project, it would really help me a lot';
    for (let k = 0; k < 12; k++) {
      const at = k < 10 ? kept - ((kept - windowStart) * (k + 1)) / 11 : now - (40 + k) * dayMs;
      const repo = `owner-${k}/project-${k}`;
      persona.dataset.events.push({
        id: String(3_000_000_000 + k),
        type: 'IssueCommentEvent',
        actor: persona.login,
        repo,
        created_at: iso(at),
        payload: {
          action: 'created',
          issue: { number: 7, title: 'Question', state: 'open', html_url: `https://github.com/${repo}/issues/7` },
          comment: { id: 9_000_000 + k, body, html_url: `https://github.com/${repo}/issues/7#issuecomment-${9_000_000 + k}`, created_at: iso(at) },
        },
      });
    }
    const fake = await startFor(t, persona.dataset);
    const run = await runOn(fake, persona.event);
    assert.equal(run.code, 0, run.stdout);
    assertAllOutputs(run);
    assertValidGraphql(fake);
    assert.equal(levelOf(run, 'repeated-comments'), 'green', JSON.stringify(signalsOf(run)));
    assert.ok(Number(signalsOf(run).find((s) => s.id === 'repeated-comments')?.value) <= 1);
    assert.equal(run.outputs.verdict, 'green');
    assert.equal(run.outputs.partial, 'false');
    assert.deepEqual(
      labelsOn(fake, 42).filter((l) => l.startsWith('triage:')),
      [],
      'no verdict label',
    );
  });
});
