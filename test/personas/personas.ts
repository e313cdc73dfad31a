// The sample authors. Each builds a small, realistic fake-GitHub dataset around one PR (or issue) on
// octo-org/widgets, with the author's history elsewhere placed relative to `now`.
import { documentedBuilders, documentedIds, type DocumentedId } from './documented.js';
import { addActivity, addFork, addIssue, addPr } from './history.js';
import { issuePayload, pullRequestPayload } from './payloads.js';
import { PAGINATION_PR, TARGET_ISSUE, TARGET_PR, openTargetPr, prEvent, type Persona } from './target.js';
import { TARGET_REPO, baseWorld } from './world.js';

export { TARGET_ISSUE, TARGET_PR, type Persona } from './target.js';

type BaseId = 'veteran' | 'newcomer' | 'sprayer' | 'farmer' | 'bot' | 'hostile' | 'ghost' | 'suspended' | 'returning';
export type PersonaId = BaseId | DocumentedId;

// The sample authors first, then those built from public, documented cases (documented.ts).
export const personaIds: readonly PersonaId[] = [
  'veteran',
  'newcomer',
  'sprayer',
  'farmer',
  'bot',
  'hostile',
  'ghost',
  'suspended',
  'returning',
  ...documentedIds,
];

// ---- veteran -------------------------------------------------------------------------------------------------

const VETERAN_PRS: [string, string, string[]][] = [
  ['parcel-labs/bundler', 'Cache resolved tsconfig paths between builds', ['src/resolver/tsconfig.ts', 'test/resolver.test.ts']],
  ['acme-tools/lint-rules', 'no-floating-promises: handle optional chaining calls', ['src/rules/no-floating-promises.ts']],
  ['fjord-io/fjord', 'Fix race when two workers flush the same segment', ['src/segment/flush.rs', 'tests/flush.rs']],
  ['kiln-build/kiln', 'Add --json output to `kiln graph`', ['cmd/graph.go', 'cmd/graph_test.go']],
  ['sundial-js/sundial', 'Respect TZ when formatting ISO weeks', ['src/format.ts', 'test/format.test.ts']],
  ['datagrid/datagrid', 'Virtualize rows when height is auto', ['src/virtual.ts']],
  ['opencli/argparse-ts', 'Support `--no-` prefix for boolean flags', ['src/parse.ts', 'test/parse.test.ts']],
  ['mdx-kit/mdx-kit', 'Preserve frontmatter order on round-trip', ['packages/core/src/frontmatter.ts']],
  ['tidepool-labs/streamline', 'Backpressure: stop reading when the sink is full', ['lib/pipe.js', 'test/pipe.test.js']],
  ['parcel-labs/bundler', 'Document the experimental watcher flag', ['docs/watcher.md']],
  ['fjord-io/fjord', 'Add benchmark for compaction', ['benches/compaction.rs']],
  ['acme-tools/lint-rules', 'prefer-at: skip when the index is a variable', ['src/rules/prefer-at.ts']],
  ['kiln-build/kiln', 'Fix Windows path handling in the cache key', ['internal/cache/key.go']],
  ['sundial-js/sundial', 'Add Temporal.PlainDate interop', ['src/temporal.ts']],
  ['datagrid/datagrid', 'Keyboard navigation skips hidden columns', ['src/keyboard.ts']],
  ['hashkit/hashbrown-lite', 'Implement Extend for &HashSet', ['src/set.rs']],
  ['opencli/argparse-ts', 'Show default values in --help', ['src/help.ts']],
  ['mdx-kit/mdx-kit', 'Upgrade to unified 11', ['package.json', 'packages/core/package.json']],
  ['tidepool-labs/streamline', 'Remove the deprecated pipeTo overload', ['lib/index.js']],
  ['parcel-labs/bundler', 'Fix source map offsets for CRLF input', ['src/sourcemap.ts']],
  ['hashkit/hashbrown-lite', 'Speed up rehash for small tables', ['src/raw/mod.rs']],
  ['kiln-build/kiln', 'Make the remote cache timeout configurable', ['internal/remote/client.go']],
  ['fjord-io/fjord', 'Expose segment stats in the admin API', ['src/admin/stats.rs']],
  ['acme-tools/lint-rules', 'New rule: no-await-in-promise-all', ['src/rules/no-await-in-promise-all.ts', 'docs/rules/no-await-in-promise-all.md']],
  ['sundial-js/sundial', 'Fix DST gap handling in addHours', ['src/arith.ts']],
  ['datagrid/datagrid', 'Sticky header flickers in Safari', ['src/header.css']],
  ['opencli/argparse-ts', 'Typed subcommand handlers', ['src/subcommand.ts']],
  ['mdx-kit/mdx-kit', 'Add a test for nested JSX in lists', ['packages/core/test/jsx.test.ts']],
  ['tidepool-labs/streamline', 'Docs: explain highWaterMark defaults', ['docs/backpressure.md']],
  ['hashkit/hashbrown-lite', 'Fix clippy warnings on nightly', ['src/lib.rs']],
];

