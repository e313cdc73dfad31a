// A repo's past: about 30 first-time contributors to octo-org/widgets since a day some 100 days ago, each
// with a record elsewhere as it stood when they came, and what became of their PR or issue. The verdicts
// the contract's rules give them (default inputs, as of their item's opening) are worked out by hand below,
// next to each kind; a backtest must reproduce them.
import type { Dataset, FakeItem, FakeUser } from '../fake-github/dataset.js';
import type { ItemOutcome } from '../../src/modes/backtest/item-outcome.js';
import { workflowDispatchPayload } from './payloads.js';
import { baseWorld, DAY_MS, iso, MAINTAINER, TARGET_REPO, type World } from './world.js';

export type Kind = 'veteran' | 'young-empty' | 'sensitive' | 'rejected-everywhere' | 'turned-bad-later' | 'young-then' | 'edge-not-planned' | 'old-rejections';

// What each kind is, and why its verdict is what it is (defaults: account-age-days 1095,90, profile-fields 3,1,
// closed-unmerged-ratio 0.2,0.5 with 3 closed at least, not-planned-issues 4,6).
export const expectedVerdicts: Record<Kind, 'green' | 'yellow' | 'red'> = {
  // Account from 2015, five profile fields, one or two PRs merged elsewhere: nothing to look at.
  veteran: 'green',
  // 400 days old then, no profile field: account-age yellow and profile-fields red, two context signals.
  'young-empty': 'yellow',
  // A veteran whose PR changes .github/workflows/ci.yml: the sensitive-files signal is yellow.
  sensitive: 'yellow',
  // Six PRs to others' repos closed without merge in the 90 days before: closed-unmerged-ratio 1.0, red.
  'rejected-everywhere': 'red',
  // A veteran, clean when they came; eight rejected PRs and six not-planned issues came only after: green then.
  'turned-bad-later': 'green',
  // Account created 60 days before the PR (100 days now), no profile: account-age red then, profile red.
  'young-then': 'yellow',
  // A veteran with 3 issues closed as not planned: one under the yellow band of 4, green.
  'edge-not-planned': 'green',
  // A veteran whose eight rejected PRs are 200 days older than the item: outside the window, green.
  'old-rejections': 'green',
};

export interface PastNewcomer {
  login: string;
  kind: Kind;
  number: number; // the item in octo-org/widgets
  itemKind: 'pr' | 'issue';
  outcome: ItemOutcome;
  createdAt: string;
}

interface Template {
  kind: Kind;
  itemKind: 'pr' | 'issue';
  outcome: ItemOutcome;
  spamLabel?: string;
}

// The 30 contributors, newest first.
const templates: Template[] = [
  { kind: 'veteran', itemKind: 'pr', outcome: 'merged' },
  { kind: 'rejected-everywhere', itemKind: 'pr', outcome: 'spam', spamLabel: 'spam' },
  { kind: 'young-empty', itemKind: 'pr', outcome: 'closed unmerged' },
  { kind: 'turned-bad-later', itemKind: 'pr', outcome: 'merged' },
  { kind: 'veteran', itemKind: 'issue', outcome: 'completed' },
  { kind: 'sensitive', itemKind: 'pr', outcome: 'merged' },
  { kind: 'veteran', itemKind: 'pr', outcome: 'spam', spamLabel: 'Invalid' },
  { kind: 'young-then', itemKind: 'pr', outcome: 'open' },
  { kind: 'rejected-everywhere', itemKind: 'pr', outcome: 'merged' },
  { kind: 'veteran', itemKind: 'pr', outcome: 'merged' },
  { kind: 'young-empty', itemKind: 'issue', outcome: 'not planned' },
  { kind: 'edge-not-planned', itemKind: 'pr', outcome: 'merged' },
  { kind: 'veteran', itemKind: 'pr', outcome: 'open' },
  { kind: 'rejected-everywhere', itemKind: 'issue', outcome: 'not planned' },
  { kind: 'veteran', itemKind: 'pr', outcome: 'merged' },
  { kind: 'young-empty', itemKind: 'pr', outcome: 'closed unmerged' },
  { kind: 'old-rejections', itemKind: 'pr', outcome: 'merged' },
  { kind: 'veteran', itemKind: 'issue', outcome: 'completed' },
  { kind: 'sensitive', itemKind: 'pr', outcome: 'closed unmerged' },
  { kind: 'veteran', itemKind: 'pr', outcome: 'merged' },
  { kind: 'rejected-everywhere', itemKind: 'pr', outcome: 'spam', spamLabel: 'spam' },
  { kind: 'young-empty', itemKind: 'issue', outcome: 'open' },
  { kind: 'veteran', itemKind: 'pr', outcome: 'closed unmerged' },
  { kind: 'veteran', itemKind: 'pr', outcome: 'merged' },
  { kind: 'young-empty', itemKind: 'issue', outcome: 'not planned' },
  { kind: 'rejected-everywhere', itemKind: 'pr', outcome: 'closed unmerged' },
  { kind: 'veteran', itemKind: 'issue', outcome: 'open' },
  { kind: 'young-empty', itemKind: 'pr', outcome: 'merged' },
  { kind: 'veteran', itemKind: 'pr', outcome: 'merged' },
  { kind: 'veteran', itemKind: 'pr', outcome: 'merged' },
];

