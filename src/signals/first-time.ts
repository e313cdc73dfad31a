import type { Association } from '../types.js';

// The contract's first-time contributor: for a PR, no PR of theirs merged in this repo before this PR was
// opened (after a merge: before it was merged); for an issue, no earlier issue or PR of theirs in this repo.
// `earlier` counts what would make them not first-time; null when the repo's history could not be read (a
// suspended author cannot be searched), and then GitHub's own association is the evidence.
export function isFirstTimeContributor(earlier: number | null, association: Association): boolean {
  if (earlier !== null) return earlier === 0;
  return association === 'FIRST_TIME_CONTRIBUTOR' || association === 'FIRST_TIMER';
}

export interface ItemHere {
  kind: 'pr' | 'issue';
  createdAt: string;
  mergedAt: string | null;
}

// The same definition, counted on the author's items in the repo as a list (a backfill reads them so, one
// query for all of an author's open items).
export function countEarlierHere(here: ItemHere[] | null, subject: { kind: 'pr' | 'issue'; createdAt: string }): number | null {
  if (!here) return null;
  const opened = new Date(subject.createdAt).getTime();
  return subject.kind === 'pr'
    ? here.filter((h) => h.mergedAt !== null && new Date(h.mergedAt).getTime() < opened).length
    : here.filter((h) => new Date(h.createdAt).getTime() < opened).length;
}
