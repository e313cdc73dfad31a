import * as core from '@actions/core';
import { getSkipReason } from '../../event/skip-rules.js';
import { maxConcurrent, type Client } from '../../fetch/client.js';
import type { Settings } from '../../settings/get-settings.js';
import { countEarlierHere, isFirstTimeContributor } from '../../signals/first-time.js';
import { signalIds, type Repo, type SignalId } from '../../types.js';
import { outcome, type BacktestResult, type ReplayedItem } from '../results.js';
import { scoreAuthor } from '../score-author.js';
import { listPastItems, maxPages, type PastItem } from './list-past-items.js';
import { QuotaGuard, runBounded } from './quota-guard.js';
import { readAsOf, type AsOf } from './read-as-of.js';
import { readFirstTimes, type AuthorHere } from './read-first-times.js';
import { dependsOnProfile, findThresholdEdges } from './threshold-edges.js';
import { byTime } from '../../text/by-time.js';

// Signals a backtest cannot judge as of the past, left out of every verdict as ignored signals are:
// repeated-comments counts public events, and GitHub keeps 30 days of them.
const notJudgedInBacktest: readonly string[] = ['repeated-comments'];
export const leftOutSignals: SignalId[] = signalIds.filter((id) => notJudgedInBacktest.includes(id));

// Authors per first-time query (two searches each), and items per as-of read (a profile query of that many
// authors, and one query for their PRs' files).
const authorsPerQuery = 20;
const itemsPerRead = 10;

// Replays the verdict on the first-time contributors' PRs and issues opened since `backtest-since`, each as of
// its opening, and says what became of them. Reads only: list → first-time filter → each item's author as of
// then (batched) → score → band edges, re-scored from the data in hand.
export async function runBacktest(
  client: Client,
  repo: Repo,
  settings: Settings,
  serverUrl: string,
  progress: (line: string) => void = (line) => core.info(line),
): Promise<BacktestResult> {
  const since = settings['backtest-since'];
  if (!since) throw new Error('a backtest needs backtest-since');
  const day = since.toISOString().slice(0, 10);
  const warnings: string[] = [];
  const guard = new QuotaGuard(client.stats);

  const [prs, issues] = await Promise.all([listPastItems(client, repo, 'pr', since), listPastItems(client, repo, 'issue', since)]);
  for (const [list, kind] of [
    [prs, 'PRs'],
    [issues, 'issues'],
  ] as const) {
    if (list.cut) warnings.push(`Only the newest ${maxPages * 100} ${kind} since ${day} were read; older ones are not replayed.`);
  }
  const all = [...prs.items, ...issues.items].sort((a, b) => byTime(b.subject.createdAt, a.subject.createdAt));
  // As after a merge, the association reads as it is now (a newcomer since merged reads CONTRIBUTOR): only
  // owners, members and collaborators, bots, deleted and trusted users are left out before the first-time rule.
  const candidates = all.filter((p) => getSkipReason(p.subject, settings, true) === null);
  progress(`${all.length} PRs and issues opened since ${day}, ${candidates.length} not skipped`);

  const picked = await pickFirstTime(client, repo, candidates, settings['max-items'], guard, progress);
  const replay = await replayItems(client, picked.items, settings, guard, progress);
  const stopped = picked.stopped ?? replay.stopped;
  if (stopped) warnings.push(`The backtest stopped early: ${stopped}. ${replay.items.length} items were replayed.`);

  const scoring = backtestSettings(settings);
  const rescore = (s: Settings) => replay.items.map(({ past, asOf }) => scoreAt(past, asOf, s, serverUrl).verdict);
  const depends = dependsOnProfile(scoring, rescore);
  const items: ReplayedItem[] = replay.items.map(({ past, asOf }, i) => {
    const score = scoreAt(past, asOf, scoring, serverUrl);
    return {
      subject: past.subject,
      outcome: past.outcome,
      score: { ...score, signals: score.signals.filter((s) => !leftOutSignals.includes(s.id)) },
      dependsOnProfile: depends[i] ?? false,
    };
  });
  const edges = findThresholdEdges(scoring, rescore, leftOutSignals);
  const failures = [...new Set(items.flatMap((i) => i.score.warnings))];
  warnings.push(...failures.slice(0, 20));
  if (failures.length > 20) warnings.push(`… and ${failures.length - 20} more reads that failed.`);
  progress(`replayed ${items.length} items`);
  return {
    mode: 'backtest',
    repo,
    since: day,
    items,
    edges,
    leftOut: leftOutSignals,
    scanned: {
      items: all.length,
      skipped: all.length - candidates.length,
      notFirstTime: picked.notFirstTime,
      authors: picked.authors,
    },
    stopped,
    ...outcome(
      items.some((i) => i.score.partial),
      warnings,
    ),
  };
}