export interface PastWorld {
  dataset: Dataset;
  payload: Record<string, unknown>;
  since: string; // YYYY-MM-DD, the backtest-since to give
  newcomers: PastNewcomer[]; // newest first: the first-time items a backtest must replay
  // Items since the day that a backtest must not replay: a second PR after a merge, a bot's, a member's.
  notReplayed: number[];
}

const veteranProfile = { name: 'A Veteran', company: 'Acme', blog: 'https://example.org', location: 'Ghent', bio: 'Fixes things.' };

// `count` contributors (the 30 templates, cycled), their items spread over the last 90 days.
export function buildPastNewcomers(opts: { count?: number; now?: Date } = {}): PastWorld {
  const now = opts.now ?? new Date();
  const count = opts.count ?? templates.length;
  const w = baseWorld(now, 14);
  const repo = w.ds.repos.find((r) => `${r.owner}/${r.name}` === TARGET_REPO);
  repo?.labels.push({ name: 'spam', color: 'b60205' }, { name: 'Invalid', color: 'e4e669' });
  const spacing = Math.min(3, 88 / count);
  const newcomers: PastNewcomer[] = [];
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length] as Template;
    const login = `${t.kind}-${i + 1}`;
    const itemMs = w.clock.nowMs - Math.round((2 + i * spacing) * DAY_MS);
    const user = addNewcomer(w, login, t.kind, itemMs);
    const item = addTargetItem(w, user, 100 + i, t, itemMs);
    newcomers.push({ login, kind: t.kind, number: item.number, itemKind: t.itemKind, outcome: t.outcome, createdAt: item.created_at });
    addHistory(w, user, t.kind, itemMs, i);
  }
  const notReplayed = addNotReplayed(w, newcomers);
  const sinceMs = w.clock.nowMs - Math.round((4 + (count - 1) * spacing) * DAY_MS);
  const maintainer = w.user(MAINTAINER) as FakeUser;
  return { dataset: w.finish(), payload: workflowDispatchPayload(maintainer), since: iso(sinceMs).slice(0, 10), newcomers, notReplayed };
}

function addNewcomer(w: World, login: string, kind: Kind, itemMs: number): FakeUser {
  const veteran = !['young-empty', 'young-then'].includes(kind);
  const created = veteran ? '2015-03-02T10:00:00Z' : iso(itemMs - (kind === 'young-then' ? 60 : 400) * DAY_MS - 3_600_000);
  return w.addUser({ login, type: 'User', created_at: created, ...(veteran ? veteranProfile : { name: null }) });
}

function addTargetItem(w: World, user: FakeUser, number: number, t: Template, itemMs: number): FakeItem {
  const closedMs = Math.min(itemMs + 2 * DAY_MS, w.clock.nowMs - 60_000);
  const closed = t.outcome !== 'open';
  return w.addItem({
    repo: TARGET_REPO,
    number,
    kind: t.itemKind,
    author: user.login,
    title: `${t.itemKind === 'pr' ? 'Improve' : 'Question about'} widget ${number}`,
    state: closed ? 'closed' : 'open',
    created_at: iso(itemMs),
    closed_at: closed ? iso(closedMs) : null,
    ...(t.itemKind === 'pr'
      ? {
          merged_at: t.outcome === 'merged' ? iso(closedMs) : null,
          files: t.kind === 'sensitive' ? ['.github/workflows/ci.yml'] : ['src/widget.ts'],
          additions: 12,
          deletions: 3,
        }
      : { state_reason: t.outcome === 'not planned' ? 'not_planned' : closed ? 'completed' : null }),
    // The association as GitHub shows it now: a merged newcomer reads CONTRIBUTOR.
    author_association: t.outcome === 'merged' ? 'CONTRIBUTOR' : 'NONE',
    labels: t.spamLabel ? [t.spamLabel] : [],
  });
}