function veteran(now: Date): Persona {
  const w = baseWorld(now, 0x7e7e);
  const u = w.addUser({
    login: 'vkowalski',
    type: 'User',
    created_at: w.clock.ago(9 * 365 + 23),
    name: 'Vera Kowalski',
    company: '@tidepool-labs',
    blog: 'https://vera.dev',
    location: 'Kraków, Poland',
    email: 'vera@vera.dev',
    bio: 'Compilers, build tools, and the occasional flaky test.',
    twitter_username: null,
    social_accounts: [
      { provider: 'mastodon', url: 'https://hachyderm.io/@vera' },
      { provider: 'linkedin', url: 'https://www.linkedin.com/in/verakowalski' },
    ],
  });
  // 30 PRs on others' repos in the window, one every ~2.8 days; 2 of the 26 closed ones unmerged, 4 still open.
  VETERAN_PRS.forEach(([repo, title, files], i) => {
    addPr(w, u, {
      repo,
      title,
      body: `${title}.\n\nTested locally; happy to adjust.`,
      createdDaysAgo: 86 - i * 2.8,
      outcome: i >= 26 ? 'open' : i === 6 || i === 18 ? 'closed' : 'merged',
      closeAfterDays: 1 + (i % 4) * 0.7,
      files,
    });
  });
  // Older work, outside the window.
  const old: [string, string, 'merged' | 'closed', number][] = [
    ['parcel-labs/bundler', 'Support package.json imports field', 'merged', 130],
    ['kiln-build/kiln', 'Experiment: content-addressed outputs', 'closed', 170],
    ['fjord-io/fjord', 'Make fsync policy configurable', 'merged', 210],
    ['sundial-js/sundial', 'Locale-aware week numbers', 'closed', 260],
    ['datagrid/datagrid', 'Column resize handles', 'merged', 320],
    ['opencli/argparse-ts', 'Rewrite the tokenizer', 'closed', 400],
  ];
  for (const [repo, title, outcome, days] of old) addPr(w, u, { repo, title, createdDaysAgo: days, outcome, closeAfterDays: 2 });
  // Her own repos: closed-unmerged PRs here must not count against her.
  addPr(w, u, { repo: 'vkowalski/dotfiles', title: 'Try fish shell', createdDaysAgo: 70, outcome: 'closed', files: ['config.fish'] });
  addPr(w, u, { repo: 'vkowalski/dotfiles', title: 'Switch to GNU stow', createdDaysAgo: 44, outcome: 'merged', files: ['Makefile'] });
  addPr(w, u, { repo: 'vkowalski/advent-of-code', title: 'Day 12 rewrite with a proper BFS', createdDaysAgo: 20, outcome: 'closed', files: ['day12/main.rs'] });
  addIssue(w, u, { repo: 'kiln-build/kiln', title: 'Remote cache ignores --offline', createdDaysAgo: 75, outcome: 'completed', closeAfterDays: 6 });
  addIssue(w, u, { repo: 'sundial-js/sundial', title: 'parseISO accepts 2023-02-30', createdDaysAgo: 52, outcome: 'completed', closeAfterDays: 3 });
  addIssue(w, u, { repo: 'datagrid/datagrid', title: 'Idea: column groups in the export API', createdDaysAgo: 33, outcome: 'not_planned', closeAfterDays: 10 });
  addIssue(w, u, { repo: 'fjord-io/fjord', title: 'Flaky test: compaction_under_load', createdDaysAgo: 9, outcome: 'open' });
  // Busy in the last 30 days, all the public events API keeps.
  addActivity(w, u, 50, {
    ownRepos: ['vkowalski/dotfiles', 'vkowalski/advent-of-code', 'vkowalski/vera.dev'],
    otherRepos: ['parcel-labs/bundler', 'fjord-io/fjord', 'kiln-build/kiln', 'sundial-js/sundial', 'hashkit/hashbrown-lite'],
    minDaysAgo: 0.3,
    maxDaysAgo: 88,
  });
  const pr = openTargetPr(w, u, { ...PAGINATION_PR, association: 'NONE' });
  return {
    id: 'veteran',
    title: 'Veteran: 9-year account, full profile, ~30 well-received PRs elsewhere; first PR here',
    expected: { verdict: 'green', firstTime: true },
    login: u.login,
    dataset: w.finish(),
    event: prEvent(pr, u),
  };
}

