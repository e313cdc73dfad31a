import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fitComment, maxCommentLength } from '../../src/writers/fit-comment.js';
import { markers, withMarker } from '../../src/writers/markers.js';

const note = '\n\n… (cut here: GitHub takes at most 65,536 characters in a comment)';

describe('fitComment', () => {
  it('leaves a comment that fits as it is', () => {
    const body = 'a'.repeat(maxCommentLength);
    assert.equal(fitComment(body), body);
  });

  it('cuts a report of many lines at a line, never inside a table row, and keeps the marker', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `| signal-${i} | 🟡 | some detail about it |`);
    const body = withMarker('report', ['| signal | level | detail |', '| --- | --- | --- |', ...rows].join('\n'));
    assert.ok(body.length <= maxCommentLength);
    assert.ok(body.startsWith(`${markers.report}\n| signal | level | detail |`));
    assert.ok(body.endsWith(note));
    assert.match(body.slice(0, -note.length), /\| some detail about it \|$/);
  });

  it('cuts one long line at a space, and never between the halves of a character', () => {
    const words = fitComment(`${markers.welcome}\n${'word &lt; '.repeat(8000)}`);
    assert.ok(words.length <= maxCommentLength);
    assert.ok(/ (word|&lt;)$/.test(words.slice(0, -note.length)), 'cut between two words, no escape split');
    const emoji = fitComment('🌱'.repeat(40_000));
    assert.ok(emoji.length <= maxCommentLength);
    assert.ok(emoji.slice(0, -note.length).endsWith('🌱'), 'no lone surrogate before the note');
  });
});
