// Sanity checks on the sample data: the personas and the backlog are internally consistent, and with the
// contract's default thresholds they are what they claim to be. Also checks the webhook payload fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from './fake-github/dataset.js';
import {
  HOSTILE_STRINGS,
  authorStats,
  buildBacklog,
  buildPersona,
  defaultLevels,
  eventFixturesDir,
  loadEventFixture,
  personaIds,
  readPersona,
  verdictOf,
  type Persona,
} from './personas/index.js';

const NOW = new Date('2031-03-14T12:00:00Z');
const DAY = 86_400_000;
const WINDOW_START = NOW.getTime() - 90 * DAY;

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => {
  assert.ok(typeof v === 'object' && v !== null && !Array.isArray(v), `expected an object, got ${JSON.stringify(v)}`);
  return v as Json;
};

function target(p: Persona): { number: number; user: Json; kind: 'pr' | 'issue' } {
  const payload = p.event.payload;
  if (payload.pull_request) {
    const pr = obj(payload.pull_request);
    return { number: Number(pr.number), user: obj(pr.user), kind: 'pr' };
  }
  const issue = obj(payload.issue);
  return { number: Number(issue.number), user: obj(issue.user), kind: 'issue' };
}

function assertConsistent(ds: Dataset, label: string, now: Date): void {
  const nowMs = now.getTime();
  const logins = ds.users.map((u) => u.login.toLowerCase());
  assert.equal(new Set(logins).size, logins.length, `${label}: duplicate logins`);
  const ids = ds.users.map((u) => u.id);
  assert.equal(new Set(ids).size, ids.length, `${label}: duplicate user ids`);
  const eventIds = ds.events.map((e) => e.id);
  assert.equal(new Set(eventIds).size, eventIds.length, `${label}: duplicate event ids`);
  for (const id of eventIds) assert.match(id, /^\d+$/, `${label}: event id ${id} is not a numeric string`);
  const commentIds = ds.comments.map((c) => c.id);
  assert.equal(new Set(commentIds).size, commentIds.length, `${label}: duplicate comment ids`);
  const numbers = ds.items.map((i) => `${i.repo}#${i.number}`);
  assert.equal(new Set(numbers).size, numbers.length, `${label}: duplicate item numbers in a repo`);

  const users = new Map(ds.users.map((u) => [u.login.toLowerCase(), u]));
  const repos = new Set(ds.repos.map((r) => `${r.owner}/${r.name}`));
  for (const r of ds.repos) assert.ok(users.has(r.owner.toLowerCase()), `${label}: repo owner ${r.owner} is not a user`);
  for (const login of [...logins]) {
    assert.match(login, /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}(\[bot\])?$/, `${label}: ${login} is not a valid login`);
  }
  const born = (login: string) => {
    const u = users.get(login.toLowerCase());
    assert.ok(u, `${label}: unknown user ${login}`);
    return Date.parse(u.created_at);
  };
  for (const i of ds.items) {
    assert.ok(repos.has(i.repo), `${label}: ${i.repo} of ${i.repo}#${i.number} is not a repo`);
    const created = Date.parse(i.created_at);
    assert.ok(created <= nowMs, `${label}: ${i.repo}#${i.number} created in the future`);
    assert.ok(created >= born(i.author), `${label}: ${i.repo}#${i.number} predates its author's account`);
    if (i.state === 'closed') {
      assert.ok(i.closed_at, `${label}: ${i.repo}#${i.number} closed without closed_at`);
      assert.ok(Date.parse(i.closed_at) >= created && Date.parse(i.closed_at) <= nowMs, `${label}: ${i.repo}#${i.number} closed_at out of order`);
    } else {
      assert.ok(!i.closed_at && !i.merged_at, `${label}: open ${i.repo}#${i.number} has closed_at/merged_at`);
    }
    if (i.merged_at) {
      assert.equal(i.kind, 'pr');
      assert.equal(i.merged_at, i.closed_at);
    }
    if (i.kind === 'pr') assert.equal(i.state_reason ?? null, null, `${label}: PR with state_reason`);
  }
  for (const e of ds.events) {
    // Every actor is a user of the dataset (a suspended one included: its events stay, its profile does not).
    const at = Date.parse(e.created_at);
    assert.ok(at <= nowMs, `${label}: event ${e.id} in the future`);
    assert.ok(at >= born(e.actor), `${label}: event ${e.id} predates ${e.actor}'s account`);
    assert.ok(at >= nowMs - 30 * DAY, `${label}: event ${e.id} older than the events API keeps (30 days)`);
    assert.match(e.repo, /^[^/]+\/[^/]+$/);
  }
  for (const c of ds.comments) {
    assert.ok(users.has(c.author.toLowerCase()), `${label}: comment author ${c.author} unknown`);
    assert.ok(
      ds.items.some((i) => i.repo === c.repo && i.number === c.number),
      `${label}: comment on a missing item`,
    );
  }
  for (let k = 1; k < ds.events.length; k++) {
    assert.ok(Date.parse(ds.events[k - 1]!.created_at) >= Date.parse(ds.events[k]!.created_at), `${label}: events not newest first`);
  }
}

