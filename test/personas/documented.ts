// Personas built from public, documented cases: maintainers' complaints in gh-profiler's tracker
// (github.com/ehmatthes/gh-profiler) and the spam waves maintainers reported in their own threads. Genuine
// people first, then bad actors. Logins, repos and exact dates are made up; the shape of each case (how many
// repos and owners, how fast, what became of the PRs, the profile, the account's age) follows the thread.
import type { FakeUser } from '../fake-github/dataset.js';
import { addActivity, addCommentEvent, addFork, addIssue, addPr } from './history.js';
import { PAGINATION_PR, issueEvent, openTargetIssue, openTargetPr, prEvent, type Persona } from './target.js';
import { at, baseWorld, type World } from './world.js';

export type DocumentedId = 'org-notice' | 'ecosystem-pr' | 'sparse-veteran' | 'one-closed' | 'young-filled' | 'tea-spray' | 'tag-spam' | 'comment-spam';

export const documentedIds: readonly DocumentedId[] = [
  'org-notice',
  'ecosystem-pr',
  'sparse-veteran',
  'one-closed',
  'young-filled',
  'tea-spray',
  'tag-spam',
  'comment-spam',
];

// A few merged PRs elsewhere, spread over the window: an ordinary good record.
function addMergedPrs(w: World, u: FakeUser, prs: readonly [repo: string, title: string][], fromDaysAgo: number, toDaysAgo: number): void {
  prs.forEach(([repo, title], i) => {
    const days = fromDaysAgo - ((fromDaysAgo - toDaysAgo) * i) / Math.max(prs.length - 1, 1);
    addPr(w, u, { repo, title, createdDaysAgo: days, outcome: 'merged', closeAfterDays: 1 + (i % 3) });
  });
}

// ---- org-notice ----------------------------------------------------------------------------------------------
// gh-profiler #109 (fixed in #114): "a well-known open source maintainer ... showed up red for issue activity:
// 24 issues opened with the same title: Deprecate usage of pre-commit-update.yml", all appropriate, across the
// repos of an org they maintain. Here: one notice on 8 repos of 5 owners (their org and neighbours) within a
// day, then on widgets (#43); a good record elsewhere. The 48-hour rule makes the title red, the good record
// shows it as yellow: a maintainer is asked to look, never told "careful review".

const NOTICE = 'Deprecate usage of pre-commit-update.yml';
const NOTICE_REPOS = [
  'hookworks/hooks-core',
  'hookworks/hooks-python',
  'hookworks/hooks-docs',
  'hookworks/mirror-ruff',
  'kiln-build/kiln',
  'datagrid/datagrid',
  'sundial-js/sundial',
  'parcel-labs/bundler',
];