// ---- newcomer ------------------------------------------------------------------------------------------------

function newcomer(now: Date): Persona {
  const w = baseWorld(now, 0x5a3);
  const u = w.addUser({ login: 'sam-okafor', type: 'User', created_at: w.clock.ago(40), name: 'Sam Okafor', social_accounts: [] });
  addPr(w, u, {
    repo: 'docs-hub/handbook',
    title: 'Fix broken link in the contributing guide',
    body: 'The link to the style guide 404s.',
    createdDaysAgo: 30,
    outcome: 'merged',
    closeAfterDays: 2,
    files: ['CONTRIBUTING.md'],
    additions: 1,
    deletions: 1,
  });
  addPr(w, u, {
    repo: 'tinyhttp-kit/router',
    title: 'Add an example for route params',
    body: 'Closes #311',
    createdDaysAgo: 12,
    outcome: 'open',
    files: ['examples/params.js', 'README.md'],
    additions: 28,
    deletions: 0,
  });
  addActivity(w, u, 10, {
    ownRepos: ['sam-okafor/learning-ts', 'sam-okafor/sam-okafor'],
    otherRepos: ['docs-hub/handbook', 'tinyhttp-kit/router', 'octo-org/widgets'],
    maxDaysAgo: 38,
  });
  const pr = openTargetPr(w, u, { ...PAGINATION_PR, association: 'FIRST_TIME_CONTRIBUTOR' });
  return {
    id: 'newcomer',
    title: 'Newcomer: 40-day account, only a name, two PRs elsewhere, nothing bad',
    expected: { verdict: 'yellow', firstTime: true },
    login: u.login,
    dataset: w.finish(),
    event: prEvent(pr, u),
  };
}

// ---- sprayer -------------------------------------------------------------------------------------------------

const SPRAY_OWNERS = [
  'pixel-forge',
  'cloudnest',
  'byteorbit',
  'lumen-ui',
  'quartz-db',
  'nimbus-ops',
  'tern-lang',
  'gridlock-js',
  'fable-tools',
  'ember-kit',
  'hexa-dev',
  'polaris-community',
  'mint-labs',
  'orbit-cli',
  'rivet-io',
  'sable-data',
  'tangent-app',
  'vega-kit',
  'wren-http',
  'zephyr-rt',
  'atlas-docs',
  'beacon-mon',
  'cobalt-auth',
  'delta-sync',
  'echo-log',
  'flux-store',
  'garnet-ml',
  'harbor-ci',
  'iris-img',
  'jade-tmpl',
  'koala-test',
  'lattice-net',
  'maple-cms',
  'nova-queue',
  'onyx-cache',
];
export const SPRAY_REPOS: readonly string[] = SPRAY_OWNERS.map((o) => `${o}/${o.split('-')[0] ?? o}`);

