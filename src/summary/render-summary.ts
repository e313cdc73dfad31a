import type { RequestStats } from '../fetch/request-stats.js';
import { sparkline, type Activity } from '../inspect/summarize-activity.js';
import { reasonOf, verdictOf, type ItemRow, type ModeResult, type Score } from '../modes/results.js';
import type { WriteOutcome } from '../writers/apply-writes.js';
import type { Level, Signal, SignalId, Subject, VerdictOrSkip } from '../types.js';
import { verdictRank } from '../verdict/compare-verdicts.js';
import { authorLink, escapeText } from '../text/escape-text.js';
import { renderBacktest } from './render-backtest.js';

export const levelIcons: Record<Level, string> = { green: '🟢', yellow: '🟡', red: '🔴', unknown: '⚪' };
const verdictIcons: Record<VerdictOrSkip, string> = { green: '🟢', yellow: '🟡', red: '🔴', skipped: '⏭️' };
const verdictWords: Record<VerdictOrSkip, string> = {
  green: 'green: nothing needs a second look',
  yellow: 'yellow: worth a closer look',
  red: 'red: review with care',
  skipped: 'skipped',
};

// GitHub refuses a step summary over 1 MiB; stay well under it.
export const summaryLimit = 1024 * 1024 - 4096;

// How a run's texts are shown, from its settings and environment.
export interface ReportView {
  serverUrl: string;
  windowDays: number;
  ignored: readonly SignalId[];
}

// What the report comment shows: one triaged item.
export interface ReportCommentInput {
  subject: Subject;
  score: Score;
  firstTime: boolean;
  name: string | null;
  activity: Activity | null;
}

// Everything the job summary shows: a mode's result (null when the run failed before one), and the run's own.
export interface RunSummary {
  result: ModeResult | null;
  error: string | null;
  warnings: string[];
  stats: RequestStats | null;
  wallMs: number;
  dryRun: boolean;
  view: ReportView;
}

function subjectLine(subject: Subject | null, firstTime: boolean, name: string | null, view: ReportView): string {
  if (!subject) return '';
  const kind = subject.kind === 'pr' ? 'PR' : 'issue';
  const welcome = firstTime ? '\n\n🌱 A first-time contributor to this repository.' : '';
  return `${kind} #${subject.number} by ${authorLink(subject.author.login, view.serverUrl)}${name ? ` (${escapeText(name, 80)})` : ''}: ${escapeText(subject.title, 120)}${welcome}`;
}

