// Building blocks for persona datasets: a clock relative to `now`, a seeded random source, and a World that
// hands out unique ids and numbers while it fills a Dataset.
import type { Dataset, FakeComment, FakeEvent, FakeItem, FakeRepo, FakeUser } from '../fake-github/dataset.js';
import { emptyDataset } from '../fake-github/dataset.js';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;

export const TARGET_REPO = 'octo-org/widgets';
export const ORG = 'octo-org';
export const ORG_ID = 9919;
export const MAINTAINER = 'maintainer-mona';
export const ORG_ADMIN = 'octo-admin';

// GitHub's timestamps: ISO 8601 without milliseconds.
export function iso(d: Date | number): string {
  return new Date(d).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class Clock {
  readonly nowMs: number;
  constructor(readonly now: Date) {
    this.nowMs = Math.floor(now.getTime() / 1000) * 1000;
  }
  // A moment `days` (may be fractional) before now, minus extra hours/minutes.
  agoMs(days: number, hours = 0, minutes = 0): number {
    return this.nowMs - Math.round(days * DAY_MS + hours * HOUR_MS + minutes * MINUTE_MS);
  }
  ago(days: number, hours = 0, minutes = 0): string {
    return iso(this.agoMs(days, hours, minutes));
  }
  // `from` (an ISO time) plus some days, never later than a minute before now.
  after(from: string, days: number, hours = 0): string {
    const t = Date.parse(from) + Math.round(days * DAY_MS + hours * HOUR_MS);
    return iso(Math.min(t, this.nowMs - MINUTE_MS));
  }
}

// mulberry32: small, seeded, good enough for spreading fixture data.
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return at(list, Math.floor(this.next() * list.length));
  }
  shuffle<T>(list: readonly T[]): T[] {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const a = at(out, i);
      out[i] = at(out, j);
      out[j] = a;
    }
    return out;
  }
}

export function at<T>(list: readonly T[], i: number): T {
  const v = list[i];
  if (v === undefined) throw new RangeError(`index ${i} out of range (length ${list.length})`);
  return v;
}

export function hex(rng: Rng, length = 40): string {
  let s = '';
  while (s.length < length) s += Math.floor(rng.next() * 16).toString(16);
  return s;
}

export type NewItem = Omit<FakeItem, 'number' | 'labels'> & { number?: number; labels?: string[] };

export class World {
  readonly ds: Dataset;
  readonly clock: Clock;
  readonly rng: Rng;
  private nextUserId = 7_100_000;
  private nextEventId = 41_000_000_000;
  private nextCommentId = 2_160_000_000;
  private readonly numbers = new Map<string, Set<number>>();
  private readonly userIndex = new Map<string, FakeUser>();
  private readonly repoIndex = new Set<string>();
  private readonly eventIds = new Set<string>();

  constructor(now: Date, seed: number) {
    this.ds = emptyDataset();
    this.clock = new Clock(now);
    this.rng = new Rng(seed);
    for (const u of this.ds.users) this.userIndex.set(u.login.toLowerCase(), u);
  }

  user(login: string): FakeUser | undefined {
    return this.userIndex.get(login.toLowerCase());
  }

  addUser(u: Omit<FakeUser, 'id'> & { id?: number }): FakeUser {
    if (this.userIndex.has(u.login.toLowerCase())) throw new Error(`duplicate user ${u.login}`);
    const id = u.id ?? this.nextUserId++;
    if (this.ds.users.some((x) => x.id === id)) throw new Error(`duplicate user id ${id}`);
    const user: FakeUser = { ...u, id };
    this.ds.users.push(user);
    this.userIndex.set(user.login.toLowerCase(), user);
    return user;
  }

  // A repo (and its owner, an Organization unless the owner already exists) if not yet there.
  ensureRepo(fullName: string, opts: { ownerType?: 'User' | 'Organization'; labels?: FakeRepo['labels'] } = {}): string {
    if (this.repoIndex.has(fullName)) return fullName;
    const [owner, name] = fullName.split('/');
    if (!owner || !name) throw new Error(`bad repo name ${fullName}`);
    if (!this.user(owner)) {
      this.addUser({
        login: owner,
        type: opts.ownerType ?? 'Organization',
        created_at: this.clock.ago(900 + this.rng.int(0, 3000)),
        name: null,
      });
    }
    this.ds.repos.push({
      owner,
      name,
      labels: opts.labels ?? [
        { name: 'bug', color: 'd73a4a', description: "Something isn't working" },
        { name: 'documentation', color: '0075ca', description: 'Improvements or additions to documentation' },
        { name: 'enhancement', color: 'a2eeef', description: 'New feature or request' },
      ],
    });
    this.repoIndex.add(fullName);
    return fullName;
  }

  // A free issue/PR number in a repo: `preferred` if free, else a plausible random one.
  private number(repo: string, preferred?: number): number {
    let used = this.numbers.get(repo);
    if (!used) this.numbers.set(repo, (used = new Set()));
    if (preferred !== undefined) {
      if (used.has(preferred)) throw new Error(`${repo}#${preferred} already exists`);
      used.add(preferred);
      return preferred;
    }
    let n = this.rng.int(12, 2400);
    while (used.has(n)) n++;
    used.add(n);
    return n;
  }

  addItem(item: NewItem): FakeItem {
    this.ensureRepo(item.repo);
    const full: FakeItem = { ...item, number: this.number(item.repo, item.number), labels: item.labels ?? [] };
    this.ds.items.push(full);
    return full;
  }

