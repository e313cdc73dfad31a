import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { authorLink, escapeText } from '../../src/text/escape-text.js';

describe('escapeText', () => {
  it('leaves no mention, HTML, link, image, reference or table break', () => {
    const hostile =
      '@octo-org/maintainers <img src=x onerror=alert(1)> [click](https://evil.example) ![x](https://evil.example/x.png) | a | b | #12 www.evil.example <!-- newcomer-triage:report -->';
    const out = escapeText(hostile, 1000);
    assert.doesNotMatch(out, /@[A-Za-z]/);
    assert.doesNotMatch(out, /<[a-z!]/i);
    assert.doesNotMatch(out, /\]\(/);
    assert.doesNotMatch(out, /(^|[^\\])!\[/);
    assert.doesNotMatch(out, /(^|[^\\])\|/);
    assert.doesNotMatch(out, /https:\/\//);
    assert.doesNotMatch(out, /www\./);
    assert.doesNotMatch(out, /#\d/);
    assert.doesNotMatch(out, /<!--/);
  });
  it('cannot open or close a code fence and keeps to one line', () => {
    const out = escapeText('```js\nalert(1)\n```', 100);
    assert.doesNotMatch(out, /(^|[^\\])`/);
    assert.ok(!out.includes('\n'));
  });
  it('cuts long text', () => {
    assert.equal(escapeText('a'.repeat(2000), 50).length, 50);
  });
  it('leaves plain words alone', () => {
    assert.equal(escapeText('Fix off by one in pagination'), 'Fix off by one in pagination');
  });
});

describe('authorLink', () => {
  it('links a real login and escapes anything else', () => {
    assert.equal(authorLink('sam-okafor', 'https://github.com'), '[sam-okafor](https://github.com/sam-okafor)');
    assert.equal(authorLink('dependabot[bot]', 'https://github.com'), '[dependabot\\[bot\\]](https://github.com/dependabot)');
    assert.doesNotMatch(authorLink('](https://evil)', 'https://github.com'), /\]\(/);
  });
});
