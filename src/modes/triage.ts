import type { Client } from './fetch/client.js';
import { readSubject, type SubjectData } from './fetch/read-subject.js';
import type { Settings } from './settings/get-settings.js';
import { computeSignals } from './signals/compute-signals.js';
import { renderReportComment } from './summary/render-summary.js';
import type { Subject } from './types.js';
import { decideVerdict } from './verdict/decide-verdict.js';
import type { AuthorData } from './fetch/profile-part.js';
import { applyWrites } from './writers/apply-writes.js';
import { allMarkers, kindOf } from './writers/markers.js';
import { planTriageWrites, reportWanted } from './writers/plan-writes.js';
import type { RunReport } from './report.js';

// Reads → signals → verdict → writes, for one PR or issue; what it finds and does goes into the report.
export async function triageSubject(client: Client, subject: Subject, settings: Settings, now: Date, report: RunReport): Promise<void> {
  const data = await readSubject(client, subject, settings, allMarkers, now);
  const signals = computeSignals({ author: data.author, ...(data.files ? { files: data.files } : {}), settings, now });
  const decision = decideVerdict(signals, settings['ignore-signals']);
  const warnings = readWarnings(data);
  // When the repo's history cannot be searched (a suspended author), GitHub's own association is the evidence.
  const firstTime = data.author.earlierHere === null ? ['FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER'].includes(subject.association) : data.author.earlierHere === 0;
  Object.assign(report, {
    subject,
    verdict: decision.verdict,
    reason: decision.reason,
    partial: decision.partial || warnings.length > 0,
    firstTime,
    signals,
    name: data.author.user?.name ?? null,
  });
  const thread = data.thread;
  if (thread?.unreadComments)
    warnings.push(
      `No comment was posted: ${thread.unreadComments.count} comments of this very long thread could not be read, and one of them may already be the action's`,
    );
  // The activity shows in the report comment; when none is written, the writes do not wait for the events.
  const showsActivity = thread !== null && (reportWanted(settings, decision.verdict) || thread.ownComments.some((c) => kindOf(c.body) === 'report'));
  if (showsActivity) addActivity(report, await data.activity, warnings);
  const applying = thread
    ? applyWrites(
        client,
        subject,
        planTriageWrites({ subject, settings, thread, verdict: decision.verdict, firstTime, report: renderReportComment(report, settings['ignore-signals']) }),
        settings['dry-run'],
      )
    : null;
  if (!showsActivity) addActivity(report, await data.activity, warnings);
  // partial is about reads: a write the token was refused warns, but the verdict's data is whole.
  report.partial = report.partial || warnings.length > 0;
  if (applying) {
    const applied = await applying;
    report.writes.push(...applied.outcomes);
    warnings.push(...applied.warnings);
  } else {
    // Without the labels and comments already there, a write could duplicate a comment: none is made.
    report.partial = true;
    warnings.push(`Nothing was written: the PR or issue's labels and comments could not be read (${data.threadFailure ?? 'unknown'})`);
  }
  report.warnings.push(...warnings);
}

// The public events feed no signal: when they cannot be read, the run is partial and the verdict stands.
function addActivity(report: RunReport, activity: Awaited<SubjectData['activity']>, warnings: string[]): void {
  report.activity = activity.value;
  if (activity.failure) warnings.push(`Could not read the public events of ${report.subject?.author.login ?? 'the author'}: ${activity.failure}`);
}

// Reads of the author that failed, each one a warning.
export function authorWarnings(author: AuthorData): string[] {
  return author.failures.map((f) => `Could not read ${f.read}: ${f.reason}`);
}

// Reads that failed: each one a warning, and the run partial.
export function readWarnings(data: SubjectData): string[] {
  const warnings = authorWarnings(data.author);
  if (data.files?.failure) warnings.push(`Could not read the PR's changed files: ${data.files.failure}`);
  return warnings;
}