  addEvent(type: string, actor: string, repo: string, createdAt: string, payload?: Record<string, unknown>): FakeEvent {
    const id = String(this.nextEventId);
    this.nextEventId += this.rng.int(3, 9000);
    if (this.eventIds.has(id)) throw new Error(`duplicate event id ${id}`);
    this.eventIds.add(id);
    const e: FakeEvent = { id, type, actor, repo, created_at: createdAt, ...(payload ? { payload } : {}) };
    this.ds.events.push(e);
    return e;
  }

  addComment(c: Omit<FakeComment, 'id'>): FakeComment {
    const id = this.nextCommentId;
    this.nextCommentId += this.rng.int(1, 500);
    const comment: FakeComment = { id, node_id: `IC_kwDOAArFc86${id.toString(36)}`, ...c };
    this.ds.comments.push(comment);
    return comment;
  }

  // Public events newest first, as the events API returns them.
  finish(): Dataset {
    this.ds.events.sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
    return this.ds;
  }
}

// The repo every persona contributes to, its org, maintainers and a little history.
// Of the action's labels only 'triage: check' exists; the others must be created by the action.
export function baseWorld(now: Date, seed: number, opts: { history?: boolean } = {}): World {
  const w = new World(now, seed);
  const c = w.clock;
  w.addUser({
    login: ORG,
    id: ORG_ID,
    type: 'Organization',
    created_at: '2016-02-11T09:30:00Z',
    name: 'Octo Org',
    blog: 'https://octo-org.example',
    location: 'Internet',
    bio: 'Widgets for everyone.',
  });
  w.addUser({
    login: MAINTAINER,
    id: 3001,
    type: 'User',
    created_at: '2014-06-03T12:00:00Z',
    name: 'Mona Maintainer',
    company: '@octo-org',
    blog: 'https://mona.example',
    location: 'Lisbon',
    email: null,
    bio: 'Maintains widgets.',
    social_accounts: [{ provider: 'mastodon', url: 'https://fosstodon.org/@mona' }],
  });
  w.addUser({ login: ORG_ADMIN, id: 3002, type: 'User', created_at: '2013-01-20T08:00:00Z', name: 'Octo Admin', company: '@octo-org' });
  w.addUser({ login: 'longtime-lou', id: 3003, type: 'User', created_at: '2015-09-14T17:45:00Z', name: 'Lou Tran', location: 'Hanoi', bio: 'Drive-by fixes.' });
  w.ensureRepo(TARGET_REPO, {
    labels: [
      { name: 'bug', color: 'd73a4a', description: "Something isn't working" },
      { name: 'documentation', color: '0075ca', description: 'Improvements or additions to documentation' },
      { name: 'good first issue', color: '7057ff', description: 'Good for newcomers' },
      { name: 'triage: check', color: 'fbca04', description: 'newcomer-triage: have a look before merging' },
    ],
  });
  w.ds.orgMembers[ORG] = [MAINTAINER, ORG_ADMIN];
  w.ds.orgAdmins[ORG] = [ORG_ADMIN];

  if (opts.history === false) return w;
  // Recent history of the repo, none of it by a persona.
  w.addItem({
    repo: TARGET_REPO,
    number: 36,
    kind: 'pr',
    author: 'longtime-lou',
    title: 'Document the WIDGETS_CACHE_DIR variable',
    state: 'closed',
    created_at: c.ago(150),
    closed_at: c.ago(148),
    merged_at: c.ago(148),
    author_association: 'CONTRIBUTOR',
    files: ['README.md'],
    additions: 6,
    deletions: 0,
  });
  w.addItem({
    repo: TARGET_REPO,
    number: 37,
    kind: 'issue',
    author: MAINTAINER,
    title: 'Tracking: widgets 4.0',
    state: 'open',
    created_at: c.ago(120),
    author_association: 'MEMBER',
    labels: [],
  });
  w.addItem({
    repo: TARGET_REPO,
    number: 38,
    kind: 'pr',
    author: MAINTAINER,
    title: 'Drop Node 18 from the test matrix',
    state: 'closed',
    created_at: c.ago(60),
    closed_at: c.ago(59),
    merged_at: c.ago(59),
    author_association: 'MEMBER',
    files: ['.github/workflows/ci.yml', 'package.json'],
    additions: 3,
    deletions: 4,
  });
  w.addItem({
    repo: TARGET_REPO,
    number: 39,
    kind: 'issue',
    author: 'longtime-lou',
    title: 'Export fails on Windows paths',
    state: 'closed',
    created_at: c.ago(45),
    closed_at: c.ago(30),
    state_reason: 'completed',
    author_association: 'CONTRIBUTOR',
    labels: ['bug'],
  });
  w.addItem({
    repo: TARGET_REPO,
    number: 40,
    kind: 'pr',
    author: 'longtime-lou',
    title: 'Normalize path separators on export',
    state: 'closed',
    created_at: c.ago(33),
    closed_at: c.ago(30),
    merged_at: c.ago(30),
    author_association: 'CONTRIBUTOR',
    files: ['src/export.ts', 'test/export.test.ts'],
    additions: 41,
    deletions: 7,
  });
  w.addItem({
    repo: TARGET_REPO,
    number: 41,
    kind: 'pr',
    author: MAINTAINER,
    title: 'Release 3.4.1',
    state: 'closed',
    created_at: c.ago(21),
    closed_at: c.ago(21, -2),
    merged_at: c.ago(21, -2),
    author_association: 'MEMBER',
    files: ['CHANGELOG.md', 'package.json'],
    additions: 12,
    deletions: 1,
  });
  return w;
}