function orgNotice(now: Date): Persona {
  const w = baseWorld(now, 0x109);
  const u = w.addUser({
    login: 'pia-hooks',
    type: 'User',
    created_at: w.clock.ago(8 * 365 + 40),
    name: 'Pia Lindgren',
    company: '@hookworks',
    blog: 'https://pia.example',
    bio: 'Maintains hookworks. Pre-commit hooks and their mirrors.',
    social_accounts: [],
  });
  NOTICE_REPOS.forEach((repo, i) => {
    addIssue(w, u, {
      repo,
      title: NOTICE,
      body: 'The pre-commit-update.yml workflow is replaced by the shared one; see hookworks/hooks-core for the migration.',
      createdDaysAgo: 2 - i * 0.08, // within about 15 hours
      outcome: i % 3 === 0 ? 'completed' : 'open',
      closeAfterDays: 0.5,
    });
  });
  // The good record: 6 merged elsewhere in the window, 1 closed unmerged, 1 open.
  addMergedPrs(
    w,
    u,
    [
      ['hookworks/hooks-python', 'Support Python 3.13 in the hook runner'],
      ['kiln-build/kiln', 'Cache hook environments by lockfile hash'],
      ['hookworks/mirror-ruff', 'Mirror ruff 0.8.0'],
      ['datagrid/datagrid', 'Fix the pre-commit config for docs'],
      ['sundial-js/sundial', 'Run prettier through pre-commit'],
      ['hookworks/hooks-docs', 'Document the shared update workflow'],
    ],
    80,
    9,
  );
  addPr(w, u, { repo: 'parcel-labs/bundler', title: 'Experiment: hook-based formatting', createdDaysAgo: 40, outcome: 'closed' });
  addPr(w, u, { repo: 'hookworks/hooks-core', title: 'Shared pre-commit update workflow', createdDaysAgo: 4, outcome: 'open' });
  addActivity(w, u, 24, { ownRepos: ['pia-hooks/dotfiles'], otherRepos: ['hookworks/hooks-core', 'hookworks/hooks-python', 'kiln-build/kiln'] });
  const issue = openTargetIssue(w, u, {
    title: NOTICE,
    body: 'widgets uses pre-commit-update.yml from hookworks; it is deprecated in favour of the shared workflow.',
  });
  return {
    id: 'org-notice',
    title: 'Org-wide notice (gh-profiler #109, #114): one deprecation notice on 8 repos of 5 owners in a day, good record',
    expected: { verdict: 'yellow', firstTime: true },
    login: u.login,
    dataset: w.finish(),
    event: issueEvent(issue, u),
  };
}

// ---- ecosystem-pr --------------------------------------------------------------------------------------------
// A CPython core developer sent "Drop support for Python 3.8" to the projects he helps maintain when 3.8 reached
// its end of life (Sept-Nov 2024: termcolor/termcolor#81, prettytable/prettytable#309, python/blurb#27,
// python/cherry-picker#133, python/bedevere#650, several on one day), all merged. Merged PRs are left out of
// repeated-titles: housekeeping that maintainers take is not spam.

const DROP_38 = 'Drop support for Python 3.8';

function ecosystemPr(now: Date): Persona {
  const w = baseWorld(now, 0x38);
  const u = w.addUser({
    login: 'kaarina-core',
    type: 'User',
    created_at: w.clock.ago(14 * 365 + 100),
    name: 'Kaarina Virtanen',
    blog: 'https://kaarina.example',
    location: 'Helsinki',
    bio: 'CPython core developer. Release tooling, packaging, docs.',
    social_accounts: [{ provider: 'mastodon', url: 'https://mastodon.social/@kaarina' }],
  });
  const projects = ['termkit/termkit', 'tabulate-py/prettygrid', 'pyblurb/blurb', 'cherry-tools/cherry-picker', 'pypa-lite/packlet', 'osm-tools/osmplot'];
  // Three on one day, then the rest over two weeks, as in the real wave.
  const days = [20, 19.9, 19.8, 14, 10, 6];
  projects.forEach((repo, i) => {
    addPr(w, u, {
      repo,
      title: DROP_38,
      body: 'Python 3.8 is end-of-life next month: https://devguide.python.org/versions/',
      createdDaysAgo: at(days, i),
      outcome: 'merged',
      closeAfterDays: 0.5 + (i % 4),
      files: ['pyproject.toml', 'tox.ini', 'README.md'],
    });
  });
  // The same change on her own repos does not count either way.
  addPr(w, u, { repo: 'kaarina-core/pepdates', title: DROP_38, createdDaysAgo: 21, outcome: 'merged', files: ['pyproject.toml'] });
  addMergedPrs(
    w,
    u,
    [
      ['termkit/termkit', 'Add support for Python 3.13'],
      ['pyblurb/blurb', 'Release 2.0'],
      ['cherry-tools/cherry-picker', 'Use trusted publishing'],
      ['tabulate-py/prettygrid', 'Test on PyPy 3.10'],
      ['osm-tools/osmplot', 'Replace setup.py with pyproject.toml'],
      ['pypa-lite/packlet', 'Fix the docs build on Read the Docs'],
    ],
    85,
    30,
  );
  addActivity(w, u, 40, { ownRepos: ['kaarina-core/pepdates', 'kaarina-core/eoldates'], otherRepos: projects });
  const pr = openTargetPr(w, u, {
    title: DROP_38,
    body: 'Python 3.8 is end-of-life: https://devguide.python.org/versions/',
    files: ['pyproject.toml', 'tox.ini', 'README.md'],
    additions: 4,
    deletions: 6,
    association: 'NONE',
  });
  return {
    id: 'ecosystem-pr',
    title: 'Ecosystem-wide housekeeping (termcolor#81, prettytable#309, blurb#27): "Drop support for Python 3.8" to 6 owners, all merged',
    expected: { verdict: 'green', firstTime: true },
    login: u.login,
    dataset: w.finish(),
    event: prEvent(pr, u),
  };
}

