import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseText, textForms } from '../../src/signals/normalise-text.js';
import { countRepeats } from '../../src/signals/repeated-text.js';

describe('normaliseText', () => {
  it('folds case and width, drops leading tags, punctuation, symbols and emoji, collapses space', () => {
    assert.equal(normaliseText('  [Docs] (typo)  Fix   README.md!! 🚀'), 'fix readme md');
    assert.equal(normaliseText('🚀 [feat]: Add ＴＥＡ.yaml'), 'add tea yaml');
    assert.equal(normaliseText('Straße'), 'strasse');
    assert.equal(normaliseText('Fix\u200btypo'), 'fix typo');
    assert.equal(normaliseText('Update README.md'), normaliseText('update readme.md'));
  });
  it('keeps tags that are not leading, and digits', () => {
    assert.equal(normaliseText('Fix [docs] 2 links'), 'fix docs 2 links');
  });
});

describe('textForms', () => {
  it('masks the target repo name and owner as whole words', () => {
    assert.equal(textForms('Add tea.yaml to chart', { owner: 'maxhumber', name: 'chart' }).masked, 'add tea yaml to §');
    assert.equal(textForms('Add tea.yaml to shoes', { owner: 'cfal', name: 'shoes' }).masked, 'add tea yaml to §');
    assert.equal(textForms('Add link to My-Repo by acme', { owner: 'acme', name: 'my-repo' }).masked, 'add link to § by §');
    assert.equal(textForms('Charting fixes', { owner: 'x', name: 'chart' }).masked, 'charting fixes', 'not inside a word');
  });
});

describe('countRepeats', () => {
  const at = (h: number) => Date.parse('2026-11-01T00:00:00Z') + h * 3_600_000;
  const sent = (text: string, owner: string, name: string, hour: number) => ({ text, repo: { owner, name }, at: at(hour), kind: 'pr' as const });
  it('counts distinct owners, not items, and leaves the author out', () => {
    const r = countRepeats(
      [sent('Fix typo', 'a', 'x', 0), sent('Fix typo', 'a', 'y', 1), sent('fix typo!', 'b', 'z', 2), sent('Fix typo', 'me', 'mine', 3)],
      'me',
      { minLength: 1, burstMs: 48 * 3_600_000 },
    );
    assert.equal(r.owners, 2);
    assert.equal(r.burst, 2);
  });
  it('takes the larger of the plain and the masked counts', () => {
    const r = countRepeats([sent('Add tea.yaml to chart', 'maxhumber', 'chart', 0), sent('Add tea.yaml to shoes', 'cfal', 'shoes', 100)], '', {
      minLength: 1,
      burstMs: 48 * 3_600_000,
    });
    assert.equal(r.owners, 2);
    assert.equal(r.burst, 1, '100 hours apart is not a 48-hour burst');
  });
  it('skips texts shorter than the minimum once normalised', () => {
    const r = countRepeats([sent('+1', 'a', 'x', 0), sent('+1 !!', 'b', 'y', 0), sent('👍', 'c', 'z', 0)], '', { minLength: 10, burstMs: 0 });
    assert.equal(r.owners, 0);
  });
});
