import type { Client } from '../fetch/client.js';
import { readSubject } from '../fetch/read-subject.js';
import { summarizeActivity } from '../inspect/summarize-activity.js';
import type { Settings } from '../settings/get-settings.js';
import { isFirstTimeContributor } from '../signals/first-time.js';
import { sensitiveMatcher } from '../signals/sensitive-files.js';
import { renderReportComment, type ReportView } from '../summary/render-summary.js';
import type { Subject } from '../types.js';
import { applyWrites, archivedWarning } from '../writers/apply-writes.js';
import { allMarkers } from '../writers/markers.js';
import { labelLimitWarning, labelNames, planTriageWrites } from '../writers/plan-writes.js';
import { readWindow } from './read-window.js';
import { confirmAuthor, confirmCommenter } from './confirm-access.js';
import { outcome, skipped, type SkipResult, type TriageResult } from './results.js';
import { scoreAuthor } from './score-author.js';

// Reads → score → writes, for one PR or issue.
// `commenter`: the login of a /triage whose write access GitHub must confirm first.
export async function triage(
  client: Client,
  subject: Subject,
  settings: Settings,
  now: Date,
  view: ReportView,
  commenter: string | null = null,
): Promise<TriageResult | SkipResult> {
  const asker = commenter ? await confirmCommenter(client, subject, commenter) : null;
  if (asker?.skip) return skipped(asker.skip, subject, asker.warnings);
  const window = readWindow(settings, now);
  const reading = Promise.all([
    readSubject(client, subject, {
      window,
      eventsSince: window.eventsSince,
      labels: labelNames(settings),
      markers: allMarkers,
      postMerge: false,
    }),
    confirmAuthor(client, subject, settings, false),
  ]);
  // While GitHub answers: what the judging needs from the settings alone, made ready once this turn of the
  // loop has sent the requests (setImmediate runs after the sockets' events), rather than after the answers.
  if (subject.kind === 'pr') setImmediate(() => sensitiveMatcher(settings['sensitive-paths']));
  const [data, access] = await reading;
  if (access.skip) return skipped(access.skip, subject, access.warnings);
  const score = scoreAuthor({
    author: data.author,
    events: data.events,
    ...(data.files ? { files: data.files } : {}),
    subject,
    settings,
    now,
    serverUrl: view.serverUrl,
  });
  const warnings = [...access.warnings, ...score.warnings];
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
