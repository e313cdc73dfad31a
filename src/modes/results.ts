import type { Activity } from '../inspect/summarize-activity.js';
import type { WriteOutcome } from '../writers/apply-writes.js';
import type { Repo, Signal, SignalId, SkippedReason, Subject, Verdict, VerdictOrSkip } from '../types.js';
import type { ItemOutcome } from './backtest/item-outcome.js';
import type { ThresholdEdge } from './backtest/threshold-edges.js';

// What the shared scoring step says of one author: the signals, the verdict they make, and the reads that
// failed on the way.
export interface Score {
  signals: Signal[];
  verdict: Verdict;
  reason: string;
  partial: boolean; // some signal could not be read and the verdict stands on the rest
  warnings: string[];
}

// What every mode reports besides its own result.
interface Outcome {
  partial: boolean; // some data could not be read
  warnings: string[];
  notes: string[]; // what the summary should say (why an invitation was or was not sent, ...)
  writes: WriteOutcome[];
}

export interface TriageResult extends Outcome {
  mode: 'triage';
  subject: Subject;
  score: Score;
  firstTime: boolean;
  name: string | null; // the author's display name, as read: user text
  activity: Activity | null;
}

export interface ProfileResult extends Outcome {
  mode: 'profile';
  login: string;
  score: Score;
  name: string | null;
  activity: Activity | null;
}

// Post-merge does not triage: it thanks and invites.
export interface PostMergeResult extends Outcome {
  mode: 'post-merge';
  subject: Subject;
  firstTime: boolean;
}

// One item of a backfill.
export interface ItemRow {
  number: number;
  kind: 'pr' | 'issue';
  title: string;
  author: string;
  verdict: VerdictOrSkip;
  skippedReason: SkippedReason | null;
  firstTime: boolean;
  reason: string;
  writes: WriteOutcome[];
}

export interface BackfillResult extends Outcome {
  mode: 'backfill';
  items: ItemRow[];
  verdict: VerdictOrSkip; // the worst verdict triaged
  reason: string;
}

// One past item of a backtest: the verdict as of its opening, and what became of it.
export interface ReplayedItem {
  subject: Subject;
  outcome: ItemOutcome;
  score: Score;
  // The verdict would differ with another profile-fields level (the profile is read as it is now).
  dependsOnProfile: boolean;
}

// A backtest writes nothing: what the verdict would have said of the repo's past newcomers, and which band
// values would have changed it.
export interface BacktestResult extends Outcome {
  mode: 'backtest';
  repo: Repo;
  since: string; // YYYY-MM-DD
  items: ReplayedItem[]; // newest first
  edges: ThresholdEdge[];
  // Signals not judged in a backtest (left out of every verdict, as ignored signals are).
  leftOut: SignalId[];
  // What the replay looked at: items opened since the day, those a skip rule or the first-time filter left out.
  scanned: { items: number; skipped: number; notFirstTime: number; authors: number };
  // Why the replay ended before max-items (the rate limit, the item listing's reach), or null.
  stopped: string | null;
}

export interface SkipResult extends Outcome {
  mode: 'skip';
  subject: Subject | null;
  skippedReason: SkippedReason;
  reason: string;
}

export type ModeResult = TriageResult | ProfileResult | PostMergeResult | BackfillResult | BacktestResult | SkipResult;

export function outcome(partial: boolean, warnings: string[] = [], notes: string[] = [], writes: WriteOutcome[] = []): Outcome {
  return { partial, warnings, notes, writes };
}

// The verdict output of a run: a post-merge run and a backtest do not triage, a backfill reports its worst.
export function verdictOf(result: ModeResult): VerdictOrSkip {
  switch (result.mode) {
    case 'triage':
    case 'profile':
      return result.score.verdict;
    case 'backfill':
      return result.verdict;
    case 'post-merge':
    case 'backtest':
    case 'skip':
      return 'skipped';
  }
}

export function reasonOf(result: ModeResult): string {
  switch (result.mode) {
    case 'triage':
    case 'profile':
      return result.score.reason;
    case 'backfill':
    case 'skip':
      return result.reason;
    case 'post-merge':
    case 'backtest':
      return '';
  }
}

// A run that a skip rule ended; `warnings` say what could not be checked on the way.
export function skipped(reason: SkippedReason, subject: Subject | null, warnings: string[] = []): SkipResult {
  return { mode: 'skip', skippedReason: reason, subject, reason: skipExplanations[reason], ...outcome(false, warnings) };
}

const skipExplanations: Record<SkippedReason, string> = {
  association: "the author's association with the repo is in skip-associations",
  bot: 'the author is a bot',
  'trusted-user': 'the author is in trusted-users',
  'deleted-user': "the author's account was deleted",
  'unsupported-event': 'this event or action is not one the action triages',
  'not-a-maintainer': 'only an owner, member or collaborator can ask for /triage',
};