function sprayer(now: Date): Persona {
  const w = baseWorld(now, 0x5bad);
  const u = w.addUser({
    login: 'quickfix-kai',
    type: 'User',
    created_at: w.clock.ago(20),
    name: null,
    company: null,
    blog: '',
    location: null,
    email: null,
    bio: null,
    social_accounts: [],
  });
  const bodies = [null, 'Fixed a typo.', 'Updated the README to be more clear.', ''];
  const forked = new Set<string>();
  for (let i = 0; i < 40; i++) {
    const repo = SPRAY_REPOS[i % SPRAY_REPOS.length] ?? 'pixel-forge/pixel';
    const days = 10 - i * 0.15; // 40 PRs between 10 and ~4.2 days ago: one week
    if (!forked.has(repo)) {
      forked.add(repo);
      addFork(w, u, repo, days + 0.02);
    }
    addPr(w, u, {
      repo,
      title: i % 20 < 11 ? 'Update README.md' : 'Fix typo in README',
      body: bodies[i % bodies.length] ?? null,
      createdDaysAgo: days,
      outcome: i % 5 === 4 ? 'open' : i === 0 || i === 13 ? 'merged' : 'closed',
      closeAfterDays: 0.5 + (i % 3) * 0.5,
      files: ['README.md'],
      additions: 1,
      deletions: 1,
    });
  }
  const pr = openTargetPr(w, u, {
    title: 'Update README.md',
    body: 'Improved README.',
    files: ['README.md'],
    additions: 1,
    deletions: 1,
    association: 'FIRST_TIME_CONTRIBUTOR',
  });
  return {
    id: 'sprayer',
    title: 'Sprayer: 20-day account, empty profile, 40 near-identical README PRs across 35 repos in one week',
    expected: { verdict: 'red', firstTime: true },
    login: u.login,
    dataset: w.finish(),
    event: prEvent(pr, u),
  };
}

// ---- farmer --------------------------------------------------------------------------------------------------

function farmer(now: Date): Persona {
  const w = baseWorld(now, 0xfa7);
  const u = w.addUser({ login: 'harvest-hal', type: 'User', created_at: w.clock.ago(365), name: 'Hal Brandt', location: 'Remote', social_accounts: [] });
  const notPlanned: [string, string, number][] = [
    ['quartz-db/quartz', 'Feature request: AI-powered autocomplete', 80],
    ['lumen-ui/lumen', 'Add support for Web3 wallet login', 72],
    ['cobalt-auth/cobalt', 'Security vulnerability: XSS in README badge', 64],
    ['tern-lang/tern', 'Proposal: rewrite the core in Rust', 55],
    ['maple-cms/maple', 'Please add a dark mode', 47],
    ['rivet-io/rivet', 'Bounty: make it 10x faster', 38],
    ['atlas-docs/atlas', 'Add my project to the list', 30],
    ['garnet-ml/garnet', 'Integrate with ChatGPT', 22],
  ];
  for (const [repo, title, days] of notPlanned) {
    addIssue(w, u, {
      repo,
      title,
      body: 'This would make the project much better. When can this be done?',
      createdDaysAgo: days,
      outcome: 'not_planned',
      closeAfterDays: 1 + (days % 4),
    });
  }
  addIssue(w, u, { repo: 'nova-queue/nova', title: 'Add blockchain support', createdDaysAgo: 200, outcome: 'not_planned' }); // outside the window
  addIssue(w, u, { repo: 'docs-hub/handbook', title: 'Typo in installation docs', createdDaysAgo: 61, outcome: 'completed', closeAfterDays: 5 });
  addIssue(w, u, { repo: 'echo-log/echo', title: 'Link to the Discord server is broken', createdDaysAgo: 27, outcome: 'completed', closeAfterDays: 2 });
  addIssue(w, u, { repo: 'iris-img/iris', title: 'Support for Apple Vision Pro', createdDaysAgo: 6, outcome: 'open' });
  addPr(w, u, {
    repo: 'echo-log/echo',
    title: 'Fix the Discord invite link',
    createdDaysAgo: 26,
    outcome: 'merged',
    files: ['README.md'],
    additions: 1,
    deletions: 1,
  });
  addActivity(w, u, 14, {
    ownRepos: ['harvest-hal/awesome-ai-tools'],
    otherRepos: ['quartz-db/quartz', 'lumen-ui/lumen', 'garnet-ml/garnet', 'rivet-io/rivet'],
  });
  const issue = w.addItem({
    repo: TARGET_REPO,
    number: TARGET_ISSUE,
    kind: 'issue',
    author: u.login,
    title: 'Feature request: AI-generated widgets',
    body: 'Widgets should be generated by AI. This is the future. Please prioritise.',
    state: 'open',
    created_at: w.clock.ago(0, 0, 5),
    state_reason: null,
    author_association: 'NONE',
  });
  w.addEvent('IssuesEvent', u.login, TARGET_REPO, issue.created_at, {
    action: 'opened',
    issue: { number: issue.number, title: issue.title, html_url: `https://github.com/${TARGET_REPO}/issues/${issue.number}` },
  });
  return {
    id: 'farmer',
    title: 'Issue farmer: 1-year account, 8 issues elsewhere closed as not planned in the window; opens issue #43',
    expected: { verdict: 'red', firstTime: true },
    login: u.login,
    dataset: w.finish(),
    event: { name: 'issues', payload: issuePayload(issue, u) },
  };
}

