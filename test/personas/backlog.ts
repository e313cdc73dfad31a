// A busy repo for backfill runs: octo-org/widgets with many open PRs by many authors, each author with a
// profile and a history elsewhere, so profiling them is real work (searches, events, users).
import type { Dataset, FakeUser } from '../fake-github/dataset.js';
import { EVENTS_API_DAYS, addActivity, addFork, addIssue, addPr } from './history.js';
import { workflowDispatchPayload } from './payloads.js';
import { SPRAY_REPOS } from './personas.js';
import { MAINTAINER, ORG, Rng, TARGET_REPO, at, baseWorld, type World } from './world.js';

export type BacklogKind = 'newcomer' | 'veteran' | 'sprayer' | 'farmer' | 'member' | 'returning' | 'bot';

// Out of every 20 authors: 9 newcomers, 4 veterans, 2 sprayers, 1 farmer, 1 member, 1 returning, 1 bot, 1 newcomer.
const PATTERN: readonly BacklogKind[] = [
  'newcomer',
  'veteran',
  'newcomer',
  'sprayer',
  'newcomer',
  'veteran',
  'member',
  'newcomer',
  'farmer',
  'newcomer',
  'veteran',
  'bot',
  'newcomer',
  'returning',
  'sprayer',
  'newcomer',
  'veteran',
  'newcomer',
  'newcomer',
  'newcomer',
];

const BOTS: readonly [string, number][] = [
  ['dependabot[bot]', 49699333],
  ['renovate[bot]', 29139614],
  ['pre-commit-ci[bot]', 66853113],
  ['allcontributors[bot]', 46447321],
  ['imgbot[bot]', 31427850],
  ['mergify[bot]', 37929162],
  ['release-please[bot]', 55107282],
  ['changeset-bot[bot]', 43052701],
  ['stale[bot]', 26384082],
  ['autofix-ci[bot]', 114827586],
  ['coderabbitai[bot]', 136622811],
  ['deepsource-autofix[bot]', 62050782],
  ['sweep-ai[bot]', 128439645],
  ['codesandbox[bot]', 44656437],
  ['github-advanced-security[bot]', 62310815],
  ['snyk-io[bot]', 19733683],
];

const ADJ = [
  'amber',
  'brisk',
  'calm',
  'dapper',
  'eager',
  'fuzzy',
  'gentle',
  'hazel',
  'icy',
  'jolly',
  'keen',
  'lucky',
  'mellow',
  'nimble',
  'olive',
  'plucky',
  'quiet',
  'rusty',
  'sunny',
  'tidy',
  'urban',
  'vivid',
  'witty',
  'young',
  'zesty',
];
const NOUN = [
  'otter',
  'falcon',
  'badger',
  'heron',
  'lynx',
  'marmot',
  'newt',
  'osprey',
  'panda',
  'quokka',
  'raven',
  'sparrow',
  'tapir',
  'urchin',
  'vole',
  'walrus',
  'yak',
  'zebra',
  'bison',
  'coyote',
];
const FIRST = [
  'Alex',
  'Bea',
  'Chen',
  'Dara',
  'Eli',
  'Fatima',
  'Goran',
  'Hana',
  'Ines',
  'Jonas',
  'Kiri',
  'Luca',
  'Mei',
  'Nadia',
  'Omar',
  'Priya',
  'Rafael',
  'Sina',
  'Tomás',
  'Uma',
  'Viktor',
  'Wen',
  'Yusuf',
  'Zoe',
];
const LAST = [
  'Adeyemi',
  'Berg',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'García',
  'Hansen',
  'Ito',
  'Jovanović',
  'Kim',
  'Larsen',
  'Moreau',
  'Nakamura',
  'Okoye',
  'Petrov',
  'Quinn',
  'Rossi',
  'Singh',
  'Tanaka',
];
const CITIES = ['Berlin', 'Lagos', 'São Paulo', 'Pune', 'Toronto', 'Osaka', 'Nairobi', 'Melbourne', 'Warsaw', 'Austin'];
const VERBS = ['Fix', 'Add', 'Improve', 'Refactor', 'Document', 'Speed up', 'Test', 'Simplify', 'Harden', 'Deprecate'];
const THINGS = [
  'config loading',
  'retry logic',
  'the CLI help output',
  'Windows path handling',
  'error messages',
  'the cache layer',
  'date parsing',
  'the plugin API',
  'stream backpressure',
  'the build script',
  'TypeScript types',
  'the release workflow',
  'locale fallback',
  'memory usage in the parser',
  'the HTTP client timeouts',
];
const WIDGET_TITLES = [
  'Fix widget resize on HiDPI screens',
  'Add a `--quiet` flag to the CLI',
  'Typo in the quick start',
  'Support YAML widget definitions',
  'Handle empty widget names',
  'Export: keep the original order',
  'Docs: explain cache invalidation',
  'Add Dutch translation',
  'Fix flaky pagination test',
  'Make the theme configurable',
  'Bump undici to 6.21.1',
  'Validate widget ids on import',
];
const SPRAY_TITLES = ['Update README.md', 'Fix typo in README', 'Update CONTRIBUTING.md'];
const FARM_TITLES = [
  'Feature request: AI mode',
  'Please add dark mode',
  'Add Web3 support',
  'Is this project dead?',
  'Add my library to the list',
  'Security issue (please respond)',
  'Integrate with ChatGPT',
  'Bounty: faster startup',
  'Proposal: rewrite in Rust',
  'Add blockchain support',
];
const EXTRA_REPOS = [
  'parcel-labs/bundler',
  'acme-tools/lint-rules',
  'fjord-io/fjord',
  'kiln-build/kiln',
  'sundial-js/sundial',
  'datagrid/datagrid',
  'opencli/argparse-ts',
  'mdx-kit/mdx-kit',
  'tidepool-labs/streamline',
  'hashkit/hashbrown-lite',
  'docs-hub/handbook',
  'tinyhttp-kit/router',
];
const REPO_POOL: readonly string[] = [...EXTRA_REPOS, ...SPRAY_REPOS];

