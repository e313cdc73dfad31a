import type { Client } from '../fetch/client.js';
import { readSubject } from '../fetch/read-subject.js';
import type { Settings } from '../settings/get-settings.js';
import type { ReportView } from '../summary/render-summary.js';
import type { Subject } from '../types.js';
import { labelNames } from '../writers/label-names.js';
import { allMarkers } from '../writers/markers.js';
import { readWindow } from './read-window.js';
import { confirmAuthor, confirmCommenter } from './confirm-access.js';
import { skipped, type SkipResult, type TriageResult } from './results.js';

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
    readSubject(client, subject, { window, eventsSince: window.eventsSince, labels: labelNames(settings), markers: allMarkers, postMerge: false }),
    confirmAuthor(client, subject, settings, false),
  ]);
  // While GitHub answers: the judging code is loaded and made ready once this turn of the loop has sent the
  // requests (setImmediate runs after the sockets' events), rather than before the requests or after the answers.
  const judging = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => import('./judge-triage.js'))
    .then((judge) => {
      judge.prepare(subject, settings);
      return judge;
    });
  // A run that skips after the reads never awaits it: a failed load must not be an unhandled rejection.
  judging.catch(() => undefined);
  const [data, access] = await reading;
  if (access.skip) return skipped(access.skip, subject, access.warnings);
  const { judgeTriage } = await judging;
  return judgeTriage({ client, subject, settings, now, view, window, data, warnings: access.warnings });
}
