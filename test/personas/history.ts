// An author's history elsewhere: PRs and issues on other people's repos, and the public events that go with
// them (the events API only keeps 90 days, so events older than that are not recorded).
import type { FakeItem, FakeUser } from '../fake-github/dataset.js';
import { hex, iso, type World } from './world.js';

const EVENTS_API_DAYS = 89;

export interface PrSpec {
  repo: string;
  title: string;
  body?: string | null;
  createdDaysAgo: number;
  outcome: 'merged' | 'closed' | 'open';
  closeAfterDays?: number; // default 1.5
  files?: string[];
  additions?: number;
  deletions?: number;
  draft?: boolean;
  event?: boolean; // record a PullRequestEvent (default: when inside the events API's reach)
}

// What a PR and an issue share: when it was opened and closed, by whom, where, and the author's standing there.
function itemBase(
  w: World,
  author: FakeUser,
  s: { repo: string; title: string; body?: string | null; createdDaysAgo: number; outcome: string; closeAfterDays?: number },
  closeAfterDays: number,
) {
  const created = w.clock.ago(s.createdDaysAgo, w.rng.int(0, 10), w.rng.int(0, 59));
  const closed = s.outcome === 'open' ? null : w.clock.after(created, s.closeAfterDays ?? closeAfterDays, w.rng.int(0, 6));
  return {
    repo: s.repo,
    author: author.login,
    title: s.title,
    body: s.body === undefined ? null : s.body,
    state: s.outcome === 'open' ? ('open' as const) : ('closed' as const),
    created_at: created,
    closed_at: closed,
    author_association: s.repo.split('/')[0] === author.login ? 'OWNER' : 'NONE',
  };
}

export function addPr(w: World, author: FakeUser, s: PrSpec): FakeItem {
  const base = itemBase(w, author, s, 1.5);
  const created = base.created_at;
  const item = w.addItem({
    ...base,
    kind: 'pr',
    merged_at: s.outcome === 'merged' ? base.closed_at : null,
    draft: s.draft ?? false,
    files: s.files ?? ['src/index.ts'],
    additions: s.additions ?? w.rng.int(2, 120),
    deletions: s.deletions ?? w.rng.int(0, 40),
  });
  if (s.event ?? s.createdDaysAgo <= EVENTS_API_DAYS) {
    w.addEvent('PullRequestEvent', author.login, s.repo, created, {
      action: 'opened',
      number: item.number,
      pull_request: {
        number: item.number,
        title: item.title,
        state: 'open',
        html_url: `https://github.com/${s.repo}/pull/${item.number}`,
        created_at: created,
      },
    });
  }
  return item;
}

export interface IssueSpec {
  repo: string;
  title: string;
  body?: string | null;
  createdDaysAgo: number;
  outcome: 'open' | 'completed' | 'not_planned';
  closeAfterDays?: number;
}

export function addIssue(w: World, author: FakeUser, s: IssueSpec): FakeItem {
  const base = itemBase(w, author, s, 2);
  const created = base.created_at;
  const item = w.addItem({ ...base, kind: 'issue', state_reason: s.outcome === 'open' ? null : s.outcome });
  if (s.createdDaysAgo <= EVENTS_API_DAYS) {
    w.addEvent('IssuesEvent', author.login, s.repo, created, {
      action: 'opened',
      issue: { number: item.number, title: item.title, html_url: `https://github.com/${s.repo}/issues/${item.number}` },
    });
  }
  return item;
}

const COMMIT_MESSAGES = [
  'Fix lint warnings',
  'Add test for empty input',
  'Bump dependencies',
  'WIP',
  'Refactor config loading',
  'Update CHANGELOG',
  'Handle missing env vars',
  'Tidy up README',
  'Speed up the slow path',
  'Address review comments',
];

const COMMENTS = [
  'Thanks, that fixed it for me.',
  'I can reproduce this on 2.3.0 as well.',
  'Would a PR for this be welcome?',
  'Rebased on main, should be good now.',
  'LGTM, one nit inline.',
  'Is there a workaround until this lands?',
  'Closing as this was fixed in #1204.',
];

// Everyday public activity, spread between minDaysAgo and maxDaysAgo (clamped to the events API's reach).
export function addActivity(
  w: World,
  author: FakeUser,
  count: number,
  opts: { ownRepos: string[]; otherRepos: string[]; minDaysAgo?: number; maxDaysAgo?: number },
): void {
  const accountAgeDays = (w.clock.nowMs - Date.parse(author.created_at)) / 86_400_000;
  const max = Math.min(opts.maxDaysAgo ?? EVENTS_API_DAYS, EVENTS_API_DAYS, accountAgeDays - 0.5);
  const min = Math.min(opts.minDaysAgo ?? 0.2, max);
  for (let i = 0; i < count; i++) {
    const days = min + (max - min) * ((i + w.rng.next()) / Math.max(count, 1));
    const at = w.clock.ago(days);
    const roll = w.rng.next();
    const own = opts.ownRepos.length > 0 ? w.rng.pick(opts.ownRepos) : undefined;
    const other = opts.otherRepos.length > 0 ? w.rng.pick(opts.otherRepos) : undefined;
    if ((roll < 0.5 && own) || !other) {
      const repo = own ?? `${author.login}/${author.login}`;
      w.ensureRepo(repo, { ownerType: 'User' });
      const size = w.rng.int(1, 3);
      const commits = Array.from({ length: size }, () => {
        const sha = hex(w.rng);
        return {
          sha,
          author: { email: `${author.id}+${author.login}@users.noreply.github.com`, name: author.name ?? author.login },
          message: w.rng.pick(COMMIT_MESSAGES),
          distinct: true,
          url: `https://api.github.com/repos/${repo}/commits/${sha}`,
        };
      });
      w.addEvent('PushEvent', author.login, repo, at, {
        repository_id: 500_000 + w.rng.int(0, 99_999),
        push_id: 20_000_000_000 + w.rng.int(0, 999_999_999),
        size,
        distinct_size: size,
        ref: 'refs/heads/main',
        head: commits[commits.length - 1]?.sha,
        before: hex(w.rng),
        commits,
      });
    } else if (roll < 0.72) {
      w.ensureRepo(other);
      w.addEvent('IssueCommentEvent', author.login, other, at, {
        action: 'created',
        issue: { number: w.rng.int(10, 3000), title: 'Discussion' },
        comment: { id: 2_000_000_000 + w.rng.int(0, 99_999_999), body: w.rng.pick(COMMENTS) },
      });
    } else if (roll < 0.88) {
      w.ensureRepo(other);
      w.addEvent('WatchEvent', author.login, other, at, { action: 'started' });
    } else {
      const repo = own ?? other;
      w.ensureRepo(repo, { ownerType: 'User' });
      w.addEvent('CreateEvent', author.login, repo, at, {
        ref: `feature-${w.rng.int(1, 99)}`,
        ref_type: 'branch',
        master_branch: 'main',
        description: null,
        pusher_type: 'user',
      });
    }
  }
}

export function addFork(w: World, author: FakeUser, upstream: string, daysAgo: number): void {
  const name = upstream.split('/')[1] ?? 'fork';
  w.addEvent('ForkEvent', author.login, upstream, w.clock.ago(daysAgo), {
    forkee: {
      full_name: `${author.login}/${name}`,
      html_url: `https://github.com/${author.login}/${name}`,
      fork: true,
      created_at: iso(w.clock.agoMs(daysAgo)),
    },
  });
}
