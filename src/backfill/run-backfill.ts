import { getSkipReason } from '../event/skip-rules.js';
import type { Client } from '../fetch/client.js';
import { runQuery } from '../fetch/graphql-query.js';
import { labelNames, windowStart } from '../fetch/read-subject.js';
import { getProfiles } from '../fetch/get-profiles.js';
import type { AuthorData } from '../fetch/profile-part.js';
import { readThread, threadPart, type Thread } from '../fetch/thread-part.js';
import { readUnreadComments } from '../fetch/read-unread-comments.js';
import type { ItemRow, RunReport } from '../report.js';
import type { Settings } from '../settings/get-settings.js';
import { computeSignals } from '../signals/compute-signals.js';
import { renderReportComment } from '../summary/render-summary.js';
import type { Repo, Subject, VerdictOrSkip } from '../types.js';
import { decideVerdict } from '../verdict/decide-verdict.js';
import { worstVerdict } from '../verdict/compare-verdicts.js';
import { applyLabelBatches, type LabelChange } from '../writers/apply-label-batches.js';
import { applyWrites } from '../writers/apply-writes.js';
import { allMarkers } from '../writers/markers.js';
import { planTriageWrites, type Write } from '../writers/plan-writes.js';
import { listOpenItems } from './list-open-items.js';

// Authors per profiling query: each brings a user, five searches and up to 200 nodes, far inside GitHub's
// 500,000-node limit, and ten keep one query's answer time close to a single author's.
const authorsPerQuery = 10;
// Items per thread query (labels, 100 comments and 100 files each).
const itemsPerQuery = 25;

// Triage every open PR (and issue): list, skip, profile each distinct author once, read the threads in
// batches, then write per item as a single triage would. Every request goes through the client's bound
// of 8 in flight; public events are not read, as they feed no signal and the summary is a table of items.
export async function runBackfill(client: Client, repo: Repo, settings: Settings, now: Date, report: RunReport, progress: (line: string) => void = () => {}): Promise<void> {
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
    readThreads(client, repo, toTriage.map((s) => s.number), labelNames(settings)),
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
      ...(subject.kind === 'pr' ? { files: { paths: thread.thread.files, failure: thread.thread.files ? null : 'more than 100 files' } } : {}),
      settings,
      now,
    });
    const decision = decideVerdict(signals, settings['ignore-signals']);
    if (decision.partial) report.partial = true;
    const firstTime = isFirstTime(author, subject);
    const item = row(subject, decision.verdict, null, firstTime, decision.reason);
    const comment = renderReportComment({ ...report, mode: 'triage', subject, verdict: decision.verdict, reason: decision.reason, signals, activity: null, name: null }, settings['ignore-signals']);
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

interface Plan {
  subject: Subject;
  item: ItemRow;
  thread: Thread;
  writes: Write[];
}

// Every item that wants a label the repo lacks plans its creation: it is created once for the run, before any
// item's labels are added (GitHub would create it grey otherwise). Then the label writes of all items go as
// batched GraphQL mutations, and the comments item by item (paced by the client).
async function applyPlans(client: Client, repo: Repo, plans: Plan[], settings: Settings, report: RunReport): Promise<void> {
  const dryRun = settings['dry-run'];
  const creates = new Map<string, Write>();
  for (const w of plans.flatMap((p) => p.writes)) if (w.kind === 'create-label') creates.set(w.name.toLowerCase(), w);
  const first = plans[0];
  if (!first) return;
  let labelIds = first.thread.repoLabels;
  if (creates.size > 0) {
    const applied = await applyWrites(client, first.subject, [...creates.values()], dryRun);
    report.writes.push(...applied.outcomes);
    report.warnings.push(...applied.warnings);
    // The new labels' ids, for the mutations (a create answered 422 means it existed: its id is read too).
    if (!dryRun) labelIds = (await readThreads(client, repo, [first.subject.number], labelNames(settings))).get(first.subject.number)?.thread?.repoLabels ?? labelIds;
  }
  const isLabelWrite = (w: Write): w is LabelChange['writes'][number] => w.kind === 'add-labels' || w.kind === 'remove-label';
  const changes = plans.filter((p) => p.writes.some(isLabelWrite)).map((p) => ({ subject: p.subject, itemId: p.thread.itemId, writes: p.writes.filter(isLabelWrite) }));
  const [labels] = await Promise.all([
    applyLabelBatches(client, changes, labelIds, dryRun),
    ...plans.map(async ({ subject, item, writes }) => {
      const applied = await applyWrites(client, subject, writes.filter((w) => w.kind !== 'create-label' && !isLabelWrite(w)), dryRun);
      item.writes.push(...applied.outcomes);
      report.warnings.push(...applied.warnings);
    }),
  ]);
  for (const plan of plans) plan.item.writes.unshift(...(labels.outcomes.get(plan.subject) ?? []));
  report.warnings.push(...labels.warnings);
}

async function profileAuthors(client: Client, repo: Repo, logins: string[], since: Date, progress: (line: string) => void): Promise<Map<string, AuthorData>> {
  const authors = new Map<string, AuthorData>();
  let done = 0;
  await Promise.all(
    chunk(logins, authorsPerQuery).map(async (batch) => {
      const profiles = await getProfiles(client, 'Profiles', batch.map((login) => ({ login, here: repo })), since);
      for (const author of profiles) authors.set(author.login, author);
      done += batch.length;
      progress(`profiled ${done}/${logins.length} authors`);
    }),
  );
  return authors;
}

async function readThreads(client: Client, repo: Repo, numbers: number[], labels: string[]): Promise<Map<number, { thread: Thread | null; failure: string | null }>> {
  const threads = new Map<number, { thread: Thread | null; failure: string | null }>();
  await Promise.all(
    chunk(numbers, itemsPerQuery).map(async (batch) => {
      const result = await runQuery(client, 'Threads', [threadPart('t', repo, batch, labels, true)]);
      for (const n of batch) {
        const read = readThread('t', result, allMarkers, n);
        threads.set(n, read.thread?.unreadComments ? { thread: await readUnreadComments(client, repo, n, read.thread, allMarkers), failure: null } : read);
      }
    }),
  );
  return threads;
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
  return { number: subject.number, kind: subject.kind, title: subject.title, author: subject.author.login, verdict, skippedReason, firstTime, reason, writes: [] };
}

function chunk<T>(list: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}