interface Author {
  user: FakeUser;
  kind: BacklogKind;
  association: string;
}

function loginFor(i: number, kind: BacklogKind): string {
  const adj = at(ADJ, i % ADJ.length);
  const noun = at(NOUN, Math.floor(i / ADJ.length) % NOUN.length);
  const round = Math.floor(i / (ADJ.length * NOUN.length));
  const base = kind === 'sprayer' ? `${adj}-${noun}-dev` : `${adj}-${noun}`;
  return round > 0 ? `${base}${round}` : base;
}

function fillProfile(rng: Rng, u: Omit<FakeUser, 'id'>, fields: number): Omit<FakeUser, 'id'> {
  const name = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
  const all: (() => void)[] = [
    () => (u.name = name),
    () => (u.location = rng.pick(CITIES)),
    () =>
      (u.bio = rng.pick(['Open source tinkerer.', 'Backend engineer.', 'Student, learning Rust.', 'Maintainer of small things.', 'Frontend at a startup.'])),
    () => (u.blog = `https://${u.login.replace(/[^a-z0-9]/gi, '')}.example`),
    () => (u.company = rng.pick(['@acme', 'Initech', '@tidepool-labs', 'Freelance', 'University of Somewhere'])),
    () => (u.email = `${u.login.replace(/[^a-z0-9]/gi, '')}@mail.example`),
    () => (u.social_accounts = [{ provider: 'mastodon', url: `https://mastodon.social/@${u.login.replace(/[^a-z0-9_]/gi, '_')}` }]),
  ];
  for (const set of all.slice(0, Math.min(fields, all.length))) set();
  if (fields < all.length) u.social_accounts = u.social_accounts ?? [];
  return u;
}

function uniqueTitle(rng: Rng, used: Set<string>): string {
  for (let tries = 0; tries < 200; tries++) {
    const t = `${rng.pick(VERBS)} ${rng.pick(THINGS)}`;
    if (!used.has(t)) {
      used.add(t);
      return t;
    }
  }
  const t = `${rng.pick(VERBS)} ${rng.pick(THINGS)} (${used.size})`;
  used.add(t);
  return t;
}

