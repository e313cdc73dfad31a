// Event payloads for personas: a fixture from test/fixtures/events, patched with the persona's user, item and
// dates, so the payload keeps the exact shape GitHub sends.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FakeItem, FakeUser } from '../fake-github/dataset.js';

type Json = Record<string, unknown>;

let fixturesDir: string | undefined;

// test/fixtures/events, found from here whether this runs as test/personas/*.ts or build/test/personas/*.js.
export function eventFixturesDir(): string {
  if (fixturesDir) return fixturesDir;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'test', 'fixtures', 'events');
    if (existsSync(join(candidate, 'pull_request_target.opened.json'))) return (fixturesDir = candidate);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error('test/fixtures/events not found above ' + fileURLToPath(import.meta.url));
}

// A fresh copy of a fixture, e.g. loadEventFixture('pull_request_target.opened').
export function loadEventFixture(name: string): Json {
  const file = join(eventFixturesDir(), name.endsWith('.json') ? name : `${name}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Json;
}

function obj(v: unknown, what: string): Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error(`fixture: ${what} is not an object`);
  return v as Json;
}

export function userJson(u: Pick<FakeUser, 'login' | 'id' | 'type'>): Json {
  const slug = encodeURIComponent(u.login);
  const isBot = u.type === 'Bot';
  return {
    login: u.login,
    id: u.id,
    node_id: `${isBot ? 'BOT' : u.type === 'Organization' ? 'O' : 'U'}_kgDO${u.id.toString(36).toUpperCase()}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    gravatar_id: '',
    url: `https://api.github.com/users/${slug}`,
    html_url: isBot ? `https://github.com/apps/${u.login.replace(/\[bot\]$/, '')}` : `https://github.com/${u.login}`,
    type: u.type,
    site_admin: false,
  };
}

// pull_request / pull_request_target payload for `item` (a PR on octo-org/widgets) by `author`.
export function pullRequestPayload(
  item: FakeItem,
  author: FakeUser,
  opts: { action?: 'opened' | 'reopened' | 'ready_for_review'; eventName?: 'pull_request' | 'pull_request_target'; fixture?: string; sender?: FakeUser } = {},
): Json {
  const action = opts.action ?? 'opened';
  const p = loadEventFixture(opts.fixture ?? `${opts.eventName ?? 'pull_request_target'}.${action}`);
  const pr = obj(p.pull_request, 'pull_request');
  const repo = item.repo;
  const n = item.number;
  const user = userJson(author);
  p.number = n;
  Object.assign(pr, {
    url: `https://api.github.com/repos/${repo}/pulls/${n}`,
    html_url: `https://github.com/${repo}/pull/${n}`,
    diff_url: `https://github.com/${repo}/pull/${n}.diff`,
    patch_url: `https://github.com/${repo}/pull/${n}.patch`,
    issue_url: `https://api.github.com/repos/${repo}/issues/${n}`,
    number: n,
    state: item.state,
    title: item.title,
    body: item.body ?? null,
    user,
    created_at: item.created_at,
    updated_at: item.created_at,
    closed_at: item.closed_at ?? null,
    merged_at: item.merged_at ?? null,
    merged: Boolean(item.merged_at),
    author_association: item.author_association ?? 'NONE',
    draft: item.draft ?? false,
    additions: item.additions ?? 0,
    deletions: item.deletions ?? 0,
    changed_files: item.files?.length ?? 0,
    labels: [],
  });
  const head = obj(pr.head, 'pull_request.head');
  if (author.type === 'Bot') {
    // Bots push branches to the base repository.
    const base = obj(pr.base, 'pull_request.base');
    pr.head = { ...base, label: `octo-org:${String(head.ref)}`, ref: head.ref, sha: head.sha };
  } else {
    head.label = `${author.login}:${String(head.ref)}`;
    head.user = user;
    if (head.repo !== null && typeof head.repo === 'object') {
      const fork = obj(head.repo, 'pull_request.head.repo');
      const name = String(fork.name);
      Object.assign(fork, {
        full_name: `${author.login}/${name}`,
        owner: user,
        html_url: `https://github.com/${author.login}/${name}`,
        url: `https://api.github.com/repos/${author.login}/${name}`,
        pushed_at: item.created_at,
      });
    }
  }
  p.sender = opts.sender ? userJson(opts.sender) : user;
  return p;
}

// issues payload for `item` (an issue on octo-org/widgets) by `author`.
export function issuePayload(item: FakeItem, author: FakeUser, opts: { action?: 'opened' | 'reopened' } = {}): Json {
  const action = opts.action ?? 'opened';
  const p = loadEventFixture(`issues.${action}`);
  const issue = obj(p.issue, 'issue');
  const repo = item.repo;
  const n = item.number;
  const user = userJson(author);
  Object.assign(issue, {
    url: `https://api.github.com/repos/${repo}/issues/${n}`,
    repository_url: `https://api.github.com/repos/${repo}`,
    html_url: `https://github.com/${repo}/issues/${n}`,
    number: n,
    title: item.title,
    body: item.body ?? null,
    user,
    state: item.state,
    created_at: item.created_at,
    updated_at: item.created_at,
    closed_at: item.closed_at ?? null,
    state_reason: item.state_reason ?? null,
    author_association: item.author_association ?? 'NONE',
    labels: [],
  });
  p.sender = user;
  return p;
}

// workflow_dispatch payload on octo-org/widgets, sent by `sender`.
export function workflowDispatchPayload(sender: FakeUser): Json {
  const p = loadEventFixture('workflow_dispatch');
  p.sender = userJson(sender);
  return p;
}