for (const id of personaIds) {
  test(`persona ${id}: consistent dataset and payload`, () => {
    const p = buildPersona(id, NOW);
    assert.equal(p.id, id);
    assertConsistent(p.dataset, id, NOW);
    const ds = p.dataset;

    const widgets = ds.repos.find((r) => r.owner === 'octo-org' && r.name === 'widgets');
    assert.ok(widgets, 'octo-org/widgets exists');
    assert.deepEqual(widgets.labels.find((l) => l.name === 'triage: check')?.color, 'fbca04');
    for (const missing of ['triage: careful review', 'first-time contributor']) {
      assert.ok(!widgets.labels.some((l) => l.name === missing), `${missing} must not exist yet`);
    }
    assert.equal(ds.users.find((u) => u.login === 'octo-org')?.type, 'Organization');
    assert.equal(ds.users.find((u) => u.login === 'octo-org')?.id, 9919);
    assert.ok(ds.orgMembers['octo-org']?.includes('maintainer-mona'));
    assert.ok(ds.users.some((u) => u.login === ds.viewer));

    const payload = p.event.payload;
    assert.equal(obj(payload.repository).full_name, 'octo-org/widgets');
    assert.equal(obj(obj(payload.repository).owner).type, 'Organization');
    assert.equal(payload.action, 'opened');
    const t = target(p);
    assert.equal(t.user.login, p.login);
    assert.equal(obj(payload.sender).login, p.login);
    const author = ds.users.find((u) => u.login === p.login);
    assert.ok(author, 'the author is a user of the dataset');
    assert.equal(t.user.id, author.id);
    assert.equal(t.user.type, author.type);
    const item = ds.items.find((i) => i.repo === 'octo-org/widgets' && i.number === t.number);
    assert.ok(item, 'the PR/issue of the event exists');
    assert.equal(item.kind, t.kind);
    assert.equal(item.state, 'open');
    assert.equal(item.author, p.login);
    assert.ok(NOW.getTime() - Date.parse(item.created_at) < 60 * 60_000, 'opened just now');
    if (t.kind === 'pr') {
      assert.equal(p.event.name, 'pull_request_target');
      assert.equal(t.number, 42);
      const pr = obj(payload.pull_request);
      assert.equal(pr.title, item.title);
      assert.equal(pr.author_association, item.author_association);
      assert.equal(pr.changed_files, item.files?.length);
      assert.equal(pr.created_at, item.created_at);
      assert.ok((item.files?.length ?? 0) > 0);
    } else {
      assert.equal(p.event.name, 'issues');
      assert.equal(t.number, 43);
      assert.equal(obj(payload.issue).title, item.title);
    }

    // First-time status as the contract defines it, from the data.
    const created = Date.parse(item.created_at);
    const mine = ds.items.filter((i) => i.repo === 'octo-org/widgets' && i.author === p.login && i !== item);
    const firstTime =
      t.kind === 'pr'
        ? !mine.some((i) => i.kind === 'pr' && i.merged_at && Date.parse(i.merged_at) < created)
        : !mine.some((i) => Date.parse(i.created_at) < created);
    if (p.expected.firstTime !== undefined) assert.equal(firstTime, p.expected.firstTime, 'expected.firstTime matches the data');

    // With default thresholds the data gives the expected verdict (the action's own skip rules and the
    // suspended account's unknown signals aside).
    if (p.expected.verdict !== 'skipped' && id !== 'suspended') {
      const reading = readPersona(p, NOW);
      assert.equal(reading.verdict, p.expected.verdict, JSON.stringify(reading.levels));
    }
  });
}