export function signalTable(signals: Signal[], ignored: readonly string[] = []): string {
  if (signals.length === 0) return '';
  const rows = signals.map((s) => {
    const shown = s.value === null ? '–' : escapeText(String(s.value), 40);
    // The count links to what was counted; only our own URLs are links (every user text is escaped).
    const value = s.url && s.value !== null ? `[${shown}](${s.url})` : shown;
    const note = ignored.includes(s.id) ? ' (ignored)' : '';
    const quote = s.quote ? ` — “${escapeText(s.quote, 100)}”` : '';
    return `| ${levelIcons[s.level]} | \`${s.id}\`${note} | ${value} | ${escapeText(s.detail, 240)}${quote} |`;
  });
  return ['| | signal | value | why |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function activityLine(activity: Activity | null, windowDays: number): string {
  if (!activity) return '';
  const parts: string[] = [];
  if (activity.weekly) {
    parts.push(`**Contributions** per week over the last ${windowDays} days: \`${sparkline(activity.weekly)}\` ${activity.contributions} in all`);
  }
  const events = activity.events;
  if (events) {
    const types = Object.entries(events.byType)
      .sort((x, y) => y[1] - x[1])
      .slice(0, 5)
      .map(([type, n]) => `${type.replace(/Event$/, '')} ${n}`)
      .join(', ');
    parts.push(`**Public events** in the last ${events.days} days: ${events.total} in ${events.repos} repos${types ? ` (${types})` : ''}`);
  }
  return parts.join('  \n');
}

// The report comment: what a maintainer needs on the PR itself, nothing that changes from run to run unless
// the verdict or a signal does (so a re-run does not rewrite it needlessly).
export function renderReportComment(input: ReportCommentInput, view: ReportView): string {
  const { score } = input;
  return [
    `### ${verdictIcons[score.verdict]} newcomer-triage: ${verdictWords[score.verdict]}`,
    subjectLine(input.subject, input.firstTime, input.name, view),
    score.reason ? `> ${escapeText(score.reason, 300)}` : '',
    signalTable(score.signals, view.ignored),
    activityLine(input.activity, view.windowDays),
    '<sub>A maintainer can comment `/triage` to run it again.</sub>',
  ]
    .filter((l) => l !== '')
    .join('\n\n');
}

function itemsTable(items: ItemRow[], view: ReportView): string {
  if (items.length === 0) return '';
  const rows = [...items]
    .sort((a, b) => verdictRank[b.verdict] - verdictRank[a.verdict] || b.number - a.number)
    .map((i) => {
      const verdict = i.verdict === 'skipped' ? `⏭️ skipped (${i.skippedReason ?? ''})` : `${verdictIcons[i.verdict]} ${i.verdict}`;
      return `| ${verdict} | #${i.number} | ${authorLink(i.author, view.serverUrl)}${i.firstTime ? ' 🌱' : ''} | ${escapeText(i.title, 80)} | ${escapeText(i.reason, 160)} |`;
    });
  return ['| verdict | item | author | title | why |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

function writesList(all: WriteOutcome[], dryRun: boolean): string {
  if (all.length === 0) return `**Written:** nothing${dryRun ? ' (dry run)' : ''}`;
  const head = dryRun ? '**Would write** (dry run, nothing was sent):' : '**Written:**';
  const icon = { written: '✅', planned: '📝', refused: '🚫', failed: '❌' } as const;
  const shown = all
    .slice(0, 200)
    .map((w) => `- ${icon[w.status]} ${w.description}${w.detail && w.detail !== 'dry run' ? ` (${escapeText(w.detail, 200)})` : ''}`);
  if (all.length > shown.length) shown.push(`- … and ${all.length - shown.length} more`);
  return [head, ...shown].join('\n');
}

export function footer(stats: RequestStats | null, wallMs: number): string {
  const parts = [`${stats?.requests ?? 0} API requests`, `${(wallMs / 1000).toFixed(2)} s`];
  for (const limit of Object.values(stats?.rateLimits ?? {})) {
    parts.push(`${limit.resource} rate limit ${limit.remaining}/${limit.limit} left, resets ${limit.resetAt.slice(11, 16)} UTC`);
  }
  return `<sub>${parts.join(' · ')}</sub>`;
}

function heading(result: ModeResult | null): string {
  if (!result) return '### ❌ newcomer-triage failed';
  const verdict = verdictOf(result);
  switch (result.mode) {
    case 'post-merge':
      return '### 🎉 newcomer-triage: merged';
    case 'backfill':
      return `### ${verdictIcons[verdict]} newcomer-triage backfill: ${result.items.length} items, worst ${verdict}`;
    case 'backtest':
      return `### 🔁 newcomer-triage backtest: ${result.items.length} past items since ${result.since}`;
    case 'skip':
      return `### ${verdictIcons.skipped} newcomer-triage: skipped (${result.skippedReason})`;
    case 'triage':
    case 'profile':
      return `### ${verdictIcons[verdict]} newcomer-triage: ${verdictWords[verdict]}`;
  }
}

// The parts only some modes have, in the order the summary shows them.
function resultParts(result: ModeResult, view: ReportView, stats: RequestStats | null): { subject: string; signals: string; activity: string; items: string } {
  switch (result.mode) {
    case 'triage':
      return {
        subject: subjectLine(result.subject, result.firstTime, result.name, view),
        signals: signalTable(result.score.signals, view.ignored),
        activity: activityLine(result.activity, view.windowDays),
        items: '',
      };
    case 'profile':
      return { subject: '', signals: signalTable(result.score.signals, view.ignored), activity: activityLine(result.activity, view.windowDays), items: '' };
    case 'post-merge':
      return { subject: subjectLine(result.subject, result.firstTime, null, view), signals: '', activity: '', items: '' };
    case 'backfill':
      return { subject: '', signals: '', activity: '', items: itemsTable(result.items, view) };
    case 'backtest':
      return { subject: '', signals: '', activity: '', items: renderBacktest(result, view.serverUrl, stats) };
    case 'skip':
      return { subject: subjectLine(result.subject, false, null, view), signals: '', activity: '', items: '' };
  }
}

export function renderSummary(run: RunSummary): string {
  const result = run.result;
  const parts = result ? resultParts(result, run.view, run.stats) : { subject: '', signals: '', activity: '', items: '' };
  const reason = result ? reasonOf(result) : '';
  const writes = result ? [...result.writes, ...(result.mode === 'backfill' ? result.items.flatMap((i) => i.writes) : [])] : [];
  const sections = [
    heading(result),
    parts.subject,
    run.error ? `**Error:** ${escapeText(run.error, 1000)}` : '',
    reason ? `> ${escapeText(reason, 300)}` : '',
    ...run.warnings.map((w) => `> [!WARNING]\n> ${escapeText(w, 600)}`),
    parts.signals,
    parts.activity,
    parts.items,
    ...(result?.notes ?? []).map((n) => `- ${escapeText(n, 400)}`),
    !result || result.mode === 'skip' ? '' : writesList(writes, run.dryRun),
    footer(run.stats, run.wallMs),
  ];
  return fitSummary(sections.filter((p) => p !== '').join('\n\n'));
}

// GitHub's limit is in bytes; the cut falls on a line boundary so no table row or character is split.
export function fitSummary(text: string): string {
  if (Buffer.byteLength(text) <= summaryLimit) return text;
  const lines = text.split('\n');
  let size = 0;
  let keep = 0;
  while (keep < lines.length && size + Buffer.byteLength(lines[keep] ?? '') + 1 <= summaryLimit) size += Buffer.byteLength(lines[keep++] ?? '') + 1;
  return `${lines.slice(0, keep).join('\n')}\n\n… (cut to stay under GitHub's 1 MiB summary limit)`;
}