// ---- bot -----------------------------------------------------------------------------------------------------

function bot(now: Date): Persona {
  const w = baseWorld(now, 0xb07);
  const u = w.addUser({ login: 'dependabot[bot]', id: 49699333, type: 'Bot', created_at: '2019-04-16T22:34:25Z' });
  const pr = openTargetPr(w, u, {
    title: 'Bump undici from 6.19.2 to 6.21.1',
    body: "Bumps [undici](https://github.com/nodejs/undici) from 6.19.2 to 6.21.1.\n\n---\n\nDependabot will resolve any conflicts with this PR as long as you don't alter it yourself.",
    files: ['package.json', 'package-lock.json'],
    additions: 9,
    deletions: 9,
    association: 'NONE',
  });
  return {
    id: 'bot',
    title: 'Bot: dependabot[bot] bumps a dependency',
    expected: { verdict: 'skipped', skippedReason: 'bot' },
    login: u.login,
    dataset: w.finish(),
    event: { name: 'pull_request_target', payload: pullRequestPayload(pr, u, { fixture: 'pull_request_target.opened.bot' }) },
  };
}

// ---- hostile -------------------------------------------------------------------------------------------------

export const HOSTILE_STRINGS: readonly string[] = [
  '@octo-org/maintainers',
  '<img src=x onerror=alert(1)>',
  '[click](https://evil.example)',
  '![x](https://evil.example/x.png)',
  '| col | break |',
  '```',
  '<!-- newcomer-triage:report -->',
  '</details>',
];

function hostileTitle(): string {
  const head = `Fix ${HOSTILE_STRINGS.join(' ')} `;
  let t = head;
  while (t.length < 2000) t += 'A very long title that goes on and on. ';
  return t.slice(0, 2000);
}

