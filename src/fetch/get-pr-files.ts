import type { Client } from './client.js';
import { lastPage } from './last-page.js';
import type { Repo } from '../types.js';
import { restList } from './rest-list.js';

// GitHub lists at most 3,000 files of a PR; 30 pages of 100.
const pageSize = 100;
const maxPages = 30;

// A changed file: its path, and the path it had before when it was renamed (a rename away from a sensitive
// path changes it too).
export interface ChangedFile {
  path: string;
  previous: string | null;
}

// A PR's files as read, for the sensitive-files signal.
export interface PrFiles {
  list: ChangedFile[] | null; // null when unread
  failure: string | null;
  total: number | null; // the PR's changed_files, when known
}

// The changed files of a PR. With the count from the event every page is requested at once; without it
// (an issue_comment's payload has none) page 1's Link header says how many more to read, together.
export async function getPrFiles(client: Client, repo: Repo, number: number, changedFiles: number | null): Promise<ChangedFile[]> {
  const page = (n: number) =>
    client.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      owner: repo.owner,
      repo: repo.name,
      pull_number: number,
      per_page: pageSize,
      page: n,
    });
  const pages = changedFiles === null ? null : Math.min(maxPages, Math.max(1, Math.ceil(changedFiles / pageSize)));
  const first = pages === null ? [await page(1)] : [];
  const last = pages ?? Math.min(maxPages, lastPage(first[0]?.headers.link) ?? 1);
  const rest = await Promise.all(Array.from({ length: last - first.length }, (_, i) => page(first.length + i + 1)));
  const route = `GET /repos/${repo.owner}/${repo.name}/pulls/${number}/files`;
  return [...first, ...rest].flatMap((r) =>
    restList<{ filename?: unknown; previous_filename?: unknown }>(r.data, route).map((f) => ({
      path: String(f.filename),
      previous: typeof f.previous_filename === 'string' ? f.previous_filename : null,
    })),
  );
}
