// Ids the dataset leaves implicit, derived deterministically so a test can predict them.
import type { Dataset, FakeItem, FakeRepo } from './dataset.js';

// GitHub's legacy global node id: base64 of "<len>:<Type><id>", e.g. MDQ6VXNlcjE= for User 1.
export function nodeId(type: string, id: number | string): string {
  const inner = `${type}${id}`;
  return Buffer.from(`${String(type.length).padStart(2, '0')}:${inner}`).toString('base64');
}

export function repoId(data: Dataset, repo: FakeRepo): number {
  return 100000 + data.repos.indexOf(repo) + 1;
}

// Issues and PRs: repo index and number, small enough for GraphQL's 32-bit Int.
export function itemId(data: Dataset, item: FakeItem): number {
  const index = data.repos.findIndex((r) => `${r.owner}/${r.name}` === item.repo);
  return (index + 1) * 1000000 + item.number;
}

export function labelId(repoFullName: string, name: string): number {
  let hash = 7;
  for (const ch of `${repoFullName}#${name.toLowerCase()}`) hash = (hash * 31 + ch.charCodeAt(0)) % 2000000000;
  return hash + 1;
}
