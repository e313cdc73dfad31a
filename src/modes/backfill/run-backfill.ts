import { getSkipReason, worthConfirming } from '../../event/skip-rules.js';
import { hasWriteAccess } from '../../fetch/get-permission.js';
import type { Client } from '../../fetch/client.js';
import type { Settings } from '../../settings/get-settings.js';
import { countEarlierHere, isFirstTimeContributor } from '../../signals/first-time.js';
import { renderReportComment, type ReportView } from '../../summary/render-summary.js';
import type { Repo, Subject, VerdictOrSkip } from '../../types.js';
import { worstVerdict } from '../../verdict/compare-verdicts.js';
import { archivedWarning } from '../../writers/apply-writes.js';
import { labelNames } from '../../writers/label-names.js';
import { labelLimitWarning, planTriageWrites } from '../../writers/plan-writes.js';
import { outcome, type BackfillResult, type ItemRow } from '../results.js';
import { readWindow } from '../read-window.js';
import { scoreAuthor } from '../score-author.js';
import { applyPlans, type Plan } from './apply-plans.js';
import { listOpenItems } from './list-open-items.js';
import { profileAuthors, readThreads } from './read-backlog.js';
import { byTime } from '../../text/by-time.js';

// Triage every open PR (and issue): list, skip, profile each distinct author once, read the threads in
// batches, then write per item as a single triage would. Every request goes through the client's bound
// of 8 in flight.
export async function runBackfill(
  client: Client,
  repo: Repo,
  settings: Settings,
  now: Date,
  view: ReportView,
  progress: (line: string) => void = () => {},
): Promise<BackfillResult> {
  const limit = settings['max-items'];
  const lists = await Promise.all([
    listOpenItems(client, repo, 'pr', limit),
    ...(settings['backfill-issues'] ? [listOpenItems(client, repo, 'issue', limit)] : []),
  ]);
  const listFailures = lists.flatMap((l) => (l.failure ? [l.failure] : []));
  const subjects = lists
    .flatMap((l) => l.subjects)
    .sort((a, b) => byTime(b.createdAt, a.createdAt))
    .slice(0, limit);
  progress(`${subjects.length} open items`);

  const rows = new Map<number, ItemRow>();
  const toTriage: Subject[] = [];
  for (const subject of subjects) {
    const reason = getSkipReason(subject, settings, false);
    if (reason) rows.set(subject.number, row(subject, 'skipped', reason, false, `skipped: ${reason}`));
    else toTriage.push(subject);
  }
  const logins = [...new Set(toTriage.map((s) => s.author.login))];
  // Authors whose association hides write access (a private org member): GitHub's permission check, beside
  // the reads, for the skip rules.
  const unconfirmed = [...new Set(toTriage.filter((s) => worthConfirming(s, settings, false)).map((s) => s.author.login))];
  const [authors, threads, access] = await Promise.all([
    profileAuthors(client, repo, logins, readWindow(settings, now), progress),
    readThreads(client, repo, toTriage, labelNames(settings)),
    Promise.all(unconfirmed.map(async (login) => [login, await hasWriteAccess(client, repo, login)] as const)).then((pairs) => new Map(pairs)),
  ]);
  progress(`profiled ${logins.length} authors`);

  let partial = listFailures.length > 0;
  const plans: Plan[] = [];
  // Reads that failed, each reason once with the items it cost (a batch's failure is many items' failure).
  const unread = new Map<string, number[]>();
  const readWarnings = new Set<string>();
  // Items whose labels did not all fit under GitHub's limit.
  const writeWarnings: string[] = [];
  const unchecked = [...access].filter(([, a]) => a.failure !== null);
  if (unchecked.length > 0) {
    readWarnings.add(
      `Could not check whether ${unchecked.map(([login]) => login).join(', ')} ${unchecked.length === 1 ? 'has' : 'have'} write access here (${unchecked[0]?.[1].failure ?? ''}): triaged by association.`,
    );
  }
  for (const subject of toTriage) {
    const writer = access.get(subject.author.login)?.value === true ? getSkipReason({ ...subject, association: 'COLLABORATOR' }, settings, false) : null;
    if (writer) {
      rows.set(subject.number, row(subject, 'skipped', writer, false, `skipped: ${writer}`));
      continue;
    }
    const reads = authors.get(subject.author.login);
    const author = reads?.author;
    const thread = threads.get(subject.number)?.thread;
    if (!author || !thread) {
      const failure = threads.get(subject.number)?.failure ?? 'no profile';
      rows.set(subject.number, row(subject, 'yellow', null, false, `could not be read: ${failure}`));
      unread.set(failure, [...(unread.get(failure) ?? []), subject.number]);
      partial = true;
      continue;
    }
    const files =
      subject.kind === 'pr'
        ? { files: { list: thread.files, failure: thread.files ? null : "the PR's files could not be read", total: subject.size?.changedFiles ?? null } }
        : {};
    const score = scoreAuthor({ author, events: reads.events, ...files, subject, settings, now, serverUrl: view.serverUrl });
    partial ||= score.partial;
    for (const w of score.warnings) readWarnings.add(w);
    const firstTime = isFirstTimeContributor(countEarlierHere(author.here, subject), subject.association);
    const item = row(subject, score.verdict, null, firstTime, score.reason);
    const report = renderReportComment({ subject, score, firstTime, name: null, activity: null }, view);
    const writes = planTriageWrites({ subject, settings, thread, verdict: score.verdict, firstTime, report });
    const overLimit = labelLimitWarning({ subject, settings, thread, verdict: score.verdict, firstTime });
    if (overLimit) writeWarnings.push(overLimit);
    plans.push({ subject, item, thread, writes });
    rows.set(subject.number, item);
  }
  for (const [failure, numbers] of unread) {
    readWarnings.add(`Nothing was written on ${numbers.map((n) => `#${n}`).join(', ')}: the item could not be read (${failure})`);
  }
  const archived = plans.find((p) => p.thread.archived);
  if (archived) readWarnings.add(archivedWarning(archived.subject));
  const applied = await applyPlans(client, repo, plans, settings);
  const items = subjects.map((s) => rows.get(s.number)).filter((r): r is ItemRow => r !== undefined);
  const triaged = items.filter((i) => i.verdict !== 'skipped').length;
  return {
    mode: 'backfill',
    items,
    verdict: worstVerdict(items.map((i) => i.verdict)),
    reason: `${triaged} triaged, ${items.length - triaged} skipped`,
    ...outcome(partial, [...new Set([...listFailures, ...readWarnings, ...writeWarnings, ...applied.warnings])], [], applied.writes),
  };
}

function row(subject: Subject, verdict: VerdictOrSkip, skippedReason: ItemRow['skippedReason'], firstTime: boolean, reason: string): ItemRow {
  return {
    number: subject.number,
    kind: subject.kind,
    title: subject.title,
    author: subject.author.login,
    verdict,
    skippedReason,
    firstTime,
    reason,
    writes: [],
  };
}