function makeAuthor(w: World, i: number, kind: BacklogKind, bots: number): Author {
  const r = w.rng;
  const c = w.clock;
  if (kind === 'bot') {
    const [login, id] = at(BOTS, bots);
    const user = w.addUser({ login, id, type: 'Bot', created_at: c.ago(r.int(900, 2500)) });
    return { user, kind, association: 'NONE' };
  }
  const login = loginFor(i, kind);
  const ageDays =
    kind === 'newcomer'
      ? r.int(10, 400)
      : kind === 'veteran'
        ? r.int(1200, 4200)
        : kind === 'sprayer'
          ? r.int(8, 60)
          : kind === 'farmer'
            ? r.int(100, 800)
            : kind === 'member'
              ? r.int(1500, 4200)
              : r.int(400, 3000);
  const fields =
    kind === 'newcomer'
      ? r.int(0, 3)
      : kind === 'veteran'
        ? r.int(4, 7)
        : kind === 'sprayer'
          ? 0
          : kind === 'farmer'
            ? r.int(1, 2)
            : kind === 'member'
              ? 7
              : r.int(2, 5);
  const user = w.addUser(fillProfile(r, { login, type: 'User', created_at: c.ago(ageDays, r.int(0, 23)) }, fields) as FakeUser);
  const own = [`${login}/dotfiles`, `${login}/${login}`];
  const windowDays = Math.min(86, ageDays - 1);
  const titles = new Set<string>();
  switch (kind) {
    case 'newcomer': {
      const n = r.int(0, 3);
      for (let k = 0; k < n; k++) {
        addPr(w, user, {
          repo: r.pick(REPO_POOL),
          title: uniqueTitle(r, titles),
          createdDaysAgo: r.next() * windowDays,
          outcome: r.pick(['merged', 'open', 'merged'] as const),
        });
      }
      if (r.chance(0.3)) addIssue(w, user, { repo: r.pick(REPO_POOL), title: uniqueTitle(r, titles), createdDaysAgo: r.next() * windowDays, outcome: 'open' });
      addActivity(w, user, r.int(3, 15), { ownRepos: own, otherRepos: EXTRA_REPOS, maxDaysAgo: windowDays });
      return { user, kind, association: 'FIRST_TIME_CONTRIBUTOR' };
    }
    case 'veteran':
    case 'member':
    case 'returning': {
      const n = kind === 'veteran' ? r.int(10, 20) : r.int(3, 8);
      const maxUnmerged = Math.floor(n * 0.15);
      let unmerged = 0;
      for (let k = 0; k < n; k++) {
        const days = 85 - (k * 80) / n - r.next() * 2;
        const closedUnmerged = unmerged < maxUnmerged && r.chance(0.2);
        if (closedUnmerged) unmerged++;
        addPr(w, user, {
          repo: r.pick(EXTRA_REPOS),
          title: uniqueTitle(r, titles),
          createdDaysAgo: days,
          outcome: days < 6 ? 'open' : closedUnmerged ? 'closed' : 'merged',
          closeAfterDays: 0.5 + r.next() * 3,
        });
      }
      for (let k = 0; k < 2; k++)
        addPr(w, user, { repo: r.pick(EXTRA_REPOS), title: uniqueTitle(r, titles), createdDaysAgo: r.int(120, Math.min(600, ageDays - 5)), outcome: 'merged' });
      addActivity(w, user, kind === 'veteran' ? r.int(25, 50) : r.int(15, 30), { ownRepos: own, otherRepos: EXTRA_REPOS });
      if (kind === 'member') (w.ds.orgMembers[ORG] ??= []).push(login);
      return { user, kind, association: kind === 'veteran' ? r.pick(['NONE', 'FIRST_TIME_CONTRIBUTOR']) : kind === 'member' ? 'MEMBER' : 'CONTRIBUTOR' };
    }
    case 'sprayer': {
      const n = r.int(25, 32);
      const start = Math.min(ageDays - 1, r.int(7, 12));
      const repos = r.shuffle(SPRAY_REPOS);
      for (let k = 0; k < n; k++) {
        const repo = at(repos, k % repos.length);
        const days = start - (k * 6) / n;
        if (k < repos.length) addFork(w, user, repo, days + 0.01);
        addPr(w, user, {
          repo,
          title: at(SPRAY_TITLES, k % 3 === 2 ? 1 : k % 7 === 6 ? 2 : 0),
          createdDaysAgo: days,
          outcome: k % 4 === 3 ? 'open' : k % 10 === 0 ? 'merged' : 'closed',
          closeAfterDays: 0.3 + r.next(),
          files: ['README.md'],
          additions: 1,
          deletions: 1,
        });
      }
      return { user, kind, association: 'FIRST_TIME_CONTRIBUTOR' };
    }
    case 'farmer': {
      const n = r.int(6, 9);
      const farmTitles = r.shuffle(FARM_TITLES);
      for (let k = 0; k < n; k++) {
        addIssue(w, user, {
          repo: r.pick(REPO_POOL),
          title: at(farmTitles, k % farmTitles.length),
          createdDaysAgo: 80 - k * 8,
          outcome: 'not_planned',
          closeAfterDays: 1 + r.next() * 3,
        });
      }
      addIssue(w, user, { repo: r.pick(REPO_POOL), title: 'Typo in the docs', createdDaysAgo: r.int(10, 60), outcome: 'completed' });
      addActivity(w, user, r.int(8, 15), { ownRepos: own, otherRepos: EXTRA_REPOS });
      return { user, kind, association: 'NONE' };
    }
  }
}

