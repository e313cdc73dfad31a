// What the contract's signals should make of an author in a dataset, computed straight from the data with
// the contract's definitions. Used to check that the personas are what they claim to be; not the action's code.
import type { Dataset, FakeUser } from '../fake-github/dataset.js';

export interface AuthorStats {
  login: string;
  accountAgeDays: number;
  profileFields: number;
  externalPrsClosed: number; // PRs on repos the author does not own, closed in the window
  externalPrsClosedUnmerged: number;
  closedUnmergedRatio: number | null; // null below 3 closed
  notPlannedIssues: number;
  repeatedTitles: number; // largest number of PRs/issues in the window sharing one title
  externalPrsPerWeek: number; // busiest 7 days of external PRs opened in the window
  eventsInWindow: number;
}

export type Level = 'green' | 'yellow' | 'red';

const DAY = 86_400_000;

export function profileFieldCount(u: FakeUser): number {
  const filled = (v: string | null | undefined) => typeof v === 'string' && v.trim() !== '';
  let n = 0;
  for (const v of [u.name, u.company, u.blog, u.location, u.email, u.bio]) if (filled(v)) n++;
  if ((u.social_accounts?.length ?? 0) > 0 || filled(u.twitter_username)) n++;
  return n;
}

export function authorStats(ds: Dataset, login: string, now: Date, windowDays = 90): AuthorStats {
  const user = ds.users.find((u) => u.login.toLowerCase() === login.toLowerCase());
  if (!user) throw new Error(`no user ${login}`);
  const since = now.getTime() - windowDays * DAY;
  const inWindow = (t: string | null | undefined) => typeof t === 'string' && Date.parse(t) >= since && Date.parse(t) <= now.getTime();
  const mine = ds.items.filter((i) => i.author.toLowerCase() === login.toLowerCase());
  const external = mine.filter((i) => i.kind === 'pr' && i.repo.split('/')[0]?.toLowerCase() !== login.toLowerCase());
  const closed = external.filter((i) => i.state === 'closed' && inWindow(i.closed_at));
  const unmerged = closed.filter((i) => !i.merged_at);
  const titles = new Map<string, number>();
  for (const i of mine) if (inWindow(i.created_at)) titles.set(i.title, (titles.get(i.title) ?? 0) + 1);
  const opened = external
    .filter((i) => inWindow(i.created_at))
    .map((i) => Date.parse(i.created_at))
    .sort((a, b) => a - b);
  let busiest = 0;
  for (let a = 0, b = 0; b < opened.length; b++) {
    while ((opened[b] ?? 0) - (opened[a] ?? 0) >= 7 * DAY) a++;
    busiest = Math.max(busiest, b - a + 1);
  }
  return {
    login: user.login,
    accountAgeDays: Math.floor((now.getTime() - Date.parse(user.created_at)) / DAY),
    profileFields: profileFieldCount(user),
    externalPrsClosed: closed.length,
    externalPrsClosedUnmerged: unmerged.length,
    closedUnmergedRatio: closed.length >= 3 ? unmerged.length / closed.length : null,
    notPlannedIssues: mine.filter((i) => i.kind === 'issue' && i.state_reason === 'not_planned' && inWindow(i.closed_at)).length,
    repeatedTitles: Math.max(0, ...titles.values()),
    externalPrsPerWeek: busiest,
    eventsInWindow: ds.events.filter((e) => e.actor.toLowerCase() === login.toLowerCase() && inWindow(e.created_at)).length,
  };
}

// Levels with the contract's default thresholds.
export function defaultLevels(s: AuthorStats): Record<string, Level> {
  const low = (v: number, y: number, r: number): Level => (v < r ? 'red' : v < y ? 'yellow' : 'green');
  const atLeast = (v: number, y: number, r: number): Level => (v >= r ? 'red' : v >= y ? 'yellow' : 'green');
  const above = (v: number | null, y: number, r: number): Level => (v === null ? 'green' : v > r ? 'red' : v > y ? 'yellow' : 'green');
  return {
    'account-age': low(s.accountAgeDays, 1095, 90),
    'profile-fields': low(s.profileFields, 3, 1),
    'closed-unmerged-ratio': above(s.closedUnmergedRatio, 0.2, 0.5),
    'not-planned-issues': atLeast(s.notPlannedIssues, 4, 6),
    'repeated-titles': atLeast(s.repeatedTitles, 4, 6),
    'external-prs-per-week': atLeast(s.externalPrsPerWeek, 10, 25),
  };
}

const CONTEXT = ['account-age', 'profile-fields', 'external-prs-per-week'];

export function verdictOf(levels: Record<string, Level>): Level {
  const entries = Object.entries(levels);
  if (entries.some(([id, l]) => !CONTEXT.includes(id) && l === 'red')) return 'red';
  if (CONTEXT.every((id) => levels[id] === 'red')) return 'red';
  if (entries.some(([, l]) => l !== 'green')) return 'yellow';
  return 'green';
}
