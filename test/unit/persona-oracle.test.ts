// The personas against the independent oracle (test/personas/stats.ts, the contract's v2 rules computed from
// the data): every persona's expected verdict is what the contract makes of its dataset, each documented case
// has the shape its thread describes, and the oracle's own rules hold at their band edges. Runs without src/.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FakeUser } from '../fake-github/dataset.js';
import { addCommentEvent, addIssue, addPr } from '../personas/history.js';
import {
  authorStats,
  buildPersona,
  defaultLevels,
  maskRepo,
  normaliseText,
  personaIds,
  readPersona,
  sensitiveFilesLevel,
  verdictOf,
} from '../personas/index.js';
import { World } from '../personas/world.js';

const NOW = new Date('2031-03-14T12:00:00Z');
const DAY = 86_400_000;

describe('every persona: expected verdict = the oracle on its dataset', () => {
  for (const id of personaIds) {
    test(id, () => {
      const p = buildPersona(id, NOW);
      assert.ok(p.title.length > 0);
      const reading = readPersona(p, NOW);
      const why = JSON.stringify({ levels: reading.levels, sensitive: reading.sensitive });
      if (p.expected.verdict === 'skipped') return; // the skip rules come before any signal
      // Readable, the suspended account's data is green: its yellow is the contract's `unknown` rule.
      if (id === 'suspended') assert.equal(reading.verdict, 'green', why);
      else assert.equal(reading.verdict, p.expected.verdict, why);
    });
  }

  test('no genuine contributor of a documented case is red', () => {
    for (const id of ['org-notice', 'ecosystem-pr', 'sparse-veteran', 'one-closed', 'young-filled'] as const) {
      assert.notEqual(readPersona(buildPersona(id, NOW), NOW).verdict, 'red', id);
    }
  });

  test('every recorded event is within the 30 days the events API keeps', () => {
    for (const id of personaIds) {
      for (const e of buildPersona(id, NOW).dataset.events) {
        assert.ok(NOW.getTime() - Date.parse(e.created_at) < 30 * DAY, `${id}: ${e.type} at ${e.created_at}`);
      }
    }
  });
});

describe('the documented cases have the shape of their threads', () => {
  const read = (id: Parameters<typeof buildPersona>[0]) => {
    const p = buildPersona(id, NOW);
    return { p, ...readPersona(p, NOW), mine: p.dataset.items.filter((i) => i.author === p.login && i.repo !== 'octo-org/widgets') };
  };

  test('org-notice: one title on 8 repos of 5 owners within a day, a good record, shown yellow', () => {
    const { p, stats, levels, mine } = read('org-notice');
    const notices = mine.filter((i) => i.kind === 'issue' && i.title === 'Deprecate usage of pre-commit-update.yml');
    assert.equal(notices.length, 8);
    assert.equal(new Set(notices.map((i) => i.repo.split('/')[0])).size, 5);
    const times = notices.map((i) => Date.parse(i.created_at));
    assert.ok(Math.max(...times) - Math.min(...times) < DAY);
    assert.equal(stats.repeatedTitlesIn48h, 5, 'red by the 48-hour rule');
    assert.equal(stats.goodRecord, true);
    assert.ok(stats.externalPrsMerged >= 3);
    assert.equal(levels['repeated-titles'], 'yellow', 'the good record shows the red as yellow');
    assert.equal(p.event.name, 'issues');
  });

  test('ecosystem-pr: "Drop support for Python 3.8" to 6 owners, all merged, left out of repeated-titles', () => {
    const { stats, mine } = read('ecosystem-pr');
    const drops = mine.filter((i) => i.title === 'Drop support for Python 3.8' && !i.repo.startsWith('kaarina-core/'));
    assert.equal(new Set(drops.map((i) => i.repo.split('/')[0])).size, 6);
    assert.ok(drops.every((i) => i.merged_at));
    assert.equal(stats.repeatedTitles, 0);
    assert.ok(stats.accountAgeDays >= 14 * 365);
  });

  test('sparse-veteran: 14 years, one profile field, not judged; short comments on 7 owners do not count', () => {
    const { stats, levels } = read('sparse-veteran');
    assert.ok(stats.accountAgeDays >= 14 * 365);
    assert.ok(stats.profileFields <= 1);
    assert.equal(levels['profile-fields'], 'green');
    assert.equal(stats.repeatedComments, 1, 'every comment under 10 characters is left out');
  });

  test('one-closed: 3 external PRs closed, 2 merged, 1 unmerged: not judged', () => {
    const { stats, levels } = read('one-closed');
    assert.deepEqual([stats.externalPrsClosed, stats.externalPrsClosedUnmerged, stats.closedUnmergedRatio], [3, 1, null]);
    assert.equal(levels['closed-unmerged-ratio'], 'green');
  });

  test('young-filled: 11 days, at least 3 profile fields, only account-age non-green', () => {
    const { stats, levels } = read('young-filled');
    assert.equal(stats.accountAgeDays, 11);
    assert.ok(stats.profileFields >= 3);
    assert.deepEqual(
      Object.entries(levels).filter(([, l]) => l !== 'green'),
      [['account-age', 'red']],
    );
  });

  test('tea-spray: a young account, "Add tea.yaml to <repo>" to 8 owners in 48 hours, none closed', () => {
    const { stats, levels, mine } = read('tea-spray');
    assert.ok(stats.accountAgeDays < 90);
    assert.equal(mine.length, 8);
    assert.ok(mine.every((i) => i.kind === 'pr' && i.state === 'open'));
    assert.equal(new Set(mine.map((i) => i.title)).size, 8, 'no two titles are the same as written');
    assert.equal(stats.repeatedTitlesIn48h, 8);
    assert.ok(stats.externalPrsPerWeek < 10, 'not a volume case');
    assert.equal(levels['repeated-titles'], 'red');
  });

  test('tag-spam: titles differing by a tag and the repo name, 7 owners, no 48-hour burst', () => {
    const { stats, mine } = read('tag-spam');
    assert.ok(mine.some((i) => i.title.startsWith('[Docs]')) && mine.some((i) => i.title.startsWith('(docs)')));
    assert.equal(new Set(mine.map((i) => i.title.toLowerCase())).size, 7);
    assert.equal(stats.repeatedTitles, 7);
    assert.ok(stats.repeatedTitlesIn48h < 4);
    assert.ok(stats.externalPrsClosedUnmerged < 3);
  });

  test('comment-spam: one comment on 12 owners in GitHub event shape, without author_association', () => {
    const { p, stats } = read('comment-spam');
    const events = p.dataset.events.filter((e) => e.actor === p.login && (e.type === 'IssueCommentEvent' || e.type === 'PullRequestReviewCommentEvent'));
    assert.equal(events.length, 12);
    assert.ok(events.some((e) => e.type === 'PullRequestReviewCommentEvent'));
    for (const e of events) {
      const payload = e.payload as {
        action: string;
        comment: Record<string, unknown>;
        issue?: Record<string, unknown>;
        pull_request?: Record<string, unknown>;
      };
      assert.equal(payload.action, 'created');
      for (const k of ['id', 'body', 'html_url', 'created_at']) assert.ok(k in payload.comment, `comment.${k}`);
      assert.ok(!('author_association' in payload.comment));
      const thread = payload.issue ?? payload.pull_request;
      assert.ok(thread && 'number' in thread && 'html_url' in thread);
    }
    assert.equal(new Set(events.map((e) => e.repo.split('/')[0])).size, 12);
    assert.equal(stats.repeatedComments, 12);
  });
});