export function buildBacklog(opts: { prs: number; authors: number; now?: Date }): { dataset: Dataset; payload: Record<string, unknown> } {
  const { prs, authors } = opts;
  if (!Number.isInteger(authors) || authors < 1) throw new RangeError(`authors must be a positive integer, got ${authors}`);
  if (!Number.isInteger(prs) || prs < authors) throw new RangeError(`prs (${prs}) must be an integer >= authors (${authors})`);
  const now = opts.now ?? new Date();
  const w = baseWorld(now, prs * 7919 + authors, { history: false });
  const r = new Rng(prs * 31 + authors * 17 + 5);
  const c = w.clock;

  const list: Author[] = [];
  let bots = 0;
  for (let i = 0; i < authors; i++) {
    let kind = at(PATTERN, i % PATTERN.length);
    if (kind === 'bot' && bots >= BOTS.length) kind = 'newcomer';
    list.push(makeAuthor(w, i, kind, bots));
    if (kind === 'bot') bots++;
  }

  // Every author has one open PR; the rest go mostly to sprayers, bots and veterans.
  const counts = list.map(() => 1);
  const weight = (a: Author) => (a.kind === 'sprayer' ? 4 : a.kind === 'bot' ? 3 : a.kind === 'veteran' || a.kind === 'member' ? 2 : 1);
  const wheel: number[] = [];
  list.forEach((a, i) => {
    for (let k = 0; k < weight(a); k++) wheel.push(i);
  });
  for (let k = 0; k < prs - authors; k++) {
    const i = at(wheel, Math.floor(r.next() * wheel.length));
    counts[i] = (counts[i] ?? 1) + 1;
  }

  // Earlier merged PRs of returning contributors come first in the repo's numbering.
  let number = 1;
  for (const a of list) {
    if (a.kind !== 'returning') continue;
    const ageDays = (c.nowMs - Date.parse(a.user.created_at)) / 86_400_000;
    const days = r.int(150, Math.min(400, Math.floor(ageDays) - 3));
    w.addItem({
      repo: TARGET_REPO,
      number: number++,
      kind: 'pr',
      author: a.user.login,
      title: r.pick(WIDGET_TITLES),
      state: 'closed',
      created_at: c.ago(days),
      closed_at: c.ago(days - 2),
      merged_at: c.ago(days - 2),
      author_association: 'FIRST_TIME_CONTRIBUTOR',
      files: ['src/widget.ts'],
      additions: r.int(5, 90),
      deletions: r.int(0, 20),
    });
  }

  // Open PRs on widgets, each opened after its author's account was created, numbered in time order.
  const open: { author: Author; t: number }[] = [];
  list.forEach((a, i) => {
    const ageDays = (c.nowMs - Date.parse(a.user.created_at)) / 86_400_000;
    const span = Math.min(120, ageDays - 0.5);
    for (let k = 0; k < (counts[i] ?? 1); k++) open.push({ author: a, t: c.agoMs(0.02 + r.next() * span) });
  });
  open.sort((x, y) => x.t - y.t);
  let last = 0;
  for (const { author, t } of open) {
    const when = Math.max(t, last + 1000);
    last = when;
    const isSpray = author.kind === 'sprayer';
    const isBot = author.kind === 'bot';
    const title = isSpray
      ? 'Update README.md'
      : isBot
        ? `Bump ${r.pick(['undici', 'eslint', 'typescript', 'vitest', 'actions/checkout'])} to ${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}`
        : r.pick(WIDGET_TITLES);
    const files = isSpray
      ? ['README.md']
      : isBot
        ? ['package.json', 'package-lock.json']
        : r.chance(0.05)
          ? ['.github/workflows/ci.yml']
          : ['src/widget.ts', 'test/widget.test.ts'];
    const item = w.addItem({
      repo: TARGET_REPO,
      number: number++,
      kind: 'pr',
      author: author.user.login,
      title,
      body: isSpray ? null : 'Details in the commits.',
      state: 'open',
      created_at: new Date(when).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      author_association: author.association,
      draft: r.chance(0.05),
      files,
      additions: isSpray ? 1 : r.int(1, 300),
      deletions: isSpray ? 1 : r.int(0, 80),
    });
    if (!isBot && c.nowMs - when < EVENTS_API_DAYS * 86_400_000) {
      w.addEvent('PullRequestEvent', author.user.login, TARGET_REPO, item.created_at, {
        action: 'opened',
        number: item.number,
        pull_request: {
          number: item.number,
          title: item.title,
          state: 'open',
          html_url: `https://github.com/${TARGET_REPO}/pull/${item.number}`,
          created_at: item.created_at,
        },
      });
    }
  }

  const mona = w.user(MAINTAINER);
  if (!mona) throw new Error('base world lacks the maintainer');
  return { dataset: w.finish(), payload: workflowDispatchPayload(mona) };
}