// ---- sparse-veteran ------------------------------------------------------------------------------------------
// gh-profiler #92: a 14-year-old account "removed most personal info from github ... I'm a real human person",
// shown as having "concerns" for empty profile fields; #153 (a scikit-learn maintainer): "very little signal in
// the profile information ... a well-filled GitHub profile is more a bad sign than a good sign". The profile is
// judged only for accounts younger than 1095 days. Short "+1"/"Thanks!" comments on many repos do not count
// (under 10 characters once normalised).

function sparseVeteran(now: Date): Persona {
  const w = baseWorld(now, 0x92);
  const u = w.addUser({ login: 'jep-hacks', type: 'User', created_at: w.clock.ago(14 * 365 + 30), name: 'Jeff E.', social_accounts: [] });
  addPr(w, u, { repo: 'circuitry/firmware', title: 'Fix the I2C timeout on the RP2040 port', createdDaysAgo: 70, outcome: 'merged', closeAfterDays: 3 });
  addPr(w, u, { repo: 'datagrid/datagrid', title: 'Handle NaN in numeric sort', createdDaysAgo: 44, outcome: 'merged', closeAfterDays: 2 });
  addPr(w, u, { repo: 'kiln-build/kiln', title: 'Make the lock timeout configurable', createdDaysAgo: 21, outcome: 'merged', closeAfterDays: 4 });
  addPr(w, u, { repo: 'circuitry/firmware', title: 'Add a test for the watchdog reset', createdDaysAgo: 6, outcome: 'open' });
  addIssue(w, u, {
    repo: 'sundial-js/sundial',
    title: 'Week numbers off by one in ISO mode near new year',
    createdDaysAgo: 30,
    outcome: 'completed',
    closeAfterDays: 5,
  });
  const short = ['+1', 'Thanks!', '+1 🎉', 'thanks!!', 'LGTM', '👍 +1', 'Thanks.'];
  const repos = [
    'circuitry/firmware',
    'datagrid/datagrid',
    'kiln-build/kiln',
    'sundial-js/sundial',
    'parcel-labs/bundler',
    'fjord-io/fjord',
    'mdx-kit/mdx-kit',
  ];
  repos.forEach((repo, i) => {
    addCommentEvent(w, u, { repo, number: 100 + i * 37, title: 'Discussion', body: at(short, i), at: w.clock.ago(25 - i * 3) });
  });
  addActivity(w, u, 16, { ownRepos: ['jep-hacks/scripts'], otherRepos: ['circuitry/firmware', 'kiln-build/kiln'] });
  const pr = openTargetPr(w, u, { ...PAGINATION_PR, association: 'NONE' });
  return {
    id: 'sparse-veteran',
    title: 'Veteran with a sparse profile (gh-profiler #92, #153): 14-year account, one profile field, modest history',
    expected: { verdict: 'green', firstTime: true },
    login: u.login,
    dataset: w.finish(),
    event: prEvent(pr, u),
  };
}

