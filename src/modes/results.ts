import type { RequestStats } from './fetch/client.js';
import type { Activity } from './inspect/summarize-events.js';
import type { WriteOutcome } from './writers/apply-writes.js';
import type { Signal, SkippedReason, Subject, VerdictOrSkip } from './types.js';

// One triaged item of a backfill.
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

// Everything a run found and did: the outputs, the summary and the CLI are all rendered from this.
export interface RunReport {
  mode: 'triage' | 'post-merge' | 'backfill' | 'skip' | 'error';
  eventName: string;
  repo: string;
  subject: Subject | null;
  verdict: VerdictOrSkip;
  skippedReason: SkippedReason | null;
  reason: string;
  firstTime: boolean;
  partial: boolean;
  signals: Signal[];
  activity: Activity | null;
  name: string | null; // the author's display name, as read
  items: ItemRow[]; // backfill
  writes: WriteOutcome[];
  notes: string[]; // things the summary should say (why an invitation was or was not sent, ...)
  warnings: string[];
  dryRun: boolean;
  error: string | null;
  stats: RequestStats | null;
  startedAt: number;
  wallMs: number;
  windowDays: number;
  serverUrl: string;
}

export function emptyReport(eventName: string, repo: string, serverUrl: string, startedAt: number): RunReport {
  return {
    mode: 'error',
    eventName,
    repo,
    subject: null,
    verdict: 'skipped',
    skippedReason: null,
    reason: '',
    firstTime: false,
    partial: false,
    signals: [],
    activity: null,
    name: null,
    items: [],
    writes: [],
    notes: [],
    warnings: [],
    dryRun: false,
    error: null,
    stats: null,
    startedAt,
    wallMs: 0,
    windowDays: 90,
    serverUrl,
  };
}
