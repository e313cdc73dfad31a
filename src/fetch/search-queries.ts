import type { Repo } from '../types.js';

// The searches behind the author's history, in GitHub's issue search syntax. One place for them, so the
// evidence links in the summary show exactly what the signals counted, with the same qualifiers and window.
// Each search names one type (is:pr or is:issue): GitHub returns no nodes for a search that mixes them.

export function searchTime(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// A date qualifier's value: from `since` on, or (a backtest's past window) GitHub's range `since..until`,
// both ends included.
function range(since: Date, until?: Date): string {
  return until ? `${searchTime(since)}..${searchTime(until)}` : `>=${searchTime(since)}`;
}

// How a search names an author: a GitHub App's bot account (`name[bot]`) as `app/name`, the only form GitHub's
// search takes for it (`author:name[bot]` is refused).
function who(login: string): string {
  return login.endsWith('[bot]') ? `app/${login.slice(0, -'[bot]'.length)}` : login;
}

// Others' repositories: not the author's own. A bot account owns none, and `user:` takes no bot login.
function others(login: string): string {
  return login.endsWith('[bot]') ? '' : ` -user:${login}`;
}

export const searchQueries = {
  // The author's PRs (or issues) created in the window, anywhere, newest first.
  history: (login: string, kind: 'pr' | 'issue', since: Date, until?: Date) =>
    `author:${who(login)} is:${kind} created:${range(since, until)} sort:created-desc`,
  externalPrs: (login: string, since: Date) => `author:${who(login)}${others(login)} is:pr created:>=${searchTime(since)}`,
  externalIssues: (login: string, since: Date) => `author:${who(login)}${others(login)} is:issue created:>=${searchTime(since)}`,
  closedUnmerged: (login: string, since: Date, until?: Date) =>
    `author:${who(login)}${others(login)} is:pr is:closed is:unmerged closed:${range(since, until)}`,
  closedMerged: (login: string, since: Date, until?: Date) => `author:${who(login)}${others(login)} is:pr is:merged closed:${range(since, until)}`,
  notPlanned: (login: string, since: Date, until?: Date) => `author:${who(login)}${others(login)} is:issue reason:"not planned" closed:${range(since, until)}`,
  // Issues and PRs of others' the author commented on (the events API is not searchable; this is the nearest).
  commented: (login: string, since: Date) => `commenter:${who(login)}${others(login)} updated:>=${searchTime(since)}`,
  // First-time contributor: merged PRs here before a moment (a PR), or earlier PRs and issues (an issue).
  mergedHere: (repo: Repo, login: string, before: Date) => `repo:${repo.owner}/${repo.name} author:${who(login)} is:pr is:merged merged:<${searchTime(before)}`,
  earlierHere: (repo: Repo, login: string, kind: 'pr' | 'issue', before: Date) =>
    `repo:${repo.owner}/${repo.name} author:${who(login)} is:${kind} created:<${searchTime(before)}`,
  // Backfill: all the author's PRs (or issues) here, oldest first.
  here: (repo: Repo, login: string, kind: 'pr' | 'issue') => `repo:${repo.owner}/${repo.name} author:${who(login)} is:${kind} sort:created-asc`,
};

// The github.com page of a search: the same query, on the tab of its type.
export function searchUrl(serverUrl: string, query: string, type: 'pullrequests' | 'issues'): string {
  return `${serverUrl}/search?q=${encodeURIComponent(query)}&type=${type}`;
}
