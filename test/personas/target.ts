// What every persona shares: the Persona shape, and the PR (#42) or issue (#43) it opens on octo-org/widgets
// a few minutes before `now`, with the public events GitHub records for it.
import type { Dataset, FakeItem, FakeUser } from '../fake-github/dataset.js';
import { addFork } from './history.js';
import { issuePayload, pullRequestPayload } from './payloads.js';
import { TARGET_REPO, type World } from './world.js';

export interface Persona {
  id: string;
  title: string;
  expected: { verdict: 'green' | 'yellow' | 'red' | 'skipped'; skippedReason?: string; firstTime?: boolean };
  login: string;
  dataset: Dataset;
  event: { name: string; payload: Record<string, unknown> };
}

export const TARGET_PR = 42;
export const TARGET_ISSUE = 43;

// The author forks widgets, pushes a branch and opens PR #42 a few minutes before `now`.
export function openTargetPr(
  w: World,
  author: FakeUser,
  pr: { title: string; body: string | null; files: string[]; additions: number; deletions: number; association: string; forkEvents?: boolean },
): FakeItem {
  const item = w.addItem({
    repo: TARGET_REPO,
    number: TARGET_PR,
    kind: 'pr',
    author: author.login,
    title: pr.title,
    body: pr.body,
    state: 'open',
    created_at: w.clock.ago(0, 0, 5),
    author_association: pr.association,
    draft: false,
    files: pr.files,
    additions: pr.additions,
    deletions: pr.deletions,
  });
  if (author.type !== 'Bot' && pr.forkEvents !== false) {
    addFork(w, author, TARGET_REPO, 1 / 24);
    w.ensureRepo(`${author.login}/widgets`, { ownerType: 'User' });
    w.addEvent('CreateEvent', author.login, `${author.login}/widgets`, w.clock.ago(0, 0, 40), {
      ref: 'fix-pagination',
      ref_type: 'branch',
      master_branch: 'main',
      description: 'Widgets for the octo-org platform',
      pusher_type: 'user',
    });
    w.addEvent('PullRequestEvent', author.login, TARGET_REPO, item.created_at, {
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
  return item;
}

export const PAGINATION_PR = {
  title: 'Fix off-by-one in widget pagination',
  body: 'The last page of `listWidgets()` dropped one widget when the total was a multiple of the page size.\n\nAdded a test for 20 widgets with a page size of 10.',
  files: ['src/pagination.ts', 'test/pagination.test.ts'],
  additions: 24,
  deletions: 3,
};

export function prEvent(item: FakeItem, author: FakeUser): Persona['event'] {
  return { name: 'pull_request_target', payload: pullRequestPayload(item, author) };
}

// The author opens issue #43 a few minutes before `now`.
export function openTargetIssue(w: World, author: FakeUser, issue: { title: string; body: string | null; association?: string }): FakeItem {
  const item = w.addItem({
    repo: TARGET_REPO,
    number: TARGET_ISSUE,
    kind: 'issue',
    author: author.login,
    title: issue.title,
    body: issue.body,
    state: 'open',
    created_at: w.clock.ago(0, 0, 5),
    state_reason: null,
    author_association: issue.association ?? 'NONE',
  });
  w.addEvent('IssuesEvent', author.login, TARGET_REPO, item.created_at, {
    action: 'opened',
    issue: { number: item.number, title: item.title, html_url: `https://github.com/${TARGET_REPO}/issues/${item.number}` },
  });
  return item;
}

export function issueEvent(item: FakeItem, author: FakeUser): Persona['event'] {
  return { name: 'issues', payload: issuePayload(item, author) };
}

// The item a persona's run triages (the contract leaves it out of the author's counts).
export function triagedOf(p: Persona): { repo: string; number: number } {
  const payload = p.event.payload;
  const item = (payload.pull_request ?? payload.issue) as { number?: unknown } | undefined;
  return { repo: TARGET_REPO, number: Number(item?.number) };
}