// ---- one-closed ----------------------------------------------------------------------------------------------
// gh-profiler #110 (fixed in #113): "a well-trusted maintainer had yellow flags ... they had just a handful of
// external PRs, and one was closed without merging. The low volume meant 1/x was a high ratio": 3 external PRs,
// 2 merged, 1 closed unmerged. closed-unmerged-ratio is judged only with at least 3 closed without merge.

function oneClosed(now: Date): Persona {
  const w = baseWorld(now, 0x110);
  const u = w.addUser({
    login: 'tomas-trusted',
    type: 'User',
    created_at: w.clock.ago(7 * 365),
    name: 'Tomás Ferreira',
    company: 'Fjord IO',
    location: 'Porto',
    bio: 'Maintainer of fjord. Storage engines.',
    social_accounts: [],
  });
  addPr(w, u, { repo: 'kiln-build/kiln', title: 'Retry remote cache uploads once', createdDaysAgo: 19, outcome: 'merged', closeAfterDays: 2 });
  addPr(w, u, { repo: 'hashkit/hashbrown-lite', title: 'Add a benchmark for small maps', createdDaysAgo: 12, outcome: 'merged', closeAfterDays: 1 });
  addPr(w, u, { repo: 'mdx-kit/mdx-kit', title: 'Experiment: streaming compile', createdDaysAgo: 8, outcome: 'closed', closeAfterDays: 3 });
  // Their own project's PRs do not count.
  addPr(w, u, { repo: 'tomas-trusted/fjord-bench', title: 'Try a different allocator', createdDaysAgo: 15, outcome: 'closed' });
  addActivity(w, u, 30, { ownRepos: ['tomas-trusted/fjord-bench', 'tomas-trusted/notes'], otherRepos: ['kiln-build/kiln', 'hashkit/hashbrown-lite'] });
  const pr = openTargetPr(w, u, { ...PAGINATION_PR, association: 'NONE' });
  return {
    id: 'one-closed',
    title: 'Trusted maintainer with one closed PR (gh-profiler #110, #113): 3 external PRs, 2 merged, 1 closed unmerged',
    expected: { verdict: 'green', firstTime: true },
    login: u.login,
    dataset: w.finish(),
    event: prEvent(pr, u),
  };
}

// ---- young-filled --------------------------------------------------------------------------------------------
// gh-profiler #88 (fixed in #89): "New account with no other red/yellow flags should be green", shown on "an
// account age of 11 days, where the only issue was the new account age". Account age is context: alone it
// makes nothing.

function youngFilled(now: Date): Persona {
  const w = baseWorld(now, 0x88);
  const u = w.addUser({
    login: 'nadia-builds',
    type: 'User',
    created_at: w.clock.ago(11),
    name: 'Nadia Rahman',
    blog: 'https://nadia.example',
    location: 'Dhaka',
    bio: 'Learning TypeScript by fixing things.',
    social_accounts: [],
  });
  addPr(w, u, {
    repo: 'docs-hub/handbook',
    title: 'Explain how to run the docs locally',
    createdDaysAgo: 6,
    outcome: 'merged',
    closeAfterDays: 1,
    files: ['CONTRIBUTING.md'],
  });
  addIssue(w, u, { repo: 'tinyhttp-kit/router', title: 'Trailing slash routes return 404', createdDaysAgo: 3, outcome: 'open' });
  addActivity(w, u, 8, { ownRepos: ['nadia-builds/ts-katas'], otherRepos: ['docs-hub/handbook', 'tinyhttp-kit/router'], maxDaysAgo: 10 });
  const pr = openTargetPr(w, u, { ...PAGINATION_PR, association: 'FIRST_TIME_CONTRIBUTOR' });
  return {
    id: 'young-filled',
    title: 'New account, filled profile (gh-profiler #88, #89): 11 days old, 4 profile fields, one merged PR elsewhere',
    expected: { verdict: 'green', firstTime: true },
    login: u.login,
    dataset: w.finish(),
    event: prEvent(pr, u),
  };
}