// The settings every verdict of the replay is computed with: the run's, with the signals a backtest cannot
// judge left out.
function backtestSettings(settings: Settings): Settings {
  return { ...settings, 'ignore-signals': [...new Set([...settings['ignore-signals'], ...leftOutSignals])] };
}

function scoreAt(past: PastItem, asOf: AsOf, settings: Settings, serverUrl: string) {
  // As of the item's opening: account age then, and the history windows read ending then. No public events:
  // GitHub keeps none that old, so repeated-comments is not computed at all.
  const { subject } = past;
  return scoreAuthor({
    author: asOf.author,
    ...(asOf.files ? { files: asOf.files } : {}),
    subject,
    settings,
    now: new Date(subject.createdAt),
    serverUrl,
  });
}

// The newest candidates whose authors were first-time contributors when they opened them, at most `limit`.
// Authors are read in rounds (a round: as many authors as items are still wanted, at least one query's worth,
// at most eight queries), newest items first, each author once.
async function pickFirstTime(
  client: Client,
  repo: Repo,
  candidates: PastItem[],
  limit: number,
  guard: QuotaGuard,
  progress: (line: string) => void,
): Promise<{ items: PastItem[]; notFirstTime: number; authors: number; stopped: string | null }> {
  const here: AuthorHere = new Map();
  const items: PastItem[] = [];
  let notFirstTime = 0;
  let next = 0;
  while (items.length < limit && next < candidates.length) {
    const wanted = Math.min(maxConcurrent * authorsPerQuery, Math.max(authorsPerQuery, limit - items.length));
    const logins: string[] = [];
    let end = next;
    for (; end < candidates.length; end++) {
      const login = (candidates[end] as PastItem).subject.author.login;
      if (!here.has(login) && !logins.includes(login)) {
        if (logins.length === wanted) break;
        logins.push(login);
      }
    }
    const batches = chunk(logins, authorsPerQuery).map((batch) => () => guard.run(2, () => readFirstTimes(client, repo, batch)));
    const round = await runBounded(batches, maxConcurrent, () => guard.refusal(2));
    for (const read of round.results) for (const [login, list] of read ?? []) here.set(login, list);
    if (round.stopped) return { items, notFirstTime, authors: here.size, stopped: round.stopped };
    for (const past of candidates.slice(next, end)) {
      if (items.length === limit) break;
      const list = here.get(past.subject.author.login) ?? null;
      if (isFirstTimeContributor(countEarlierHere(list, past.subject), past.subject.association)) items.push(past);
      else notFirstTime += 1;
    }
    next = end;
    progress(`checked ${here.size} authors: ${items.length} first-time items of ${limit} wanted`);
  }
  return { items, notFirstTime, authors: here.size, stopped: null };
}

// Each item's author as of its opening, in batches, as far as the quota allows. A batch whose reads ran into
// the rate limit is not replayed (its verdicts would stand on nothing), and ends the replay.
async function replayItems(
  client: Client,
  picked: PastItem[],
  settings: Settings,
  guard: QuotaGuard,
  progress: (line: string) => void,
): Promise<{ items: { past: PastItem; asOf: AsOf }[]; stopped: string | null }> {
  const batches = chunk(picked, itemsPerRead);
  let done = 0;
  let limited: string | null = null;
  const tasks = batches.map((batch) => async () => {
    const read = await guard.run(2, () =>
      readAsOf(
        client,
        batch.map((p) => p.subject),
        settings['activity-window-days'],
      ),
    );
    const replayed = batch.flatMap((past) => {
      const asOf = read.get(past.subject);
      return asOf ? [{ past, asOf }] : [];
    });
    const ranOut = replayed.some(({ asOf }) => asOf.author.failures.some((f) => /rate limit/i.test(f.reason)));
    if (ranOut) {
      limited ??= "GitHub's rate limit ran out during the replay";
      return [];
    }
    done += replayed.length;
    progress(`replayed ${done}/${picked.length} items`);
    return replayed;
  });
  const run = await runBounded(tasks, maxConcurrent / 2, () => limited ?? guard.refusal(2));
  return { items: run.results.flatMap((r) => r ?? []), stopped: run.stopped ?? limited };
}

function chunk<T>(list: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}