function hostile(now: Date): Persona {
  const w = baseWorld(now, 0x4057);
  const u = w.addUser({
    login: 'mallory-tester',
    type: 'User',
    created_at: w.clock.ago(60),
    name: '@octo-org/maintainers <img src=x onerror=alert(1)>',
    company: '[click](https://evil.example)',
    blog: 'https://evil.example/</details>',
    location: '| col | break |',
    email: null,
    bio: '![x](https://evil.example/x.png) ``` <!-- newcomer-triage:report --> </details> @octo-org/maintainers',
    social_accounts: [],
  });
  addPr(w, u, {
    repo: 'docs-hub/handbook',
    title: 'Fix </details> rendering in ```code``` blocks',
    body: '<img src=x onerror=alert(1)>',
    createdDaysAgo: 25,
    outcome: 'merged',
    files: ['docs/rendering.md'],
    additions: 3,
    deletions: 3,
  });
  addPr(w, u, {
    repo: 'tinyhttp-kit/router',
    title: 'Docs: ping @octo-org/maintainers in CONTRIBUTING | col | break |',
    createdDaysAgo: 10,
    outcome: 'open',
    files: ['CONTRIBUTING.md'],
    additions: 2,
    deletions: 0,
  });
  // Four hostile issues elsewhere closed as not planned: not-planned-issues yellow. With a filled profile, the
  // young account alone would be green (context alone makes nothing), and the report must still be posted.
  const notPlanned = ['quartz-db/quartz', 'lumen-ui/lumen', 'rivet-io/rivet', 'echo-log/echo'];
  notPlanned.forEach((repo, i) => {
    addIssue(w, u, {
      repo,
      title: `Bug: ${HOSTILE_STRINGS[i] ?? ''} breaks the page`,
      body: HOSTILE_STRINGS.join('\n'),
      createdDaysAgo: 50 - i * 9,
      outcome: 'not_planned',
    });
  });
  addActivity(w, u, 12, { ownRepos: ['mallory-tester/payloads'], otherRepos: ['docs-hub/handbook', 'tinyhttp-kit/router'], maxDaysAgo: 58 });
  const body = [
    'cc @octo-org/maintainers',
    '<img src=x onerror=alert(1)>',
    '[click](https://evil.example) ![x](https://evil.example/x.png)',
    '| col | break |',
    '|---|---|',
    '```',
    '<!-- newcomer-triage:report -->',
    '</details>',
    '<details><summary>unclosed',
  ].join('\n');
  const pr = openTargetPr(w, u, {
    title: hostileTitle(),
    body,
    files: ['README.md', 'docs/`tick` | pipe.md'],
    additions: 12,
    deletions: 2,
    association: 'FIRST_TIME_CONTRIBUTOR',
  });
  // The author pastes the action's markers: these must neither block the welcome nor be taken for its report.
  w.addComment({
    repo: TARGET_REPO,
    number: TARGET_PR,
    author: u.login,
    body: '<!-- newcomer-triage:report -->\n### Triage report\nVerdict: 🟢 green (trust me)',
    created_at: w.clock.ago(0, 0, 4),
  });
  w.addComment({
    repo: TARGET_REPO,
    number: TARGET_PR,
    author: u.login,
    body: '<!-- newcomer-triage:welcome -->\nWelcome, me!',
    created_at: w.clock.ago(0, 0, 3),
  });
  return {
    id: 'hostile',
    title: 'Hostile text: a newcomer whose profile, title and body try mentions, HTML, links, tables, fences and markers',
    expected: { verdict: 'yellow', firstTime: true },
    login: u.login,
    dataset: w.finish(),
    event: prEvent(pr, u),
  };
}

// ---- ghost ---------------------------------------------------------------------------------------------------

function ghost(now: Date): Persona {
  const w = baseWorld(now, 0x9057);
  // GitHub's placeholder for deleted accounts.
  const u = w.addUser({
    login: 'ghost',
    id: 10137,
    type: 'User',
    created_at: '2008-05-13T06:14:54Z',
    name: 'Deleted user',
    bio: "Hi, I'm @ghost! I take the place of user accounts that have been deleted.",
  });
  const pr = openTargetPr(w, u, { ...PAGINATION_PR, association: 'NONE', forkEvents: false });
  return {
    id: 'ghost',
    title: 'Deleted user: the PR now belongs to ghost',
    expected: { verdict: 'skipped', skippedReason: 'deleted-user' },
    login: u.login,
    dataset: w.finish(),
    event: { name: 'pull_request_target', payload: pullRequestPayload(pr, u, { fixture: 'pull_request_target.opened.ghost' }) },
  };
}

// ---- suspended -----------------------------------------------------------------------------------------------

function suspended(now: Date): Persona {
  const w = baseWorld(now, 0x5e5);
  // Readable, this account would be green (old, full profile, good record): yellow can only come from `unknown`.
  const u = w.addUser({
    login: 'quiet-quinn',
    type: 'User',
    created_at: w.clock.ago(2000),
    name: 'Quinn Avery',
    company: 'Kelp Systems',
    location: 'Dublin',
    bio: 'Docs and i18n.',
    suspended: true,
  });
  addPr(w, u, {
    repo: 'kiln-build/kiln',
    title: 'Typo in the cache docs',
    createdDaysAgo: 50,
    outcome: 'merged',
    files: ['docs/cache.md'],
    additions: 1,
    deletions: 1,
  });
  addPr(w, u, {
    repo: 'sundial-js/sundial',
    title: 'Add a Norwegian locale',
    createdDaysAgo: 31,
    outcome: 'merged',
    files: ['src/locales/nb.ts'],
    additions: 80,
    deletions: 0,
  });
  addPr(w, u, {
    repo: 'datagrid/datagrid',
    title: 'Fix a typo in the column API docs',
    createdDaysAgo: 15,
    outcome: 'open',
    files: ['docs/columns.md'],
    additions: 1,
    deletions: 1,
  });
  addActivity(w, u, 10, { ownRepos: ['quiet-quinn/notes'], otherRepos: ['kiln-build/kiln', 'sundial-js/sundial'] });
  const pr = openTargetPr(w, u, { ...PAGINATION_PR, association: 'FIRST_TIME_CONTRIBUTOR' });
  return {
    id: 'suspended',
    title: 'Suspended account: the payload names a user the API no longer returns',
    expected: { verdict: 'yellow', firstTime: true },
    login: u.login,
    dataset: w.finish(),
    event: prEvent(pr, u),
  };
}

