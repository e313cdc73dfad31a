import { computeSignals, historyOf, type SignalInput } from '../signals/compute-signals.js';
import { openedElsewhere } from '../signals/history-signals.js';
import { decideVerdict } from '../verdict/decide-verdict.js';
import type { Score } from './results.js';

// The one scoring step every mode shares: signals → verdict → what could not be read.
export function scoreAuthor(input: SignalInput): Score {
  const signals = computeSignals(input);
  const decision = decideVerdict({
    signals,
    ignore: input.settings['ignore-signals'],
    externalPrsBand: input.settings['external-prs-per-week'],
    opened: openedElsewhere(historyOf(input)),
  });
  const warnings = input.author.failures.map((f) => `Could not read ${f.read}: ${f.reason}`);
  if (input.files?.failure) warnings.push(`Could not read the PR's changed files: ${input.files.failure}`);
  if (input.events?.failure) warnings.push(`Could not read the public events of ${input.author.login}: ${input.events.failure}`);
  return { signals, verdict: decision.verdict, reason: decision.reason, partial: decision.partial, warnings };
}
