import { contextSignalIds, type Signal, type SignalId, type Verdict } from '../types.js';

export interface Decision {
  verdict: Verdict;
  partial: boolean; // some signal could not be read and the verdict stands on the rest
  reason: string;
}

// The contract's rule: an evidence signal in red is red; the context signals (who the author is, how busy)
// make red only all together, a new, empty account opening PRs at a spam rate; anything short of green, or
// unknown, is yellow. Ignored signals take no part.
export function decideVerdict(signals: Signal[], ignore: readonly SignalId[]): Decision {
  const counted = signals.filter((s) => !ignore.includes(s.id));
  const unknown = counted.filter((s) => s.level === 'unknown');
  const partial = unknown.length > 0;
  const evidenceRed = counted.filter((s) => s.level === 'red' && !contextSignalIds.includes(s.id));
  if (evidenceRed.length > 0) {
    return { verdict: 'red', partial, reason: `red on ${evidenceRed.map((s) => s.id).join(', ')}` };
  }
  const context = counted.filter((s) => contextSignalIds.includes(s.id));
  if (context.length === contextSignalIds.length && context.every((s) => s.level === 'red')) {
    return { verdict: 'red', partial, reason: 'a new, empty account opening PRs at a spam rate' };
  }
  const flagged = counted.filter((s) => s.level === 'yellow' || s.level === 'red');
  if (flagged.length > 0 || partial) {
    const parts = [
      ...(flagged.length > 0 ? [`${flagged.map((s) => s.id).join(', ')} ${flagged.length === 1 ? 'needs' : 'need'} a look`] : []),
      ...(partial ? [`${unknown.map((s) => s.id).join(', ')} could not be read`] : []),
    ];
    return { verdict: 'yellow', partial, reason: parts.join('; ') };
  }
  return { verdict: 'green', partial, reason: 'no signal needs a look' };
}
