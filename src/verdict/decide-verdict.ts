import type { Band } from '../settings/parsers.js';
import { contextSignalIds, type Signal, type SignalId, type Verdict } from '../types.js';

export interface Decision {
  verdict: Verdict;
  partial: boolean; // some signal could not be read and the verdict stands on the rest
  reason: string;
}

export interface VerdictInput {
  signals: Signal[];
  ignore: readonly SignalId[];
  externalPrsBand: Band; // external-prs-per-week's bands: the flood rule is four times its red number
  // Of the author's PRs to others' repos opened in the window, how many were merged; null when unread.
  opened: { opened: number; merged: number } | null;
}

// Under this share of PRs merged, a spray or a flood is red: nobody is taking them.
const takenShare = 0.25;
const floodTimes = 4;

// The contract's rule. Evidence (how the author's work was received elsewhere, whether they send the same
// thing everywhere) makes red on its own. Context (who the author is, how busy) makes red only as a spray (a
// new account opening PRs at the red rate) or a flood (four times the red rate, any age), and only while
// under a quarter of those PRs were merged; one context signal alone is green, two make yellow.
export function decideVerdict(input: VerdictInput): Decision {
  const { ignore } = input;
  const counted = input.signals.filter((s) => !ignore.includes(s.id));
  const unknown = counted.filter((s) => s.level === 'unknown');
  const partial = unknown.length > 0;
  const isContext = (s: Signal) => contextSignalIds.includes(s.id);
  const evidenceRed = counted.filter((s) => s.level === 'red' && !isContext(s));
  if (evidenceRed.length > 0) return { verdict: 'red', partial, reason: `red on ${evidenceRed.map((s) => s.id).join(', ')}` };

  const level = (id: SignalId) => counted.find((s) => s.id === id);
  const prs = level('external-prs-per-week');
  const age = level('account-age');
  const untaken = input.opened !== null && input.opened.merged < takenShare * input.opened.opened;
  const share = input.opened && input.opened.opened > 0 ? `${input.opened.merged} of ${input.opened.opened}` : '';
  if (untaken && prs?.level === 'red' && age?.level === 'red') {
    return { verdict: 'red', partial, reason: `a new account spraying PRs that nobody takes (${share} merged)` };
  }
  if (untaken && prs && typeof prs.value === 'number' && prs.value >= floodTimes * input.externalPrsBand.red) {
    return { verdict: 'red', partial, reason: `a flood of ${prs.value} PRs to others' repos in one week, ${share} merged` };
  }

  const flaggedEvidence = counted.filter((s) => !isContext(s) && s.level === 'yellow');
  const flaggedContext = counted.filter((s) => isContext(s) && (s.level === 'yellow' || s.level === 'red'));
  const flagged = [...flaggedEvidence, ...(flaggedContext.length >= 2 ? flaggedContext : [])];
  if (flagged.length > 0 || partial) {
    const parts = [
      ...(flagged.length > 0 ? [`${flagged.map((s) => s.id).join(', ')} ${flagged.length === 1 ? 'needs' : 'need'} a look`] : []),
      ...(partial ? [`${unknown.map((s) => s.id).join(', ')} could not be read`] : []),
    ];
    return { verdict: 'yellow', partial, reason: parts.join('; ') };
  }
  const alone = flaggedContext[0];
  return { verdict: 'green', partial, reason: alone ? `only ${alone.id} stands out, and context alone is not a concern` : 'no signal needs a look' };
}