test('personas are relative to now and deterministic', () => {
  const later = new Date(NOW.getTime() + 400 * DAY);
  for (const id of personaIds) {
    const a = buildPersona(id, NOW);
    const b = buildPersona(id, later);
    // bot and ghost are real accounts with fixed creation dates; everything else moves with now.
    const strip = (s: ReturnType<typeof authorStats>) => (id === 'bot' || id === 'ghost' ? { ...s, accountAgeDays: 0 } : s);
    assert.deepEqual(strip(authorStats(a.dataset, a.login, NOW)), strip(authorStats(b.dataset, b.login, later)), id);
    assert.deepEqual(buildPersona(id, NOW), a, `${id} is deterministic`);
  }
  const fresh = buildPersona('veteran'); // default now
  assert.ok(Math.abs(Date.parse(fresh.dataset.events[0]!.created_at) - Date.now()) < 2 * DAY);
});

test('veteran: old, complete, prolific and well received', () => {
  const p = buildPersona('veteran', NOW);
  const s = authorStats(p.dataset, p.login, NOW);
  assert.ok(s.accountAgeDays >= 9 * 365);
  assert.equal(s.profileFields, 7);
  const u = p.dataset.users.find((x) => x.login === p.login)!;
  assert.equal(u.social_accounts?.length, 2);
  const external = p.dataset.items.filter(
    (i) =>
      i.author === p.login && i.kind === 'pr' && !i.repo.startsWith(`${p.login}/`) && i.repo !== 'octo-org/widgets' && Date.parse(i.created_at) >= WINDOW_START,
  );
  assert.equal(external.length, 30);
  assert.equal(s.externalPrsClosedUnmerged, 2);
  assert.equal(s.closedUnmergedRatio, null, 'fewer than 3 closed without merge: not judged');
  assert.ok(s.externalPrsPerWeek <= 5);
  assert.equal(s.repeatedTitles, 1);
  assert.ok(s.eventsInWindow >= 60 && s.eventsInWindow <= 90, String(s.eventsInWindow));
  // Older PRs and PRs to her own repos exist, so window and ownership filters matter.
  assert.ok(p.dataset.items.some((i) => i.author === p.login && Date.parse(i.created_at) < WINDOW_START - 20 * DAY));
  assert.ok(p.dataset.items.some((i) => i.author === p.login && i.repo.startsWith(`${p.login}/`) && i.state === 'closed' && !i.merged_at));
  assert.equal(obj(obj(p.event.payload).pull_request).author_association, 'NONE');
  const types = new Set(p.dataset.events.map((e) => e.type));
  for (const t of ['PushEvent', 'PullRequestEvent', 'IssuesEvent', 'IssueCommentEvent', 'WatchEvent', 'CreateEvent']) assert.ok(types.has(t), t);
});

test('sprayer: 40 README PRs across 35 repos in one week', () => {
  const p = buildPersona('sprayer', NOW);
  const s = authorStats(p.dataset, p.login, NOW);
  const ext = p.dataset.items.filter((i) => i.author === p.login && i.repo !== 'octo-org/widgets');
  assert.equal(ext.length, 40);
  assert.equal(new Set(ext.map((i) => i.repo)).size, 35);
  assert.equal(ext.filter((i) => i.state === 'closed' && !i.merged_at).length, 30);
  assert.ok(s.accountAgeDays <= 20 && s.profileFields === 0);
  assert.ok(s.externalPrsPerWeek >= 40);
  assert.ok(s.repeatedTitles >= 20);
  const times = ext.map((i) => Date.parse(i.created_at));
  assert.ok(Math.max(...times) - Math.min(...times) < 7 * DAY);
});

