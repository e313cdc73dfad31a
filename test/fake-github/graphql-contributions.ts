// User.contributionsCollection(from, to): the contribution calendar as GitHub builds it. GitHub counts
// commits, opened issues and PRs, and reviews; the fake counts the dataset's opened PRs and issues, its
// PushEvents (by commit count) and PullRequestReviewEvents, and a user's extra `contributions` by day.
import type { FakeUser } from './dataset.js';
import { GitHubGraphqlError } from './graphql-errors.js';
import type { GqlScope, Node } from './graphql-objects.js';

type Args = Record<string, unknown>;
const dayMs = 86_400_000;
const yearMs = 366 * dayMs;

export function contributionsOf(scope: GqlScope, user: FakeUser, args: Args): Node {
  const to = typeof args.to === 'string' ? Date.parse(args.to) : Date.now();
  const from = typeof args.from === 'string' ? Date.parse(args.from) : to - 365 * dayMs;
  if (Number.isNaN(from) || Number.isNaN(to)) throw new GitHubGraphqlError('INVALID', 'from and to must be DateTimes', true);
  if (to - from > yearMs) throw new GitHubGraphqlError('INVALID', "The total time spanned by 'from' and 'to' must not exceed 1 year", true);
  const login = user.login.toLowerCase();
  const byDay = new Map<string, number>();
  const add = (time: string, n = 1) => {
    const t = Date.parse(time);
    if (t >= from && t <= to) byDay.set(time.slice(0, 10), (byDay.get(time.slice(0, 10)) ?? 0) + n);
  };
  for (const item of scope.data.items) if (item.author.toLowerCase() === login) add(item.created_at);
  for (const e of scope.data.events) {
    if (e.actor.toLowerCase() !== login) continue;
    if (e.type === 'PushEvent') add(e.created_at, typeof e.payload?.size === 'number' ? e.payload.size : 1);
    if (e.type === 'PullRequestReviewEvent') add(e.created_at);
  }
  for (const [day, n] of Object.entries(user.contributions ?? {})) add(`${day}T12:00:00Z`, n);
  // Weeks start on Sunday; the first and last weeks hold only the days inside the range.
  const weeks: { firstDay: string; contributionDays: Node[] }[] = [];
  for (let t = Date.parse(new Date(from).toISOString().slice(0, 10)); t <= to; t += dayMs) {
    const date = new Date(t).toISOString().slice(0, 10);
    const day = { date, weekday: new Date(t).getUTCDay(), contributionCount: byDay.get(date) ?? 0, color: '#ebedf0', contributionLevel: 'NONE' };
    if (weeks.length === 0 || day.weekday === 0) weeks.push({ firstDay: date, contributionDays: [] });
    weeks.at(-1)?.contributionDays.push(day);
  }
  const total = [...byDay.values()].reduce((a, b) => a + b, 0);
  return {
    startedAt: new Date(from).toISOString(),
    endedAt: new Date(to).toISOString(),
    contributionCalendar: { totalContributions: total, weeks, colors: [], isHalloween: false, months: [] },
  };
}
