import type { Client } from '../fetch/client.js';
import type { SubjectData } from '../fetch/read-subject.js';
import { summarizeActivity } from '../inspect/summarize-activity.js';
import type { Settings } from '../settings/get-settings.js';
import { isFirstTimeContributor } from '../signals/first-time.js';
import { sensitiveMatcher } from '../signals/sensitive-files.js';
import { renderReportComment, type ReportView } from '../summary/render-summary.js';
import type { Subject } from '../types.js';
import { applyWrites, archivedWarning } from '../writers/apply-writes.js';
import { labelLimitWarning, planTriageWrites } from '../writers/plan-writes.js';
import type { readWindow } from './read-window.js';
import { outcome, type TriageResult } from './results.js';
import { scoreAuthor } from './score-author.js';

// A triage's second half, from the answers to the writes: loaded (its own chunk of the bundle) while the
// reads are in flight, so that compiling the signals, the report and the writers costs no time of the run.
export interface Judging {
  client: Client;
  subject: Subject;
  settings: Settings;
  now: Date;
  view: ReportView;
  window: ReturnType<typeof readWindow>;
  data: SubjectData;
  warnings: string[]; // the access check's
}

// What the judging needs from the settings alone, made ready while GitHub answers.
export function prepare(subject: Subject, settings: Settings): void {
  if (subject.kind === 'pr') sensitiveMatcher(settings['sensitive-paths']);
}

export async function judgeTriage(input: Judging): Promise<TriageResult> {
  const { client, subject, settings, now, view, window, data } = input;
  const score = scoreAuthor({
    author: data.author,
    events: data.events,
    ...(data.files ? { files: data.files } : {}),
    subject,
    settings,
    now,
    serverUrl: view.serverUrl,
  });
  const warnings = [...input.warnings, ...score.warnings];
  const firstTime = isFirstTimeContributor(data.author.earlierHere, subject.association);
  const name = data.author.user?.name ?? null;
  const thread = data.thread;
  if (thread?.unreadComments) {
    warnings.push(
      `No comment was posted: ${thread.unreadComments.count} comments of this very long thread could not be read, and one of them may already be the action's`,
    );
  }
  const activity = summarizeActivity(data.author.calendar, data.events.value, window);
  const applying = thread
    ? applyWrites(
        client,
        subject,
        planTriageWrites({
          subject,
          settings,
          thread,
          verdict: score.verdict,
          firstTime,
          report: renderReportComment({ subject, score, firstTime, name, activity }, view),
        }),
        settings['dry-run'],
      )
    : null;
  // partial is about reads: a write the token was refused warns, but the verdict's data is whole.
  const partial = score.partial || warnings.length > 0 || applying === null;
  const result: TriageResult = { mode: 'triage', subject, score, firstTime, name, activity, ...outcome(partial, warnings) };
  // Not a read that failed: after partial is decided.
  if (thread?.archived) warnings.push(archivedWarning(subject));
  const overLimit = thread && labelLimitWarning({ subject, settings, thread, verdict: score.verdict, firstTime });
  if (overLimit) warnings.push(overLimit);
  if (applying) {
    const applied = await applying;
    result.writes.push(...applied.outcomes);
    warnings.push(...applied.warnings);
  } else {
    // Without the labels and comments already there, a write could duplicate a comment: none is made.
    warnings.push(`Nothing was written: the PR or issue's labels and comments could not be read (${data.threadFailure ?? 'unknown'})`);
  }
  return result;
}