test('farmer: 8 not-planned issues in the window, one more outside it', () => {
  const p = buildPersona('farmer', NOW);
  const s = authorStats(p.dataset, p.login, NOW);
  assert.equal(s.notPlannedIssues, 8);
  const all = p.dataset.items.filter((i) => i.author === p.login && i.state_reason === 'not_planned');
  assert.equal(all.length, 9);
  assert.equal(s.profileFields, 2);
  assert.equal(s.accountAgeDays, 365);
});

test('hostile: every hostile string reaches the action', () => {
  const p = buildPersona('hostile', NOW);
  const pr = obj(p.event.payload.pull_request);
  assert.equal(String(pr.title).length, 2000);
  const u = p.dataset.users.find((x) => x.login === p.login)!;
  const text = [u.name, u.company, u.bio, u.location, u.blog, pr.title, pr.body].join('\n');
  for (const s of HOSTILE_STRINGS) assert.ok(text.includes(s), s);
  for (const s of HOSTILE_STRINGS) assert.ok(String(pr.body).includes(s), `body has ${s}`);
  assert.ok(p.dataset.comments.some((c) => c.author === p.login && c.body.includes('<!-- newcomer-triage:report -->')));
});

test('suspended, bot, ghost, returning', () => {
  const s = buildPersona('suspended', NOW);
  const u = s.dataset.users.find((x) => x.login === s.login)!;
  assert.equal(u.suspended, true);
  assert.ok(s.dataset.events.some((e) => e.actor === s.login));
  // Readable, its data would be green: its yellow can only come from unknown signals.
  assert.equal(readPersona(s, NOW).verdict, 'green');

  const b = buildPersona('bot', NOW);
  assert.equal(obj(obj(b.event.payload.pull_request).user).type, 'Bot');
  assert.equal(b.login, 'dependabot[bot]');
  assert.equal(buildPersona('ghost', NOW).login, 'ghost');
  assert.equal(obj(obj(buildPersona('ghost', NOW).event.payload.pull_request).user).id, 10137);

  const r = buildPersona('returning', NOW);
  assert.equal(obj(r.event.payload.pull_request).author_association, 'CONTRIBUTOR');
  assert.ok(r.dataset.items.some((i) => i.repo === 'octo-org/widgets' && i.author === r.login && i.merged_at));
});

test('backlog: 500 open PRs by exactly 300 authors, with real profiles and histories', () => {
  const { dataset, payload } = buildBacklog({ prs: 500, authors: 300, now: NOW });
  assertConsistent(dataset, 'backlog', NOW);
  const open = dataset.items.filter((i) => i.repo === 'octo-org/widgets' && i.kind === 'pr' && i.state === 'open');
  assert.equal(open.length, 500);
  const authors = new Set(open.map((i) => i.author));
  assert.equal(authors.size, 300);
  const users = new Map(dataset.users.map((u) => [u.login, u]));
  const kinds = { bot: 0, member: 0, withHistory: 0 };
  for (const a of authors) {
    const u = users.get(a);
    assert.ok(u, a);
    if (u.type === 'Bot') kinds.bot++;
    if (dataset.orgMembers['octo-org']?.includes(a)) kinds.member++;
    if (dataset.items.some((i) => i.author === a && i.repo !== 'octo-org/widgets')) kinds.withHistory++;
  }
  assert.ok(kinds.bot >= 5, `bots: ${kinds.bot}`);
  assert.ok(kinds.member >= 5, `members: ${kinds.member}`);
  assert.ok(kinds.withHistory >= 200, `with history: ${kinds.withHistory}`);
  assert.ok(open.some((i) => i.author_association === 'MEMBER'));
  assert.ok(open.some((i) => i.author_association === 'CONTRIBUTOR'));
  // Numbers grow with time, as on GitHub.
  const sorted = [...open].sort((a, b) => a.number - b.number);
  for (let k = 1; k < sorted.length; k++) assert.ok(Date.parse(sorted[k]!.created_at) > Date.parse(sorted[k - 1]!.created_at));
  // A mix of verdicts among the authors.
  const verdicts = new Set<string>();
  for (const a of authors)
    if (users.get(a)?.type === 'User') {
      const stats = authorStats(dataset, a, NOW);
      verdicts.add(verdictOf(defaultLevels(stats), stats));
    }
  assert.deepEqual([...verdicts].sort(), ['green', 'red', 'yellow']);
  assert.equal(obj(payload.repository).full_name, 'octo-org/widgets');
  assert.equal(payload.workflow, '.github/workflows/newcomer-triage.yml');
  assert.ok(!('action' in payload));
  assert.throws(() => buildBacklog({ prs: 2, authors: 3 }), RangeError);
});

