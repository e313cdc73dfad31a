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
  'external-prs-per-week',
  'workflow-files',
];
const signals = (levels: Partial<Record<SignalId, Level>>): Signal[] => ids.map((id) => ({ id, level: levels[id] ?? 'green', value: 0, detail: '' }));

describe('decideVerdict', () => {
  it('is green when every signal is green', () => {
    assert.deepEqual(decideVerdict(signals({}), []), { verdict: 'green', partial: false, reason: 'no signal needs a look' });
  });
  it('is red on one red evidence signal', () => {
    for (const id of ['closed-unmerged-ratio', 'not-planned-issues', 'repeated-titles'] as const) {
      assert.equal(decideVerdict(signals({ [id]: 'red' }), []).verdict, 'red', id);
    }
  });
  it('is only yellow on red context signals, unless all three are red', () => {
    assert.equal(decideVerdict(signals({ 'account-age': 'red', 'profile-fields': 'red' }), []).verdict, 'yellow');
    assert.equal(decideVerdict(signals({ 'account-age': 'red', 'profile-fields': 'red', 'external-prs-per-week': 'red' }), []).verdict, 'red');
  });
  it('does not make red from context when one of the three is ignored', () => {
    const all = signals({ 'account-age': 'red', 'profile-fields': 'red', 'external-prs-per-week': 'red' });
    assert.equal(decideVerdict(all, ['account-age']).verdict, 'yellow');
  });
  it('makes an unknown signal yellow and partial', () => {
    assert.deepEqual(decideVerdict(signals({ 'not-planned-issues': 'unknown' }), []).verdict, 'yellow');
    assert.equal(decideVerdict(signals({ 'not-planned-issues': 'unknown' }), []).partial, true);
  });
  it('leaves ignored signals out entirely', () => {
    assert.equal(decideVerdict(signals({ 'repeated-titles': 'red', 'workflow-files': 'yellow' }), ['repeated-titles', 'workflow-files']).verdict, 'green');
    assert.equal(decideVerdict(signals({ 'not-planned-issues': 'unknown' }), ['not-planned-issues']).partial, false);
  });
  it('keeps red when another signal is unknown, with partial', () => {
    assert.deepEqual(decideVerdict(signals({ 'repeated-titles': 'red', 'account-age': 'unknown' }), []).verdict, 'red');
  });
});
