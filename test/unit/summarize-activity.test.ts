import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sparkline, summarizeActivity } from '../../src/inspect/summarize-activity.js';

const now = new Date('2026-11-23T12:00:00Z');
const since = new Date(now.getTime() - 90 * 86_400_000);
const eventsSince = new Date(now.getTime() - 30 * 86_400_000);
const at = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
const day = (days: number) => at(days).slice(0, 10);
const event = (id: string, type: string, repo: string, days: number) => ({ id, type, repo, createdAt: at(days), action: null, body: null });

describe('summarizeActivity', () => {
  it('spreads the contribution calendar over every week of the window, oldest first', () => {
    const calendar = [
      { date: day(1), count: 3 },
      { date: day(8), count: 2 },
      { date: day(80), count: 5 },
      { date: day(120), count: 9 }, // before the window
    ];
    const a = summarizeActivity(calendar, [], { since, eventsSince, eventsDays: 30, now });
    assert.equal(a?.weekly?.length, 13);
    assert.equal(a?.weekly?.at(-1), 3);
    assert.equal(a?.weekly?.at(-2), 2);
    assert.equal(a?.weekly?.[1], 5, 'day 80 falls in the second week of 13');
    assert.equal(a?.contributions, 19, 'the calendar total is what GitHub gave');
  });
  it('dedupes events by id and keeps the last 30 days only', () => {
    const events = [
      event('1', 'PushEvent', 'a/b', 1),
      event('1', 'PushEvent', 'a/b', 1),
      event('2', 'IssuesEvent', 'c/d', 8),
      event('3', 'PushEvent', 'a/b', 29),
      event('4', 'PushEvent', 'a/b', 45),
    ];
    const a = summarizeActivity(null, events, { since, eventsSince, eventsDays: 30, now });
    assert.deepEqual(a?.events, { total: 3, byType: { PushEvent: 2, IssuesEvent: 1 }, repos: 2, days: 30 });
    assert.equal(a?.weekly, null);
  });
  it('is null when neither could be read', () => {
    assert.equal(summarizeActivity(null, null, { since, eventsSince, eventsDays: 30, now }), null);
  });
});

describe('sparkline', () => {
  it('scales to the busiest week', () => {
    assert.equal(sparkline([0, 1, 2, 4, 8]), '▁▂▃▅█');
    assert.equal(sparkline([0, 0]), '▁▁');
  });
});
