// What became of a PR or issue, in the contract's words.
export const itemOutcomes = ['merged', 'closed unmerged', 'completed', 'not planned', 'open', 'spam'] as const;
export type ItemOutcome = (typeof itemOutcomes)[number];

export interface OutcomeInput {
  kind: 'pr' | 'issue';
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  // An issue's GraphQL stateReason: COMPLETED, NOT_PLANNED, REOPENED, or null (closed before reasons existed).
  stateReason: string | null;
  labels: string[];
}

// A label naming spam or invalid wins (GitHub's Hacktoberfest convention: such PRs do not count), whatever the
// item's state; then a PR is merged, closed unmerged or open, an issue completed, not planned or open.
// A duplicate is asked for as GitHub's default answers it, as not planned.
export function outcomeOf(item: OutcomeInput): ItemOutcome {
  if (item.labels.some((l) => /spam|invalid/i.test(l))) return 'spam';
  if (item.state === 'OPEN') return 'open';
  if (item.kind === 'pr') return item.state === 'MERGED' ? 'merged' : 'closed unmerged';
  return item.stateReason === 'NOT_PLANNED' || item.stateReason === 'DUPLICATE' ? 'not planned' : 'completed';
}
