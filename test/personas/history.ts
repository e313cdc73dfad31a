// An author's history elsewhere: PRs and issues on other people's repos, and the public events that go with
// them (the events API keeps 30 days, so events older than that are not recorded).
import type { FakeEvent, FakeItem, FakeUser } from '../fake-github/dataset.js';
import { hex, iso, type World } from './world.js';

// GitHub's public events API lists the last 30 days only; a day's margin keeps every recorded event inside
// it, item times included (those add up to 10 hours to `createdDaysAgo`).
export const EVENTS_API_DAYS = 29;

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
  event?: boolean; // record a PullRequestEvent (default true; never outside the events API's reach)
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
  if ((s.event ?? true) && s.createdDaysAgo <= EVENTS_API_DAYS) {
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

// Everyday comments. Each is filled in with numbers, so two of them rarely read the same: real people
// seldom post one sentence of ten characters or more to five owners' repos in a month (repeated-comments).
const COMMENTS: readonly ((n: () => number) => string)[] = [
  (n) => `Thanks, that fixed it for me on ${n()}.${n()}.`,
  (n) => `I can reproduce this on ${n()}.${n()}.${n()} as well.`,
  (n) => `Would a PR for this be welcome? I could take it after #${n() * 97}.`,
  (n) => `Rebased on main, should be good now (${n() * 13} tests pass).`,
  (n) => `LGTM, one nit inline about line ${n() * 7}.`,
  (n) => `Is there a workaround until ${n()}.${n()} lands?`,
  (n) => `Closing as this was fixed in #${n() * 131}.`,
];

// A comment by `author` on an issue or PR elsewhere, as GitHub lists it in the author's public events:
// IssueCommentEvent (issue or PR conversation) or PullRequestReviewCommentEvent (a review comment on a diff).
// The payloads keep GitHub's shape; author_association is not in them (GitHub dropped it from event payloads).
export function addCommentEvent(
  w: World,
  author: FakeUser,
  c: { repo: string; number: number; title: string; body: string; at: string; on?: 'issue' | 'pr' | 'review' },
): FakeEvent {
  w.ensureRepo(c.repo);
  const on = c.on ?? 'issue';
  const id = 2_000_000_000 + w.rng.int(0, 99_999_999);
  const thread = `https://github.com/${c.repo}/${on === 'issue' ? 'issues' : 'pull'}/${c.number}`;
  const user = { login: author.login, id: author.id, type: author.type };
  if (on === 'review') {
    return w.addEvent('PullRequestReviewCommentEvent', author.login, c.repo, c.at, {
      action: 'created',
      comment: {
        id,
        body: c.body,
        path: 'README.md',
        html_url: `${thread}#discussion_r${id}`,
        created_at: c.at,
        updated_at: c.at,
        user,
      },
      pull_request: { number: c.number, title: c.title, state: 'open', html_url: thread },
    });
  }
  return w.addEvent('IssueCommentEvent', author.login, c.repo, c.at, {
    action: 'created',
    issue: {
      number: c.number,
      title: c.title,
      state: 'open',
      html_url: thread,
      ...(on === 'pr' ? { pull_request: { html_url: thread, url: `https://api.github.com/repos/${c.repo}/pulls/${c.number}` } } : {}),
    },
    comment: { id, body: c.body, html_url: `${thread}#issuecomment-${id}`, created_at: c.at, updated_at: c.at, user },
  });
}

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
      const n = () => w.rng.int(1, 40);
      addCommentEvent(w, author, { repo: other, number: w.rng.int(10, 3000), title: 'Discussion', body: w.rng.pick(COMMENTS)(n), at });
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
  if (daysAgo > EVENTS_API_DAYS) return; // past what the events API keeps
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
