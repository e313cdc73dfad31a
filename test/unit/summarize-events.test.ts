import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sparkline, summarizeEvents } from '../../src/inspect/summarize-events.js';

const now = new Date('2026-11-23T12:00:00Z');
const since = new Date(now.getTime() - 90 * 86_400_000);
const at = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

describe('summarizeEvents', () => {
  it('dedupes by id, drops events outside the window and buckets per week, oldest first', () => {
    const events = [
      { id: '1', type: 'PushEvent', repo: 'a/b', createdAt: at(1) },
      { id: '1', type: 'PushEvent', repo: 'a/b', createdAt: at(1) },
      { id: '2', type: 'IssuesEvent', repo: 'c/d', createdAt: at(8) },
      { id: '3', type: 'PushEvent', repo: 'a/b', createdAt: at(89) },
      { id: '4', type: 'PushEvent', repo: 'a/b', createdAt: at(120) },
    ];
    const a = summarizeEvents(events, since, now);
    assert.equal(a.total, 3);
    assert.equal(a.repos, 2);
    assert.deepEqual(a.byType, { PushEvent: 2, IssuesEvent: 1 });
    assert.equal(a.weekly.length, 13);
    assert.equal(a.weekly.at(-1), 1);
    assert.equal(a.weekly.at(-2), 1);
    assert.equal(
      a.weekly.reduce((x, y) => x + y, 0),
      3,
    );
  });
});

describe('sparkline', () => {
  it('scales to the busiest week', () => {
    assert.equal(sparkline([0, 1, 2, 4, 8]), '▁▂▃▅█');
    assert.equal(sparkline([0, 0]), '▁▁');
  });
});
