import type { VerdictOrSkip } from '../types.js';

// The rule run.ts applies to fail the step (its verdictRank is not exported): a skip never fails.
const verdictRank: Record<VerdictOrSkip, number> = { skipped: 0, green: 1, yellow: 2, red: 3 };

export function failOnMet(verdict: VerdictOrSkip, failOn: 'never' | 'yellow' | 'red'): boolean {
  return failOn !== 'never' && verdictRank[verdict] >= verdictRank[failOn];
}