test('event fixtures: GitHub shape, one consistent world, all documented', () => {
  const dir = eventFixturesDir();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  assert.ok(files.length >= 20);
  const readme = readFileSync(join(dir, '..', 'README.md'), 'utf8');
  for (const f of files) {
    assert.ok(readme.includes(f), `README documents ${f}`);
    const p = loadEventFixture(f);
    const repo = obj(p.repository);
    assert.equal(repo.full_name, 'octo-org/widgets', f);
    assert.equal(repo.name, 'widgets');
    assert.deepEqual(
      { login: obj(repo.owner).login, type: obj(repo.owner).type, id: obj(repo.owner).id },
      { login: 'octo-org', type: 'Organization', id: 9919 },
      f,
    );
    assert.ok(obj(p.sender).login, f);
    assert.equal(obj(p.organization).login, 'octo-org');
    const [event, action] = f.replace(/\.json$/, '').split('.');
    if (event === 'pull_request' || event === 'pull_request_target') {
      const pr = obj(p.pull_request);
      assert.equal(p.action, action);
      assert.equal(pr.number, 42);
      assert.equal(p.number, 42);
      for (const k of [
        'title',
        'body',
        'user',
        'author_association',
        'created_at',
        'merged',
        'merged_at',
        'draft',
        'additions',
        'deletions',
        'changed_files',
        'html_url',
        'head',
        'base',
      ])
        assert.ok(k in pr, `${f}: ${k}`);
      for (const k of ['login', 'id', 'type']) assert.ok(k in obj(pr.user), `${f}: user.${k}`);
    }
    if (event === 'issues') {
      assert.equal(p.action, action);
      assert.equal(obj(p.issue).number, 43);
      assert.ok(!('pull_request' in obj(p.issue)));
    }
    if (event === 'issue_comment') {
      assert.equal(obj(p.issue).number, 42);
      assert.ok('pull_request' in obj(p.issue));
      assert.ok(obj(p.comment).body);
    }
  }
  const merged = obj(loadEventFixture('pull_request_target.closed.merged').pull_request);
  assert.equal(merged.merged, true);
  assert.ok(merged.merged_at);
  const unmerged = obj(loadEventFixture('pull_request_target.closed.unmerged').pull_request);
  assert.equal(unmerged.merged, false);
  assert.equal(unmerged.merged_at, null);
  const opened = obj(loadEventFixture('pull_request_target.opened').pull_request);
  assert.deepEqual([obj(opened.user).login, obj(opened.user).id, opened.author_association], ['new-contributor', 5001, 'FIRST_TIME_CONTRIBUTOR']);
  assert.equal(obj(obj(opened.head).repo).fork, true);
  assert.equal(obj(obj(loadEventFixture('pull_request_target.opened.bot').pull_request).user).type, 'Bot');
  assert.deepEqual(obj(obj(loadEventFixture('pull_request_target.opened.ghost').pull_request).user).id, 10137);
  assert.equal(obj(loadEventFixture('pull_request_target.opened.member').pull_request).author_association, 'MEMBER');
  assert.equal(obj(loadEventFixture('pull_request_target.opened.contributor').pull_request).author_association, 'CONTRIBUTOR');
  const triage = loadEventFixture('issue_comment.created.triage');
  assert.deepEqual(
    [obj(triage.comment).body, obj(obj(triage.comment).user).login, obj(triage.comment).author_association],
    ['/triage', 'maintainer-mona', 'MEMBER'],
  );
  assert.equal(obj(loadEventFixture('issue_comment.created.triage.outsider').comment).author_association, 'NONE');
  assert.equal(obj(loadEventFixture('issue_comment.created.other').comment).body, 'thanks!');
  assert.equal(loadEventFixture('schedule').schedule, '0 6 * * 1');
  assert.ok('commits' in loadEventFixture('push'));
});
