import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Level, Signal, SignalId } from '../../src/types.js';
import { decideVerdict } from '../../src/verdict/decide-verdict.js';

const ids: SignalId[] = [
  'account-age',
  'profile-fields',
  'closed-unmerged-ratio',
  'not-planned-issues',
  'repeated-titles',
  'repeated-comments',
  'external-prs-per-week',
  'sensitive-files',
];
const signals = (levels: Partial<Record<SignalId, Level>>, prsPerWeek = 0): Signal[] =>
  ids.map((id) => ({ id, level: levels[id] ?? 'green', value: id === 'external-prs-per-week' ? prsPerWeek : 0, detail: '', url: '' }));
const band = { yellow: 10, red: 25 };
const decide = (s: Signal[], ignore: SignalId[] = [], opened: { opened: number; merged: number } | null = { opened: 0, merged: 0 }) =>
  decideVerdict({ signals: s, ignore, externalPrsBand: band, opened });

describe('decideVerdict v2', () => {
  it('is green when every signal is green', () => {
    assert.deepEqual(decide(signals({})), { verdict: 'green', partial: false, reason: 'no signal needs a look' });
  });
  it('is red on one red evidence signal', () => {
    for (const id of ['closed-unmerged-ratio', 'not-planned-issues', 'repeated-titles', 'repeated-comments'] as const) {
      assert.equal(decide(signals({ [id]: 'red' })).verdict, 'red', id);
    }
  });
  it('is green on one context signal alone, red or yellow: a new account with a filled profile, a busy veteran', () => {
    assert.equal(decide(signals({ 'account-age': 'red' })).verdict, 'green');
    assert.equal(decide(signals({ 'external-prs-per-week': 'yellow' }, 12)).verdict, 'green');
    assert.equal(decide(signals({ 'profile-fields': 'red' })).verdict, 'green');
  });
  it('is yellow on two context signals: a new and empty account', () => {
    assert.equal(decide(signals({ 'account-age': 'red', 'profile-fields': 'red' })).verdict, 'yellow');
    assert.equal(decide(signals({ 'account-age': 'yellow', 'external-prs-per-week': 'yellow' }, 10)).verdict, 'yellow');
  });
  it('is red on a spray: a new account and the red PR rate, under a quarter of those PRs merged', () => {
    const spray = signals({ 'account-age': 'red', 'external-prs-per-week': 'red' }, 25);
    assert.equal(decide(spray, [], { opened: 40, merged: 9 }).verdict, 'red');
    assert.equal(decide(spray, [], { opened: 40, merged: 10 }).verdict, 'yellow', 'a quarter merged is taken work');
    assert.equal(decide(spray, [], null).verdict, 'yellow', 'unread history is not a spray');
    assert.equal(decide(spray, ['account-age'], { opened: 40, merged: 0 }).verdict, 'green', 'a rule that names an ignored signal does not apply');
  });
  it('is red on a flood: four times the red rate at any age, under a quarter merged', () => {
    const flood = (n: number) => signals({ 'external-prs-per-week': 'red' }, n);
    assert.equal(decide(flood(100), [], { opened: 120, merged: 29 }).verdict, 'red');
    assert.equal(decide(flood(99), [], { opened: 120, merged: 0 }).verdict, 'green', 'just under four times is context alone');
    assert.equal(decide(flood(100), [], { opened: 120, merged: 30 }).verdict, 'green', 'a prolific veteran whose PRs are taken');
    assert.equal(decide(flood(100), ['external-prs-per-week'], { opened: 120, merged: 0 }).verdict, 'green');
  });
  it('is yellow on a yellow evidence signal or sensitive files', () => {
    assert.equal(decide(signals({ 'repeated-titles': 'yellow' })).verdict, 'yellow');
    assert.equal(decide(signals({ 'sensitive-files': 'yellow' })).verdict, 'yellow');
  });
  it('makes an unknown signal yellow and partial', () => {
    assert.equal(decide(signals({ 'not-planned-issues': 'unknown' })).verdict, 'yellow');
    assert.equal(decide(signals({ 'not-planned-issues': 'unknown' })).partial, true);
    assert.equal(decide(signals({ 'sensitive-files': 'unknown' })).verdict, 'yellow');
  });
  it('leaves ignored signals out entirely', () => {
    assert.equal(decide(signals({ 'repeated-titles': 'red', 'sensitive-files': 'yellow' }), ['repeated-titles', 'sensitive-files']).verdict, 'green');
    assert.equal(decide(signals({ 'not-planned-issues': 'unknown' }), ['not-planned-issues']).partial, false);
  });
  it('keeps red when another signal is unknown, with partial', () => {
    const d = decide(signals({ 'repeated-titles': 'red', 'account-age': 'unknown' }));
    assert.equal(d.verdict, 'red');
    assert.equal(d.partial, true);
  });
});