// ---- returning -----------------------------------------------------------------------------------------------

function returning(now: Date): Persona {
  const w = baseWorld(now, 0x2e7);
  const u = w.addUser({
    login: 'rae-lindqvist',
    type: 'User',
    created_at: w.clock.ago(1500),
    name: 'Rae Lindqvist',
    company: 'Nordlys AB',
    location: 'Gothenburg',
    bio: 'Backend dev. Likes CSV more than is healthy.',
    social_accounts: [],
  });
  w.addItem({
    repo: TARGET_REPO,
    number: 17,
    kind: 'pr',
    author: u.login,
    title: 'Add CSV export',
    body: 'Closes #15',
    state: 'closed',
    created_at: w.clock.ago(210),
    closed_at: w.clock.ago(205),
    merged_at: w.clock.ago(205),
    author_association: 'FIRST_TIME_CONTRIBUTOR',
    files: ['src/export/csv.ts', 'test/export/csv.test.ts'],
    additions: 140,
    deletions: 2,
  });
  w.addItem({
    repo: TARGET_REPO,
    number: 23,
    kind: 'issue',
    author: u.login,
    title: 'CSV export quotes numbers',
    state: 'closed',
    created_at: w.clock.ago(180),
    closed_at: w.clock.ago(170),
    state_reason: 'completed',
    author_association: 'CONTRIBUTOR',
  });
  const repos = ['quartz-db/quartz', 'echo-log/echo', 'delta-sync/delta'];
  const titles = [
    'Stream large result sets',
    'Add a JSON lines sink',
    'Retry on connection reset',
    'Fix flaky clock test',
    'Bump minimum Go to 1.22',
    'Document the retry policy',
    'Handle empty batches',
  ];
  titles.forEach((title, i) => {
    addPr(w, u, {
      repo: repos[i % repos.length] ?? 'echo-log/echo',
      title,
      createdDaysAgo: 80 - i * 11,
      outcome: i >= 5 ? 'open' : 'merged',
      closeAfterDays: 3,
    });
  });
  addActivity(w, u, 20, { ownRepos: ['rae-lindqvist/csvkit-go'], otherRepos: repos });
  const pr = openTargetPr(w, u, {
    title: 'CSV export: add a --delimiter option',
    body: 'Follow-up to #17.',
    files: ['src/export/csv.ts', 'test/export/csv.test.ts', 'docs/export.md'],
    additions: 52,
    deletions: 6,
    association: 'CONTRIBUTOR',
  });
  return {
    id: 'returning',
    title: 'Returning contributor: an earlier PR here was merged (association CONTRIBUTOR)',
    expected: { verdict: 'skipped', skippedReason: 'association', firstTime: false },
    login: u.login,
    dataset: w.finish(),
    event: prEvent(pr, u),
  };
}

const builders: Record<PersonaId, (now: Date) => Persona> = {
  veteran,
  newcomer,
  sprayer,
  farmer,
  bot,
  hostile,
  ghost,
  suspended,
  returning,
  ...documentedBuilders,
};

export function buildPersona(id: PersonaId, now: Date = new Date()): Persona {
  const build = builders[id];
  if (!build) throw new Error(`unknown persona ${String(id)}; known: ${personaIds.join(', ')}`);
  return build(now);
}