// An item elsewhere, opened `openedMs` and (unless open) closed a day and a half later.
function elsewhere(w: World, user: FakeUser, kind: 'pr' | 'issue', openedMs: number, result: 'merged' | 'rejected' | 'not_planned', title: string): void {
  const repo = w.ensureRepo(`other-org-${Math.abs(openedMs % 7)}/project`);
  const closedMs = openedMs + 1.5 * DAY_MS;
  w.addItem({
    repo,
    kind,
    author: user.login,
    title,
    state: 'closed',
    created_at: iso(openedMs),
    closed_at: iso(closedMs),
    ...(kind === 'pr' ? { merged_at: result === 'merged' ? iso(closedMs) : null, files: ['lib/x.ts'] } : { state_reason: 'not_planned' as const }),
    author_association: 'NONE',
  });
}

function addHistory(w: World, user: FakeUser, kind: Kind, itemMs: number, i: number): void {
  const before = (days: number) => itemMs - days * DAY_MS;
  switch (kind) {
    case 'veteran':
    case 'sensitive':
      elsewhere(w, user, 'pr', before(30), 'merged', `Fix the build on ${i}`);
      if (i % 2 === 0) elsewhere(w, user, 'pr', before(50), 'merged', `Document option ${i}`);
      return;
    case 'young-empty':
    case 'young-then':
      return;
    case 'rejected-everywhere':
      for (let k = 0; k < 6; k++) elsewhere(w, user, 'pr', before(20 + k * 5), 'rejected', `Add feature ${k} to the project`);
      return;
    case 'turned-bad-later': {
      elsewhere(w, user, 'pr', before(40), 'merged', 'Fix a typo in the docs');
      // After the item (never later than a day before now): what the record looks like today.
      const after = (days: number) => Math.min(itemMs + days * DAY_MS, w.clock.nowMs - 2 * DAY_MS);
      for (let k = 0; k < 8; k++) elsewhere(w, user, 'pr', after(1 + k * 3), 'rejected', `Rewrite module ${k}`);
      for (let k = 0; k < 6; k++) elsewhere(w, user, 'issue', after(2 + k * 3), 'not_planned', `Demand ${k}`);
      return;
    }
    case 'edge-not-planned':
      elsewhere(w, user, 'pr', before(25), 'merged', 'Speed up parsing');
      for (let k = 0; k < 3; k++) elsewhere(w, user, 'issue', before(10 + k * 10), 'not_planned', `Idea ${k}`);
      return;
    case 'old-rejections':
      for (let k = 0; k < 8; k++) elsewhere(w, user, 'pr', before(200 + k * 5), 'rejected', `Port ${k} to the new API`);
      return;
  }
}

// Items since the day that are no first-time contributor's: the first veteran's second PR, opened after
// their first was merged; a bot's PR; a member's issue. (baseWorld's own recent items by longtime-lou,
// who had a PR merged 148 days ago, and by the maintainer are not replayed either.)
function addNotReplayed(w: World, newcomers: PastNewcomer[]): number[] {
  const first = newcomers.find((n) => n.kind === 'veteran' && n.outcome === 'merged' && n.itemKind === 'pr' && n.number !== 100);
  const numbers: number[] = [];
  if (first) {
    const opened = Date.parse(first.createdAt) + 3 * DAY_MS;
    w.addItem({
      repo: TARGET_REPO,
      number: 900,
      kind: 'pr',
      author: first.login,
      title: 'Follow-up fix',
      state: 'open',
      created_at: iso(Math.min(opened, w.clock.nowMs - DAY_MS)),
      files: ['src/widget.ts'],
      author_association: 'CONTRIBUTOR',
    });
    numbers.push(900);
  }
  w.addUser({ login: 'dependabot[bot]', id: 49699333, type: 'Bot', created_at: '2017-05-26T00:00:00Z' });
  w.addItem({
    repo: TARGET_REPO,
    number: 901,
    kind: 'pr',
    author: 'dependabot[bot]',
    title: 'Bump lodash',
    state: 'open',
    created_at: iso(w.clock.nowMs - 5 * DAY_MS),
    files: ['package.json'],
    author_association: 'NONE',
  });
  w.addItem({
    repo: TARGET_REPO,
    number: 902,
    kind: 'issue',
    author: MAINTAINER,
    title: 'Plan the next release',
    state: 'open',
    created_at: iso(w.clock.nowMs - 6 * DAY_MS),
    author_association: 'MEMBER',
  });
  numbers.push(901, 902, 39, 40, 38, 41);
  return numbers;
}
