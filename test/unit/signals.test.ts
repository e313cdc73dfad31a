import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AuthorData, HistoryItem } from '../../src/fetch/profile-part.js';
import { getSettings } from '../../src/settings/get-settings.js';
import { computeSignals } from '../../src/signals/compute-signals.js';
import { closedUnmergedRatio, externalPrsPerWeek, notPlannedIssues, repeatedTitles } from '../../src/signals/history-signals.js';
import { accountAge, profileFields } from '../../src/signals/profile-signals.js';
import { isWorkflowFile, workflowFiles } from '../../src/signals/workflow-files.js';

const settings = getSettings(() => undefined);
const now = new Date('2026-11-23T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
const noFields = { name: false, company: false, blog: false, location: false, email: false, bio: false, social: false };

function author(over: Partial<AuthorData> = {}): AuthorData {
  return {
    login: 'sam',
    user: { id: 1, name: null, createdAt: daysAgo(2000), fields: { ...noFields, name: true, bio: true, blog: true }, unread: [] },
    items: [],
    itemsTotal: 0,
    itemsCursor: null,
    closedUnmerged: 0,
    closedMerged: 0,
    notPlanned: 0,
    earlierHere: 0,
    here: null,
    failures: [],
    ...over,
  };
}
const pr = (title: string, createdAt: string, external = true): HistoryItem => ({
  kind: 'pr',
  title,
  createdAt,
  closedAt: null,
  merged: false,
  stateReason: null,
  external,
});

describe('account-age (yellow under 1095 days, red under 90)', () => {
  const level = (days: number) =>
    accountAge(author({ user: { id: 1, name: null, createdAt: daysAgo(days), fields: noFields, unread: [] } }), settings, now, '').level;
  it('is red just under the red edge and yellow exactly at it', () => {
    assert.equal(level(89), 'red');
    assert.equal(level(90), 'yellow');
  });
  it('is yellow just under the yellow edge and green exactly at it', () => {
    assert.equal(level(1094), 'yellow');
    assert.equal(level(1095), 'green');
  });
});

describe('profile-fields (yellow under 3, red under 1)', () => {
  const withCount = (n: number) => {
    const keys = Object.keys(noFields).slice(0, n);
    return profileFields(
      author({ user: { id: 1, name: null, createdAt: daysAgo(10), fields: { ...noFields, ...Object.fromEntries(keys.map((k) => [k, true])) }, unread: [] } }),
      settings,
      '',
    );
  };
  it('bands at the edges', () => {
    assert.equal(withCount(0).level, 'red');
    assert.equal(withCount(1).level, 'yellow');
    assert.equal(withCount(2).level, 'yellow');
    assert.equal(withCount(3).level, 'green');
    assert.equal(withCount(7).value, 7);
  });
});

describe('closed-unmerged-ratio (yellow above 0.2, red above 0.5, at least 3 closed)', () => {
  const ratio = (unmerged: number, merged: number) => closedUnmergedRatio(author({ closedUnmerged: unmerged, closedMerged: merged }), settings, '');
  it('needs at least 3 closed PRs', () => {
    assert.equal(ratio(2, 0).level, 'green');
    assert.equal(ratio(3, 0).level, 'red');
  });
  it('is green exactly at the yellow edge and yellow just above it', () => {
    assert.equal(ratio(1, 4).value, 0.2);
    assert.equal(ratio(1, 4).level, 'green');
    assert.equal(ratio(3, 7).level, 'yellow');
  });
  it('is yellow exactly at the red edge and red above it', () => {
    assert.equal(ratio(2, 2).level, 'yellow');
    assert.equal(ratio(3, 2).level, 'red');
  });
  it('is unknown when a count could not be read', () => {
    assert.equal(closedUnmergedRatio(author({ closedMerged: null }), settings, 'HTTP 403').level, 'unknown');
  });
});

describe('not-planned-issues (yellow at 4, red at 6)', () => {
  const level = (n: number) => notPlannedIssues(author({ notPlanned: n }), settings, '').level;
  it('bands at the edges', () => {
    assert.deepEqual([3, 4, 5, 6].map(level), ['green', 'yellow', 'yellow', 'red']);
  });
});

describe('repeated-titles (yellow at 4, red at 6)', () => {
  const titled = (n: number) => Array.from({ length: n }, (_, i) => pr(i % 2 ? 'Fix typo ' : 'fix  TYPO', daysAgo(i)));
  it('normalises case and spaces and bands at the edges', () => {
    const level = (n: number) => repeatedTitles(author({ items: [...titled(n), pr('other', daysAgo(1))] }), settings, '').level;
    assert.deepEqual([3, 4, 5, 6].map(level), ['green', 'yellow', 'yellow', 'red']);
  });
  it('names the repeated title', () => {
    assert.match(repeatedTitles(author({ items: titled(4) }), settings, '').detail, /4 PRs\/issues titled/);
  });
});

describe('external-prs-per-week (yellow at 10, red at 25)', () => {
  const burst = (n: number, spanDays: number) => Array.from({ length: n }, (_, i) => pr(`pr ${i}`, daysAgo(30 + (spanDays * i) / Math.max(1, n - 1))));
  it('counts the busiest 7 days, external PRs only', () => {
    assert.equal(externalPrsPerWeek(author({ items: burst(9, 6) }), settings, '').level, 'green');
    assert.equal(externalPrsPerWeek(author({ items: burst(10, 6) }), settings, '').level, 'yellow');
    assert.equal(externalPrsPerWeek(author({ items: burst(24, 6) }), settings, '').level, 'yellow');
    assert.equal(externalPrsPerWeek(author({ items: burst(25, 6) }), settings, '').level, 'red');
    const own = burst(30, 6).map((i) => ({ ...i, external: false }));
    assert.equal(externalPrsPerWeek(author({ items: own }), settings, '').value, 0);
  });
  it('does not count PRs 7 days or more apart in one week', () => {
    assert.equal(externalPrsPerWeek(author({ items: [pr('a', daysAgo(20)), pr('b', daysAgo(13))] }), settings, '').value, 1);
  });
});

describe('workflow-files', () => {
  it('flags workflows and action metadata anywhere', () => {
    assert.ok(isWorkflowFile('.github/workflows/ci.yml'));
    assert.ok(isWorkflowFile('action.yml'));
    assert.ok(isWorkflowFile('actions/setup/action.yaml'));
    assert.ok(!isWorkflowFile('docs/action.yml.md'));
    assert.ok(!isWorkflowFile('src/github/workflows.ts'));
    assert.equal(workflowFiles(['README.md', '.github/workflows/x.yml'], '').level, 'yellow');
    assert.equal(workflowFiles(['README.md'], '').level, 'green');
    assert.equal(workflowFiles(null, 'HTTP 404').level, 'unknown');
  });
});

describe('computeSignals', () => {
  it('gives every contract signal in order, workflow-files only for PRs', () => {
    const ids = computeSignals({ author: author(), settings, now }).map((s) => s.id);
    assert.deepEqual(ids, ['account-age', 'profile-fields', 'closed-unmerged-ratio', 'not-planned-issues', 'repeated-titles', 'external-prs-per-week']);
    const withFiles = computeSignals({ author: author(), files: { paths: [], failure: null }, settings, now });
    assert.equal(withFiles.at(-1)?.id, 'workflow-files');
  });
  it('turns an unreadable profile into unknown signals that say why', () => {
    const signals = computeSignals({ author: author({ user: null, failures: [{ field: 'User', read: 'the profile', reason: 'HTTP 404' }] }), settings, now });
    assert.equal(signals[0]?.level, 'unknown');
    assert.match(signals[0]?.detail ?? '', /HTTP 404/);
    assert.equal(signals[2]?.level, 'green');
  });
});

describe('closed-unmerged-ratio judged on the exact share', () => {
  it('is red at 201 of 400, though 0.5025 shows as 0.5', () => {
    const s = closedUnmergedRatio(author({ closedUnmerged: 201, closedMerged: 199 }), settings, '');
    assert.equal(s.level, 'red');
    assert.equal(s.value, 0.5);
  });
});
