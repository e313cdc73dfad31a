import { searchQueries, searchUrl } from '../fetch/search-queries.js';
import type { Repo } from '../types.js';

// The page behind each signal's count, on the server the run talks to (github.com, or a GHES host): a
// maintainer who doubts a verdict checks it in one click. The searches are the very ones the signals counted.
export function evidenceLinks(serverUrl: string, login: string, since: Date, commentsSince: Date) {
  return {
    profile: `${serverUrl}/${login}`,
    closedUnmerged: searchUrl(serverUrl, searchQueries.closedUnmerged(login, since), 'pullrequests'),
    notPlanned: searchUrl(serverUrl, searchQueries.notPlanned(login, since), 'issues'),
    externalPrs: searchUrl(serverUrl, searchQueries.externalPrs(login, since), 'pullrequests'),
    externalIssues: searchUrl(serverUrl, searchQueries.externalIssues(login, since), 'issues'),
    commented: searchUrl(serverUrl, searchQueries.commented(login, commentsSince), 'issues'),
    files: (repo: Repo, number: number) => `${serverUrl}/${repo.owner}/${repo.name}/pull/${number}/files`,
  };
}

export type EvidenceLinks = ReturnType<typeof evidenceLinks>;