// ---- tea-spray -----------------------------------------------------------------------------------------------
// The tea.yaml wave of February-March 2024: new accounts opened "Add tea.yaml" PRs on many repos to claim them
// for a token scheme (TryGhost/Ghost#19743; xvxx/shy#5 "This is spam. Please close and report this user";
// conestack/node#23 "stop spamming"); many were never closed. Here: 8 owners in 36 hours, none closed yet, the
// repo's name in each title, so only the masked form sees one title.

const TEA_REPOS = [
  'maxwell/chart',
  'cfalk/shoes',
  'ninefold/quiver',
  'orchid-dev/petal',
  'lumen-ui/lumen',
  'quartz-db/quartz',
  'rivet-io/rivet',
  'tern-lang/tern',
];

function teaSpray(now: Date): Persona {
  const w = baseWorld(now, 0x7ea);
  const u = w.addUser({
    login: 'brew-tokens',
    type: 'User',
    created_at: w.clock.ago(25),
    name: null,
    company: null,
    blog: '',
    location: null,
    email: null,
    bio: null,
    social_accounts: [],
  });
  TEA_REPOS.forEach((repo, i) => {
    const days = 3 - i * 0.2;
    addFork(w, u, repo, days + 0.01);
    addPr(w, u, {
      repo,
      title: `Add tea.yaml to ${repo.split('/')[1] ?? repo}`,
      body: null,
      createdDaysAgo: days,
      outcome: 'open',
      files: ['tea.yaml'],
      additions: 6,
      deletions: 0,
    });
  });
  const pr = openTargetPr(w, u, {
    title: 'Add tea.yaml to widgets',
    body: null,
    files: ['tea.yaml'],
    additions: 6,
    deletions: 0,
    association: 'FIRST_TIME_CONTRIBUTOR',
  });
  return {
    id: 'tea-spray',
    title: 'Unclosed tea.yaml spray (TryGhost/Ghost#19743, xvxx/shy#5): 25-day account, "Add tea.yaml to <repo>" to 8 owners in 36 h',
    expected: { verdict: 'red', firstTime: true },
    login: u.login,
    dataset: w.finish(),
    event: prEvent(pr, u),
  };
}

// ---- tag-spam ------------------------------------------------------------------------------------------------
// Link spam whose titles differ only by a leading tag and the target repo's name, like the emoji-prefixed
// "📋 Documentation Enhancement Suggestion" issues gh-profiler met 70 times in 21 days (#90) and the
// "Update README.md" PRs of Hacktoberfest (root-project/root#6534, hakimel/reveal.js#2794). 7 owners over three
// weeks: no 48-hour burst, and no exact repeat; the masked, tag-free form is one title.

const TAG_REPOS = ['maxwell/chart', 'ninefold/quiver', 'orchid-dev/petal', 'beacon-mon/beacon', 'cobalt-auth/cobalt', 'echo-log/echo', 'garnet-ml/garnet'];