describe('the oracle at its band edges', () => {
  const setup = (ageDays = 2000, fields = 4) => {
    const w = new World(NOW, 7);
    const u: FakeUser = w.addUser({
      login: 'edge-case',
      type: 'User',
      created_at: w.clock.ago(ageDays),
      ...(fields >= 1 ? { name: 'Edge' } : {}),
      ...(fields >= 2 ? { location: 'Here' } : {}),
      ...(fields >= 3 ? { bio: 'Tests.' } : {}),
      ...(fields >= 4 ? { blog: 'https://edge.example' } : {}),
    });
    return { w, u, stats: () => authorStats(w.finish(), u.login, NOW) };
  };
  const owners = (n: number, offset = 0) => Array.from({ length: n }, (_, i) => `owner${i + offset}/repo${i + offset}`);

  test('normalised titles: NFKC, case, leading tags, punctuation, symbols, emoji, whitespace', () => {
    assert.equal(normaliseText('[Docs] (ci)  Add  tea.yaml!! 🚀'), 'add teayaml');
    assert.equal(normaliseText('ＡＤＤ tea.yaml'), 'add teayaml');
    assert.equal(normaliseText('📋 Documentation Enhancement Suggestion'), 'documentation enhancement suggestion');
    assert.equal(maskRepo(normaliseText('Add tea.yaml to chart'), 'maxhumber/chart'), maskRepo(normaliseText('Add tea.yaml to shoes'), 'cfal/shoes'));
    assert.notEqual(maskRepo('add chartist', 'maxhumber/chart'), maskRepo('add shoes', 'cfal/shoes'), 'whole words only');
  });

  test('repeated-titles: 3/4 owners yellow edge, 5/6 red edge, spread over more than 48 hours', () => {
    for (const [n, level] of [
      [3, 'green'],
      [4, 'yellow'],
      [5, 'yellow'],
      [6, 'red'],
    ] as const) {
      const { w, u, stats } = setup();
      owners(n).forEach((repo, i) => addPr(w, u, { repo, title: 'Improve the docs', createdDaysAgo: 80 - i * 5, outcome: 'open' }));
      assert.equal(defaultLevels(stats())['repeated-titles'], level, `${n} owners`);
    }
  });

  test('repeated-titles: 4 owners within 48 hours is red, 3 is not; merged PRs and own repos are left out', () => {
    const burst = (n: number) => {
      const { w, u, stats } = setup();
      owners(n).forEach((repo, i) => addPr(w, u, { repo, title: 'Improve the docs', createdDaysAgo: 10 - i * 0.3, outcome: 'open' }));
      return { w, u, stats };
    };
    assert.equal(defaultLevels(burst(3).stats())['repeated-titles'], 'green');
    assert.equal(defaultLevels(burst(4).stats())['repeated-titles'], 'red');
    const { w, u, stats } = burst(3);
    addPr(w, u, { repo: 'edge-case/own', title: 'Improve the docs', createdDaysAgo: 10, outcome: 'open' });
    addPr(w, u, { repo: 'merged-owner/repo', title: 'Improve the docs', createdDaysAgo: 10, outcome: 'merged' });
    assert.equal(stats().repeatedTitlesIn48h, 3);
  });

  test('repeated-comments: 5 and 10 owners are the edges; under 10 characters is not counted', () => {
    for (const [n, body, level] of [
      [4, 'Same comment everywhere', 'green'],
      [5, 'Same comment everywhere', 'yellow'],
      [9, 'Same comment everywhere', 'yellow'],
      [10, 'Same comment everywhere', 'red'],
      [12, 'Thanks!!!', 'green'],
    ] as const) {
      const { w, u, stats } = setup();
      owners(n).forEach((repo, i) => addCommentEvent(w, u, { repo, number: 1 + i, title: 't', body, at: w.clock.ago(5 + i) }));
      assert.equal(defaultLevels(stats())['repeated-comments'], level, `${n} × ${body}`);
    }
  });

  test('the good record: 3 merged and a quarter of the closed shows a red title as yellow; 2 merged does not', () => {
    for (const [merged, closedUnmerged, level] of [
      [3, 9, 'yellow'],
      [3, 10, 'red'],
      [2, 0, 'red'],
    ] as const) {
      const { w, u, stats } = setup();
      owners(6).forEach((repo, i) => addIssue(w, u, { repo, title: 'Deprecate the old workflow', createdDaysAgo: 70 - i * 5, outcome: 'open' }));
      owners(merged, 10).forEach((repo) => addPr(w, u, { repo, title: `Fix ${repo}`, createdDaysAgo: 40, outcome: 'merged' }));
      owners(closedUnmerged, 20).forEach((repo) => addPr(w, u, { repo, title: `Try ${repo}`, createdDaysAgo: 40, outcome: 'closed' }));
      assert.equal(defaultLevels(stats())['repeated-titles'], level, `${merged} merged, ${closedUnmerged} closed unmerged`);
    }
  });

  test('profile-fields is judged below 1095 days only; closed-unmerged-ratio from 3 unmerged', () => {
    assert.equal(defaultLevels(setup(1094, 0).stats())['profile-fields'], 'red');
    assert.equal(defaultLevels(setup(1095, 0).stats())['profile-fields'], 'green');
    for (const [unmerged, level] of [
      [2, 'green'],
      [3, 'red'],
    ] as const) {
      const { w, u, stats } = setup();
      owners(unmerged).forEach((repo) => addPr(w, u, { repo, title: `Try ${repo}`, createdDaysAgo: 30, outcome: 'closed' }));
      assert.equal(defaultLevels(stats())['closed-unmerged-ratio'], level, `${unmerged} unmerged of ${unmerged}`);
    }
  });

  test('the verdict: spray and flood need under 25 % merged; one context signal is green, two are yellow', () => {
    const spray = (ageDays: number, prs: number, merged: number) => {
      const { w, u, stats } = setup(ageDays, 4);
      owners(prs).forEach((repo, i) =>
        addPr(w, u, { repo, title: `Change ${i}`, createdDaysAgo: Math.min(6, ageDays - 1) - i * 0.05, outcome: i < merged ? 'merged' : 'open' }),
      );
      const s = stats();
      return verdictOf(defaultLevels(s), s);
    };
    assert.equal(spray(30, 25, 6), 'red', '6 of 25 merged: under a quarter');
    assert.equal(spray(30, 24, 0), 'yellow', '24 a week is not red');
    assert.equal(spray(30, 28, 7), 'yellow', '7 of 28 merged is a quarter');
    assert.equal(spray(3000, 99, 0), 'green', 'a veteran below the flood: one context signal');
    assert.equal(spray(3000, 100, 24), 'red', 'a flood at four times red');
    assert.equal(spray(3000, 100, 25), 'green', 'a flood that is merged');
    assert.equal(verdictOf(defaultLevels(setup(30, 4).stats()), setup(30, 4).stats()), 'green', 'young alone');
    assert.equal(verdictOf(defaultLevels(setup(30, 2).stats()), setup(30, 2).stats()), 'yellow', 'young and sparse');
  });

  test('sensitive-files: CI, automation and agent files; a PR of other files is green', () => {
    for (const f of [
      '.github/workflows/ci.yml',
      'CODEOWNERS',
      'docs/CODEOWNERS',
      'AGENTS.md',
      'pkg/CLAUDE.md',
      '.claude/settings.json',
      'action.yml',
      '.mcp.json',
    ]) {
      assert.equal(sensitiveFilesLevel([f]), 'yellow', f);
    }
    for (const f of ['src/index.ts', 'README.md', '.github/ISSUE_TEMPLATE/bug.md', 'agents.md']) assert.equal(sensitiveFilesLevel([f]), 'green', f);
  });
});
