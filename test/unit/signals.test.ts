import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PublicEvent } from '../../src/fetch/get-public-events.js';
import type { AuthorData, HistoryItem } from '../../src/fetch/profile-part.js';
import { getSettings } from '../../src/settings/get-settings.js';
import { computeSignals, type SignalInput } from '../../src/signals/compute-signals.js';
import { evidenceLinks } from '../../src/signals/evidence-links.js';
import { goodRecord } from '../../src/signals/good-record.js';
import { closedUnmergedRatio, externalPrsPerWeek, notPlannedIssues, repeatedTitles } from '../../src/signals/history-signals.js';
import { accountAge, profileFields } from '../../src/signals/profile-signals.js';
import { repeatedComments } from '../../src/signals/repeated-comments.js';
import { sensitiveFiles, sensitiveMatcher } from '../../src/signals/sensitive-files.js';

const settings = getSettings(() => undefined);
const now = new Date('2026-11-23T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();
const noFields = { name: false, company: false, blog: false, location: false, email: false, bio: false, social: false };
const links = evidenceLinks('https://github.com', 'sam', new Date(daysAgo(90)), new Date(daysAgo(30)));
const noRecord = { good: false, merged: 0, closed: 0 };
const good = { good: true, merged: 6, closed: 8 };

function author(over: Partial<AuthorData> = {}): AuthorData {
  return {
    login: 'sam',
    user: { id: 1, name: null, createdAt: daysAgo(2000), fields: { ...noFields, name: true, bio: true, blog: true }, unread: [] },
    calendar: [],
    items: [],
    itemsTotal: 0,
    cursors: { pr: null, issue: null },
    closedUnmerged: 0,
    closedMerged: 0,
    notPlanned: 0,
    earlierHere: 0,
    here: null,
    failures: [],
    ...over,
  };
}
let number = 1;
const pr = (title: string, createdAt: string, owner = 'acme', over: Partial<HistoryItem> = {}): HistoryItem => ({
  kind: 'pr',
  repo: { owner, name: 'tool' },
  number: number++,
  title,
  createdAt,
  closedAt: null,
  merged: false,
  stateReason: null,
  external: owner !== 'sam',
  ...over,
});
const history = (items: HistoryItem[] | null) => ({ items, truncated: '' });

describe('account-age (yellow under 1095 days, red under 90)', () => {
  const level = (days: number) =>
    accountAge(author({ user: { id: 1, name: null, createdAt: daysAgo(days), fields: noFields, unread: [] } }), settings, now, links, '').level;
  it('is red just under the red edge and yellow exactly at it', () => {
    assert.equal(level(89), 'red');
    assert.equal(level(90), 'yellow');
  });
  it('is yellow just under the yellow edge and green exactly at it', () => {
    assert.equal(level(1094), 'yellow');
    assert.equal(level(1095), 'green');
  });
});

describe('profile-fields (yellow under 3, red under 1; judged only under 1095 days of age)', () => {
  const withCount = (n: number, ageDays = 10) => {
    const keys = Object.keys(noFields).slice(0, n);
    const fields = { ...noFields, ...Object.fromEntries(keys.map((k) => [k, true])) };
    return profileFields(author({ user: { id: 1, name: null, createdAt: daysAgo(ageDays), fields, unread: [] } }), settings, now, links, '');
  };
  it('bands at the edges on a young account', () => {
    assert.equal(withCount(0).level, 'red');
    assert.equal(withCount(1).level, 'yellow');
    assert.equal(withCount(2).level, 'yellow');
    assert.equal(withCount(3).level, 'green');
    assert.equal(withCount(7).value, 7);
  });
  it('is not judged from the day the account reaches the yellow age band', () => {
    assert.equal(withCount(0, 1094).level, 'red');
    const old = withCount(0, 1095);
    assert.equal(old.level, 'green');
    assert.match(old.detail, /not judged: account older than 1095 days/);
    assert.equal(old.value, 0, 'the count is still shown');
  });
});

describe('closed-unmerged-ratio (yellow above 0.2, red above 0.5, judged with at least 3 closed without merge)', () => {
  const ratio = (unmerged: number, merged: number) => closedUnmergedRatio(unmerged, merged, settings, links, '');
  it('needs at least 3 closed without merge', () => {
    assert.equal(ratio(2, 0).level, 'green');
    assert.match(ratio(2, 0).detail, /fewer than 3, not judged/);
    assert.equal(ratio(1, 2).level, 'green', 'a trusted maintainer with one unmerged PR of three');
    assert.equal(ratio(3, 0).level, 'red');
  });
  it('is green exactly at the yellow edge and yellow just above it', () => {
    assert.equal(ratio(3, 12).value, 0.2);
    assert.equal(ratio(3, 12).level, 'green');
    assert.equal(ratio(3, 7).level, 'yellow');
  });
  it('is yellow exactly at the red edge and red above it', () => {
    assert.equal(ratio(3, 3).level, 'yellow');
    assert.equal(ratio(3, 2).level, 'red');
  });
  it('is judged on the exact share: 201 of 400 is red though it shows as 0.5', () => {
    assert.equal(ratio(201, 199).level, 'red');
    assert.equal(ratio(201, 199).value, 0.5);
  });
  it('is unknown when a count could not be read, and links the search it counted', () => {
    assert.equal(closedUnmergedRatio(0, null, settings, links, 'HTTP 403').level, 'unknown');
    assert.match(
      ratio(3, 3).url,
      /^https:\/\/github\.com\/search\?q=author%3Asam%20-user%3Asam%20is%3Apr%20is%3Aclosed%20is%3Aunmerged%20closed%3A%3E%3D2026-08-25T12%3A00%3A00Z&type=pullrequests$/,
    );
  });
});

describe('not-planned-issues (yellow at 4, red at 6)', () => {
  it('bands at the edges', () => {
    assert.deepEqual(
      [3, 4, 5, 6].map((n) => notPlannedIssues(n, settings, links, '').level),
      ['green', 'yellow', 'yellow', 'red'],
    );
  });
});

describe('repeated-titles (distinct owners; yellow at 4, red at 6; yellow-number of owners within 48 hours is red)', () => {
  // One title to n owners, a week apart each (no burst).
  const spread = (n: number, title = 'Fix typo') =>
    Array.from({ length: n }, (_, i) => pr(i % 2 ? `${title} ` : `[docs] ${title.toUpperCase()}!`, daysAgo(3 + i * 7), `owner${i}`));
  const level = (items: HistoryItem[], record = noRecord) => repeatedTitles(history(items), settings, record, links, '');
  it('bands by distinct owners at the edges', () => {
    assert.deepEqual(
      [3, 4, 5, 6].map((n) => level(spread(n)).level),
      ['green', 'yellow', 'yellow', 'red'],
    );
    assert.equal(level(spread(6)).value, 6);
  });
  it('counts owners, not PRs: ten PRs to one owner are one', () => {
    const items = Array.from({ length: 10 }, (_, i) => pr('Fix typo', daysAgo(i * 5), 'acme'));
    assert.equal(level(items).value, 1);
  });
  it('leaves merged PRs and the author’s own repos out', () => {
    const items = [...spread(6).map((i) => ({ ...i, merged: true })), ...Array.from({ length: 6 }, (_, i) => pr('Fix typo', daysAgo(i * 7), 'sam'))];
    assert.equal(level(items).value, 0);
  });
  it('counts "Add tea.yaml to <repo>" as one title through the masked form', () => {
    const items = ['chart', 'shoes', 'lint', 'widgets'].map((name, i) =>
      pr(`Add tea.yaml to ${name}`, daysAgo(10 + i * 7), `o${i}`, { repo: { owner: `o${i}`, name } }),
    );
    assert.equal(level(items).value, 4);
    assert.equal(level(items).level, 'yellow');
  });
  it('is red when the yellow number of owners got the title within 48 hours, and not one hour more', () => {
    const burst = (spanHours: number) => Array.from({ length: 4 }, (_, i) => pr('Add tea.yaml', hoursAgo(10 + (spanHours * i) / 3), `o${i}`));
    assert.equal(level(burst(48)).level, 'red');
    assert.equal(level(burst(49)).level, 'yellow');
    assert.equal(level(burst(48).slice(0, 3)).level, 'green', 'three owners in a day is below the yellow number');
  });
  it('shows red as yellow for a good record, and only then', () => {
    assert.equal(level(spread(6), good).level, 'yellow');
    assert.match(level(spread(6), good).detail, /good record/);
    assert.equal(level(spread(5), good).level, 'yellow');
    assert.equal(level(spread(6), noRecord).level, 'red');
  });
  it('keeps the title out of the detail, in the quote for the summary', () => {
    const s = level(spread(6, 'Visit my-casino.example'));
    assert.ok(!/casino/i.test(s.detail));
    assert.match(s.quote ?? '', /casino/i);
    assert.ok(!/casino/i.test(s.url));
  });
  it('is unknown when the history could not be read', () => {
    assert.equal(repeatedTitles(history(null), settings, noRecord, links, 'HTTP 502').level, 'unknown');
  });
});

describe('repeated-comments (distinct owners; yellow at 5, red at 10; comments under 10 characters not counted)', () => {
  const comment = (body: string, repo: string, days: number, type = 'IssueCommentEvent'): PublicEvent => ({
    id: `${repo}-${days}-${body.length}`,
    type,
    repo,
    createdAt: daysAgo(days),
    action: 'created',
    body,
  });
  const spam = (n: number, body = 'Check out https://spam.example for free crypto!') =>
    Array.from({ length: n }, (_, i) => comment(body, `owner${i}/repo`, 1 + i));
  const signal = (events: PublicEvent[], record = noRecord) =>
    repeatedComments({ value: events, failure: null }, 'sam', { since: new Date(daysAgo(30)), days: 30 }, settings, record, links);
  it('bands at the edges', () => {
    assert.deepEqual(
      [4, 5, 9, 10].map((n) => signal(spam(n)).level),
      ['green', 'yellow', 'yellow', 'red'],
    );
  });
  it('counts review comments too, and not comments on the author’s own repos or older than the window', () => {
    const events = [...spam(9), comment('Check out https://spam.example for free crypto!', 'x/y', 2, 'PullRequestReviewCommentEvent')];
    assert.equal(signal(events).value, 10);
    assert.equal(signal([...spam(9), comment('Check out https://spam.example for free crypto!', 'sam/dotfiles', 1)]).value, 9);
    assert.equal(signal([...spam(9), comment('Check out https://spam.example for free crypto!', 'late/repo', 31)]).value, 9);
  });
  it('does not count short comments: "+1" and "thanks!" everywhere is fine', () => {
    assert.equal(signal([...spam(12, '+1'), ...spam(12, 'Thanks!!!')]).value, 0);
  });
  it('shows red as yellow for a good record; unknown when events could not be read', () => {
    assert.equal(signal(spam(10), good).level, 'yellow');
    const s = repeatedComments({ value: null, failure: 'HTTP 500' }, 'sam', { since: new Date(daysAgo(30)), days: 30 }, settings, noRecord, links);
    assert.equal(s.level, 'unknown');
  });
});

describe('good record', () => {
  it('needs at least 3 merged and a quarter of those closed merged', () => {
    assert.equal(goodRecord(author({ closedMerged: 3, closedUnmerged: 9 })).good, true);
    assert.equal(goodRecord(author({ closedMerged: 3, closedUnmerged: 10 })).good, false);
    assert.equal(goodRecord(author({ closedMerged: 2, closedUnmerged: 0 })).good, false);
    assert.equal(goodRecord(author({ closedMerged: 0, closedUnmerged: 0 })).good, false, 'no record is not a good record');
    assert.equal(goodRecord(author({ closedMerged: null })).good, false);
  });
});

describe('external-prs-per-week (yellow at 10, red at 25)', () => {
  const burst = (n: number, spanDays: number) => Array.from({ length: n }, (_, i) => pr(`pr ${i}`, daysAgo(30 + (spanDays * i) / Math.max(1, n - 1))));
  const signal = (items: HistoryItem[]) => externalPrsPerWeek(history(items), settings, links, '');
  it('counts the busiest 7 days, external PRs only', () => {
    assert.equal(signal(burst(9, 6)).level, 'green');
    assert.equal(signal(burst(10, 6)).level, 'yellow');
    assert.equal(signal(burst(24, 6)).level, 'yellow');
    assert.equal(signal(burst(25, 6)).level, 'red');
    assert.equal(signal(burst(30, 6).map((i) => ({ ...i, external: false }))).value, 0);
  });
  it('does not count PRs 7 days or more apart in one week', () => {
    assert.equal(signal([pr('a', daysAgo(20)), pr('b', daysAgo(13))]).value, 1);
  });
});

describe('sensitive-files', () => {
  const defaults = settings['sensitive-paths'];
  const files = (paths: string[], total: number | null = paths.length) => ({ list: paths.map((path) => ({ path, previous: null })), failure: null, total });
  it('matches the default globs: CI, automation and coding-agent files, at the root and below', () => {
    const match = sensitiveMatcher(defaults);
    for (const p of [
      '.github/workflows/ci.yml',
      'action.yml',
      'actions/setup/action.yaml',
      'CODEOWNERS',
      '.github/CODEOWNERS',
      '.claude/settings.json',
      'AGENTS.md',
      'pkg/AGENTS.md',
      'CLAUDE.md',
      '.github/copilot-instructions.md',
      '.mcp.json',
      '.devcontainer/devcontainer.json',
      '.vscode/tasks.json',
    ]) {
      assert.ok(match(p), p);
    }
    for (const p of ['docs/action.yml.md', 'src/github/workflows.ts', 'agents.md', 'src/.mcp.json', 'README.md']) assert.ok(!match(p), p);
  });
  it('is yellow on a change, a rename away from a sensitive path counts', () => {
    assert.equal(sensitiveFiles(files(['README.md', '.github/workflows/x.yml']), defaults, '').level, 'yellow');
    const renamed = { list: [{ path: 'old-ci.yml', previous: '.github/workflows/ci.yml' }], failure: null, total: 1 };
    assert.equal(sensitiveFiles(renamed, defaults, '').level, 'yellow');
    assert.equal(sensitiveFiles(files(['README.md']), defaults, '').level, 'green');
  });
  it("keeps the paths (the PR author's text) out of the detail, in the quote for the summary", () => {
    const s = sensitiveFiles(files(['.github/workflows/$(curl evil).yml']), defaults, '');
    assert.equal(s.detail, 'changes 1 sensitive file');
    assert.match(s.quote ?? '', /curl evil/);
  });
  it('is unknown, not green, when GitHub cut the list short and nothing listed matches', () => {
    assert.equal(sensitiveFiles(files(['README.md'], 3500), defaults, '').level, 'unknown');
    assert.equal(
      sensitiveFiles(
        files(
          Array.from({ length: 3000 }, (_, i) => `src/f${i}.ts`),
          null,
        ),
        defaults,
        '',
      ).level,
      'unknown',
    );
    assert.equal(sensitiveFiles(files(['.github/workflows/x.yml'], 3500), defaults, '').level, 'yellow', 'a match is a match');
    assert.equal(sensitiveFiles({ list: null, failure: 'HTTP 404', total: 3 }, defaults, '').level, 'unknown');
  });
  it('takes the workflow’s own list, and none when it is empty', () => {
    const custom = getSettings((n) => (n === 'sensitive-paths' ? 'db/migrations/**\n*.sql' : undefined))['sensitive-paths'];
    assert.equal(sensitiveFiles(files(['db/migrations/001.sql']), custom, '').level, 'yellow');
    assert.equal(sensitiveFiles(files(['.github/workflows/x.yml']), custom, '').level, 'green');
    const none = getSettings((n) => (n === 'sensitive-paths' ? '' : undefined))['sensitive-paths'];
    assert.equal(sensitiveFiles(files(['.github/workflows/x.yml']), none, '').level, 'green');
  });
});

describe('computeSignals', () => {
  const input = (over: Partial<SignalInput> = {}): SignalInput => ({
    author: author(),
    events: { value: [], failure: null },
    settings,
    now,
    serverUrl: 'https://github.com',
    ...over,
  });
  it('gives every contract signal in order, sensitive-files only for PRs, each with its evidence link', () => {
    const signals = computeSignals(input());
    assert.deepEqual(
      signals.map((s) => s.id),
      ['account-age', 'profile-fields', 'closed-unmerged-ratio', 'not-planned-issues', 'repeated-titles', 'repeated-comments', 'external-prs-per-week'],
    );
    for (const s of signals) assert.match(s.url, /^https:\/\/github\.com\//, s.id);
    const withFiles = computeSignals(
      input({ files: { list: [], failure: null, total: 0 }, subject: { repo: { owner: 'o', name: 'r' }, number: 7, kind: 'pr' } }),
    );
    assert.equal(withFiles.at(-1)?.id, 'sensitive-files');
    assert.equal(withFiles.at(-1)?.url, 'https://github.com/o/r/pull/7/files');
  });
  it('leaves repeated-comments out where there can be no events', () => {
    const { events: _unused, ...rest } = input();
    assert.ok(!computeSignals(rest).some((s) => s.id === 'repeated-comments'));
  });
  it('leaves the triaged item out of the history it is part of', () => {
    const items = Array.from({ length: 6 }, (_, i) => pr('Add tea.yaml', daysAgo(i * 7), `o${i}`));
    const subject = { repo: items[0]?.repo ?? { owner: '', name: '' }, number: items[0]?.number ?? 0, kind: 'pr' as const };
    const [, , , , titles] = computeSignals(input({ author: author({ items }), subject }));
    assert.equal(titles?.value, 5);
  });
  it('turns an unreadable profile into unknown signals that say why', () => {
    const signals = computeSignals(input({ author: author({ user: null, failures: [{ field: 'User', read: 'the profile', reason: 'HTTP 404' }] }) }));
    assert.equal(signals[0]?.level, 'unknown');
    assert.match(signals[0]?.detail ?? '', /HTTP 404/);
    assert.equal(signals[2]?.level, 'green');
  });
});