function tagSpam(now: Date): Persona {
  const w = baseWorld(now, 0x7a9);
  const u = w.addUser({
    login: 'linkdrop-lee',
    type: 'User',
    created_at: w.clock.ago(200),
    name: 'Lee',
    blog: 'https://toplists.example',
    social_accounts: [],
  });
  TAG_REPOS.forEach((repo, i) => {
    const name = repo.split('/')[1] ?? repo;
    const capital = name.charAt(0).toUpperCase() + name.slice(1);
    const title = [`[Docs] Add link to ${capital}`, `(docs) add link to ${name}`, `[DOCS] Add link to ${name} 📚`][i % 3] ?? name;
    addPr(w, u, {
      repo,
      title,
      body: 'Added a link to a curated list of resources.',
      createdDaysAgo: 24 - i * 3,
      outcome: i === 0 || i === 3 ? 'closed' : 'open',
      closeAfterDays: 1,
      files: ['README.md'],
      additions: 1,
      deletions: 0,
    });
  });
  const pr = openTargetPr(w, u, {
    title: '[Docs] Add link to widgets',
    body: 'Added a link to a curated list of resources.',
    files: ['README.md'],
    additions: 1,
    deletions: 0,
    association: 'FIRST_TIME_CONTRIBUTOR',
  });
  return {
    id: 'tag-spam',
    title: 'Tag-prefixed link spam (gh-profiler #90): "[Docs] Add link to <repo>" / "(docs) add link to <repo>" to 7 owners',
    expected: { verdict: 'red', firstTime: true },
    login: u.login,
    dataset: w.finish(),
    event: prEvent(pr, u),
  };
}

// ---- comment-spam --------------------------------------------------------------------------------------------
// A comment spammer: one promotional comment on the issues of many repos ("Just received a comment in almost
// all of the opened issues", freedomsponsors/www.freedomsponsors.org#253; git-up/GitUp#1723). 12 owners in 20
// days, the text varied only in case, punctuation and emoji; IssueCommentEvent on issues and PRs, one
// PullRequestReviewCommentEvent. The account is 60 days old with a filled profile, so nothing else is wrong.

const PROMO = [
  'Great project! Check out https://devhire.example for vetted freelance devs 🚀',
  'great project!! check out https://devhire.example for vetted freelance devs',
  'Great project — check out https://DevHire.example for vetted freelance devs!',
];
const COMMENTED = [
  'pixel-forge/pixel',
  'cloudnest/cloudnest',
  'byteorbit/byteorbit',
  'lumen-ui/lumen',
  'quartz-db/quartz',
  'nimbus-ops/nimbus',
  'tern-lang/tern',
  'gridlock-js/gridlock',
  'fable-tools/fable',
  'ember-kit/ember',
  'hexa-dev/hexa',
  'mint-labs/mint',
];

function commentSpam(now: Date): Persona {
  const w = baseWorld(now, 0xc0e);
  const u = w.addUser({
    login: 'devhire-dana',
    type: 'User',
    created_at: w.clock.ago(60),
    name: 'Dana Hire',
    blog: 'https://devhire.example',
    bio: 'Connecting projects with freelance developers.',
    social_accounts: [],
  });
  COMMENTED.forEach((repo, i) => {
    addCommentEvent(w, u, {
      repo,
      number: 200 + i * 53,
      title: i % 4 === 1 ? 'Add a plugin API' : 'Crash on startup with an empty config',
      body: at(PROMO, i % PROMO.length),
      at: w.clock.ago(20 - i * 1.6),
      on: i === 5 ? 'review' : i % 4 === 1 ? 'pr' : 'issue',
    });
  });
  addActivity(w, u, 6, { ownRepos: ['devhire-dana/devhire-site'], otherRepos: [] });
  const issue = openTargetIssue(w, u, {
    title: 'Partnership: freelance developers for widgets',
    body: 'Great project! Check out https://devhire.example for vetted freelance devs 🚀',
  });
  return {
    id: 'comment-spam',
    title: "Comment spammer (freedomsponsors#253, git-up/GitUp#1723): one promotional comment on 12 owners' issues in 20 days",
    expected: { verdict: 'red', firstTime: true },
    login: u.login,
    dataset: w.finish(),
    event: issueEvent(issue, u),
  };
}

export const documentedBuilders: Record<DocumentedId, (now: Date) => Persona> = {
  'org-notice': orgNotice,
  'ecosystem-pr': ecosystemPr,
  'sparse-veteran': sparseVeteran,
  'one-closed': oneClosed,
  'young-filled': youngFilled,
  'tea-spray': teaSpray,
  'tag-spam': tagSpam,
  'comment-spam': commentSpam,
};
