import { getSkipReason } from '../event/skip-rules.js';
import type { Client } from '../fetch/client.js';
import { labelNames, windowStart } from '../fetch/read-subject.js';
import type { AuthorData } from '../fetch/profile-part.js';
import type { ItemRow, RunReport } from '../report.js';
import type { Settings } from '../settings/get-settings.js';
import { computeSignals } from '../signals/compute-signals.js';
import { renderReportComment } from '../summary/render-summary.js';
import type { Repo, Subject, VerdictOrSkip } from '../types.js';
import { decideVerdict } from '../verdict/decide-verdict.js';
import { worstVerdict } from '../verdict/compare-verdicts.js';
import { planTriageWrites } from '../writers/plan-writes.js';
import { applyPlans, type Plan } from './apply-plans.js';
import { listOpenItems } from './list-open-items.js';
import { profileAuthors, readThreads } from './read-backlog.js';

// Triage every open PR (and issue): list, skip, profile each distinct author once, read the threads in
// batches, then write per item as a single triage would. Every request goes through the client's bound
// of 8 in flight; public events are not read, as they feed no signal and the summary is a table of items.
export async function runBackfill(
  client: Client,
  repo: Repo,
  settings: Settings,
  now: Date,
  report: RunReport,
  progress: (line: string) => void = () => {},
): Promise<void> {
  const limit = settings['max-items'];
  const [prs, issues] = await Promise.all([
    listOpenItems(client, repo, 'pr', limit),
    settings['backfill-issues'] ? listOpenItems(client, repo, 'issue', limit) : Promise.resolve([]),
  ]);
  const subjects = [...prs, ...issues].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, limit);
  progress(`${subjects.length} open items`);

  const rows = new Map<number, ItemRow>();
  const toTriage: Subject[] = [];
  for (const subject of subjects) {
    const reason = getSkipReason(subject, settings, false);
    if (reason) rows.set(subject.number, row(subject, 'skipped', reason, false, `skipped: ${reason}`));
    else toTriage.push(subject);
  }
  const since = windowStart(settings, now);
  const logins = [...new Set(toTriage.map((s) => s.author.login))];
  const [authors, threads] = await Promise.all([
    profileAuthors(client, repo, logins, since, progress),
    readThreads(client, repo, toTriage, labelNames(settings)),
  ]);
  progress(`profiled ${logins.length} authors`);

  const plans: Plan[] = [];
  for (const subject of toTriage) {
    const author = authors.get(subject.author.login);
    const thread = threads.get(subject.number);
    if (!author || !thread?.thread) {
      rows.set(subject.number, row(subject, 'yellow', null, false, `could not be read: ${thread?.failure ?? 'no profile'}`));
      report.partial = true;
      continue;
    }
    const signals = computeSignals({
      author,
      ...(subject.kind === 'pr' ? { files: { paths: thread.thread.files, failure: thread.thread.files ? null : "the PR's files could not be read" } } : {}),
      settings,
      now,
    });
    const decision = decideVerdict(signals, settings['ignore-signals']);
    if (decision.partial) report.partial = true;
    const firstTime = isFirstTime(author, subject);
    const item = row(subject, decision.verdict, null, firstTime, decision.reason);
    const comment = renderReportComment(
      { ...report, mode: 'triage', subject, verdict: decision.verdict, reason: decision.reason, signals, activity: null, name: null },
      settings['ignore-signals'],
    );
    const writes = planTriageWrites({ subject, settings, thread: thread.thread, verdict: decision.verdict, firstTime, report: comment });
    plans.push({ subject, item, thread: thread.thread, writes });
    rows.set(subject.number, item);
  }
  await applyPlans(client, repo, plans, settings, report);
  report.items = subjects.map((s) => rows.get(s.number)).filter((r): r is ItemRow => r !== undefined);
  report.warnings = [...new Set(report.warnings)];
  report.verdict = worstVerdict(report.items.map((i) => i.verdict));
  report.reason = `${report.items.filter((i) => i.verdict !== 'skipped').length} triaged, ${report.items.filter((i) => i.verdict === 'skipped').length} skipped`;
}

// For a PR: none of the author's PRs here was merged before it was opened; for an issue: nothing of theirs
// here is older.
function isFirstTime(author: AuthorData, subject: Subject): boolean {
  if (!author.here) return false;
  const opened = new Date(subject.createdAt).getTime();
  return subject.kind === 'pr'
    ? !author.here.some((h) => h.mergedAt !== null && new Date(h.mergedAt).getTime() < opened)
    : !author.here.some((h) => new Date(h.createdAt).getTime() < opened);
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
