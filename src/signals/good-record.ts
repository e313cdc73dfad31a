import type { AuthorData } from '../fetch/profile-part.js';

export interface AuthorRecord {
  good: boolean;
  merged: number | null; // PRs to others' repos merged in the window
  closed: number | null; // PRs to others' repos closed in the window, merged or not
}

// The contract's good record: at least 3 PRs to others' repos merged in the window, and at least a quarter of
// those closed in the window merged. No record, or one that could not be read, is not a good record.
export function goodRecord(author: AuthorData): AuthorRecord {
  const { closedMerged: merged, closedUnmerged: unmerged } = author;
  if (merged === null || unmerged === null) return { good: false, merged, closed: null };
  const closed = merged + unmerged;
  return { good: merged >= 3 && merged * 4 >= closed, merged, closed };
}
