import type { Client } from './client.js';
import type { Repo } from '../types.js';

// GitHub lists at most 3,000 files of a PR; 30 pages of 100.
const pageSize = 100;
const maxPages = 30;

// The changed paths of a PR. The count is known from the event, so every page is requested at once.
export async function getPrFiles(client: Client, repo: Repo, number: number, changedFiles: number | null): Promise<string[]> {
  const pages = Math.min(maxPages, Math.max(1, Math.ceil((changedFiles ?? pageSize) / pageSize)));
  const responses = await Promise.all(
    Array.from({ length: pages }, (_, i) =>
      client.octokit.rest.pulls.listFiles({ owner: repo.owner, repo: repo.name, pull_number: number, per_page: pageSize, page: i + 1 }),
    ),
  );
  return responses.flatMap((r) => r.data.map((f) => f.filename));
}
