import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outcomeOf } from '../../src/modes/backtest/item-outcome.js';
import { findThresholdEdges } from '../../src/modes/backtest/threshold-edges.js';
import { getSettings, type Settings } from '../../src/settings/get-settings.js';
import { InputError } from '../../src/settings/input-error.js';
import type { Verdict } from '../../src/types.js';

describe('outcomeOf', () => {
  const pr = { kind: 'pr' as const, stateReason: null, labels: [] };
  const issue = { kind: 'issue' as const, labels: [] };
  it('a spam or invalid label wins, in any case, whatever the state', () => {
    assert.equal(outcomeOf({ ...pr, state: 'MERGED', labels: ['bug', 'SPAM'] }), 'spam');
    assert.equal(outcomeOf({ ...issue, state: 'OPEN', stateReason: null, labels: ['invalid'] }), 'spam');
    assert.equal(outcomeOf({ ...pr, state: 'CLOSED', labels: ['hacktoberfest-Invalid'] }), 'spam');
  });
  it('PRs: merged, closed unmerged, open; issues: completed, not planned (duplicate too), open', () => {
    assert.equal(outcomeOf({ ...pr, state: 'MERGED' }), 'merged');
    assert.equal(outcomeOf({ ...pr, state: 'CLOSED' }), 'closed unmerged');
    assert.equal(outcomeOf({ ...pr, state: 'OPEN' }), 'open');
    assert.equal(outcomeOf({ ...issue, state: 'CLOSED', stateReason: 'COMPLETED' }), 'completed');
    assert.equal(outcomeOf({ ...issue, state: 'CLOSED', stateReason: null }), 'completed');
    assert.equal(outcomeOf({ ...issue, state: 'CLOSED', stateReason: 'NOT_PLANNED' }), 'not planned');
    assert.equal(outcomeOf({ ...issue, state: 'CLOSED', stateReason: 'DUPLICATE' }), 'not planned');
    assert.equal(outcomeOf({ ...issue, state: 'OPEN', stateReason: 'REOPENED' }), 'open');
  });
});

describe('backtest-since', () => {
  const read = (value: string) => (name: string) => (name === 'backtest-since' ? value : undefined);
  it('is a day (UTC midnight), or null when empty', () => {
    assert.equal(getSettings(read('2024-02-29'))['backtest-since']?.toISOString(), '2024-02-29T00:00:00.000Z');
    assert.equal(getSettings(read(''))['backtest-since'], null);
    assert.equal(getSettings(() => undefined)['backtest-since'], null);
    const today = new Date().toISOString().slice(0, 10);
    assert.equal(getSettings(read(today))['backtest-since']?.toISOString().slice(0, 10), today);
  });
  for (const bad of ['2023-02-29', '2024-13-01', '24-01-01', '2024/01/01', '2024-01-01T00:00:00Z', '3000-01-01']) {
    it(`refuses "${bad}" naming the input and the rule`, () => {
      assert.throws(
        () => getSettings(read(bad)),
        (e: unknown) =>
          e instanceof InputError &&
          e.input === 'backtest-since' &&
          e.message.includes(`"${bad}"`) &&
          /YYYY-MM-DD, a real day no later than today/.test(e.message),
      );
    });
  }
});

describe('findThresholdEdges', () => {
  const settings = getSettings(() => undefined);
  // Three items judged only on not-planned-issues, with 2, 5 and 9 such issues: an evidence signal, so
  // yellow at or above the first number, red at or above the second.
  const counts = [2, 5, 9];
  const rescore = (s: Settings): Verdict[] =>
    counts.map((n) => (n >= s['not-planned-issues'].red ? 'red' : n >= s['not-planned-issues'].yellow ? 'yellow' : 'green'));
  const edges = findThresholdEdges(settings, rescore, []).filter((e) => e.input === 'not-planned-issues');

  it('finds the nearest value on each side of each edge at which a verdict changes, band kept in order', () => {
    const shown = edges.map((e) => `${e.edge} ${e.band.yellow},${e.band.red}: ${e.moves.map((m) => `${m.index} ${m.from}→${m.to}`).join(' ')}`);
    assert.deepEqual(shown, [
      // yellow 4 → 2: the item with 2 becomes yellow; yellow 4 → 6 (up to red): the item with 5 green.
      'yellow 2,6: 0 green→yellow',
      'yellow 6,6: 1 yellow→green',
      // red 6 → 5: the item with 5 red; red 6 → 10: the item with 9 only yellow.
      'red 4,5: 1 yellow→red',
      'red 4,10: 2 red→yellow',
    ]);
    assert.ok(edges.every((e) => e.current.yellow === 4 && e.current.red === 6));
  });

  it('leaves out ignored and left-out signals', () => {
    assert.equal(findThresholdEdges(settings, rescore, ['not-planned-issues']).filter((e) => e.input === 'not-planned-issues').length, 0);
    const ignoring = { ...settings, 'ignore-signals': ['not-planned-issues' as const] };
    assert.equal(findThresholdEdges(ignoring, rescore, []).filter((e) => e.input === 'not-planned-issues').length, 0);
  });
});
