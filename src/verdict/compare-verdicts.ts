import type { VerdictOrSkip } from '../types.js';

// Verdicts from mildest to worst; a skip is below every verdict.
export const verdictRank: Record<VerdictOrSkip, number> = { skipped: 0, green: 1, yellow: 2, red: 3 };

// fail-on and report-comment: true when the verdict is at least `threshold`; a skip never is.
export function atLeast(verdict: VerdictOrSkip, threshold: 'never' | VerdictOrSkip): boolean {
  return threshold !== 'never' && verdict !== 'skipped' && verdictRank[verdict] >= verdictRank[threshold];
}

export function failOnMet(verdict: VerdictOrSkip, failOn: 'never' | 'yellow' | 'red'): boolean {
  return atLeast(verdict, failOn);
}

export function worstVerdict(verdicts: VerdictOrSkip[]): VerdictOrSkip {
  return verdicts.reduce<VerdictOrSkip>((w, v) => (verdictRank[v] > verdictRank[w] ? v : w), 'skipped');
}
