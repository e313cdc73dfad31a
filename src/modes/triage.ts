import type { Client } from '../fetch/client.js';
import type { PublicEvent } from '../fetch/get-public-events.js';
import { readSubject } from '../fetch/read-subject.js';
import type { Settled } from '../fetch/settle.js';
import { summarizeEvents, type Activity } from '../inspect/summarize-events.js';
import type { Settings } from '../settings/get-settings.js';
import { windowStart } from '../settings/window-start.js';
import { isFirstTimeContributor } from '../signals/first-time.js';
import { renderReportComment, type ReportView } from '../summary/render-summary.js';
import type { Subject } from '../types.js';
import { applyWrites } from '../writers/apply-writes.js';
import { allMarkers, kindOf } from '../writers/markers.js';
import { labelNames, planTriageWrites, reportWanted } from '../writers/plan-writes.js';
import { outcome, type TriageResult } from './results.js';
import { scoreAuthor } from './score-author.js';

// Reads → score → writes, for one PR or issue.
export async function triage(client: Client, subject: Subject, settings: Settings, now: Date, view: ReportView): Promise<TriageResult> {
  const since = windowStart(settings, now);
  const data = await readSubject(client, subject, { since, labels: labelNames(settings), markers: allMarkers, postMerge: false });
  const score = scoreAuthor({ author: data.author, ...(data.files ? { files: data.files } : {}), settings, now });
  const warnings = [...score.warnings];
  const firstTime = isFirstTimeContributor(data.author.earlierHere, subject.association);
  const name = data.author.user?.name ?? null;
  const thread = data.thread;
  if (thread?.unreadComments) {
    warnings.push(
      `No comment was posted: ${thread.unreadComments.count} comments of this very long thread could not be read, and one of them may already be the action's`,
    );
  }
  // The activity shows in the report comment; when none is written, the writes do not wait for the events.
  const showsActivity = thread !== null && (reportWanted(settings, score.verdict) || thread.ownComments.some((c) => kindOf(c.body) === 'report'));
  const activityOf = async () => readActivity(await data.events, subject.author.login, since, now, warnings);
  const activityFirst = showsActivity ? await activityOf() : null;
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
          report: renderReportComment({ subject, score, firstTime, name, activity: activityFirst }, view),
        }),
        settings['dry-run'],
      )
    : null;
  const activity = showsActivity ? activityFirst : await activityOf();
  // partial is about reads: a write the token was refused warns, but the verdict's data is whole.
  const partial = score.partial || warnings.length > 0 || applying === null;
  const result: TriageResult = { mode: 'triage', subject, score, firstTime, name, activity, ...outcome(partial, warnings) };
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

// The public events feed no signal: when they cannot be read, the run is partial and the verdict stands.
function readActivity(events: Settled<PublicEvent[]>, login: string, since: Date, now: Date, warnings: string[]): Activity | null {
  if (events.failure) warnings.push(`Could not read the public events of ${login}: ${events.failure}`);
  return events.value && summarizeEvents(events.value, since, now);
}
