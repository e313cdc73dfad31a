import type { ItemRow, RunReport } from '../report.js';
import type { Level, Signal, VerdictOrSkip } from '../types.js';
import { sparkline } from '../inspect/summarize-events.js';
import { verdictRank } from '../verdict/compare-verdicts.js';
import { authorLink, escapeText } from './escape-text.js';

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

function subjectLine(report: RunReport): string {
  const s = report.subject;
  if (!s) return '';
  const kind = s.kind === 'pr' ? 'PR' : 'issue';
  const firstTime = report.firstTime ? '\n\n🌱 A first-time contributor to this repository.' : '';
  return `${kind} #${s.number} by ${authorLink(s.author.login, report.serverUrl)}${report.name ? ` (${escapeText(report.name, 80)})` : ''}: ${escapeText(s.title, 120)}${firstTime}`;
}

export function signalTable(signals: Signal[], ignored: readonly string[] = []): string {
  if (signals.length === 0) return '';
  const rows = signals.map((s) => {
    const value = s.value === null ? '–' : String(s.value);
    const note = ignored.includes(s.id) ? ' (ignored)' : '';
    return `| ${levelIcons[s.level]} | \`${s.id}\`${note} | ${escapeText(value, 40)} | ${escapeText(s.detail, 240)} |`;
  });
  return ['| | signal | value | why |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function activityLine(report: RunReport): string {
  const a = report.activity;
  if (!a) return '';
  const types = Object.entries(a.byType)
    .sort((x, y) => y[1] - x[1])
    .slice(0, 5)
    .map(([type, n]) => `${type.replace(/Event$/, '')} ${n}`)
    .join(', ');
  return `**Public activity**, events per week over the last ${report.windowDays} days: \`${sparkline(a.weekly)}\` ${a.total} events in ${a.repos} repos${types ? ` (${types})` : ''}`;
}

// The report comment: what a maintainer needs on the PR itself, nothing that changes from run to run unless
// the verdict or a signal does (so a re-run does not rewrite it needlessly).
export function renderReportComment(report: RunReport, ignored: readonly string[]): string {
  return [
    `### ${verdictIcons[report.verdict]} newcomer-triage: ${verdictWords[report.verdict]}`,
    subjectLine(report),
    report.reason ? `> ${escapeText(report.reason, 300)}` : '',
    signalTable(report.signals, ignored),
    activityLine(report),
    '<sub>A maintainer can comment `/triage` to run it again.</sub>',
  ]
    .filter((l) => l !== '')
    .join('\n\n');
}

function itemsTable(report: RunReport): string {
  if (report.items.length === 0) return '';
  const rows = [...report.items]
    .sort((a, b) => verdictRank[b.verdict] - verdictRank[a.verdict] || b.number - a.number)
    .map((i: ItemRow) => {
      const verdict = i.verdict === 'skipped' ? `⏭️ skipped (${i.skippedReason ?? ''})` : `${verdictIcons[i.verdict]} ${i.verdict}`;
      return `| ${verdict} | #${i.number} | ${authorLink(i.author, report.serverUrl)}${i.firstTime ? ' 🌱' : ''} | ${escapeText(i.title, 80)} | ${escapeText(i.reason, 160)} |`;
    });
  return ['| verdict | item | author | title | why |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

function writesList(report: RunReport): string {
  const all = [...report.writes, ...report.items.flatMap((i) => i.writes)];
  if (all.length === 0) return `**Written:** nothing${report.dryRun ? ' (dry run)' : ''}`;
  const head = report.dryRun ? '**Would write** (dry run, nothing was sent):' : '**Written:**';
  const icon = { written: '✅', planned: '📝', refused: '🚫', failed: '❌' } as const;
  const shown = all
    .slice(0, 200)
    .map((w) => `- ${icon[w.status]} ${w.description}${w.detail && w.detail !== 'dry run' ? ` (${escapeText(w.detail, 200)})` : ''}`);
  if (all.length > shown.length) shown.push(`- … and ${all.length - shown.length} more`);
  return [head, ...shown].join('\n');
}

function footer(report: RunReport): string {
  const stats = report.stats;
  const parts = [`${stats?.requests ?? 0} API requests`, `${(report.wallMs / 1000).toFixed(2)} s`];
  for (const limit of Object.values(stats?.rateLimits ?? {})) {
    parts.push(`${limit.resource} rate limit ${limit.remaining}/${limit.limit} left, resets ${limit.resetAt.slice(11, 16)} UTC`);
  }
  return `<sub>${parts.join(' · ')}</sub>`;
}

export function renderSummary(report: RunReport, ignored: readonly string[] = []): string {
  const heading =
    report.mode === 'error'
      ? '### ❌ newcomer-triage failed'
      : report.mode === 'post-merge'
        ? '### 🎉 newcomer-triage: merged'
        : report.mode === 'backfill'
          ? `### ${verdictIcons[report.verdict]} newcomer-triage backfill: ${report.items.length} items, worst ${report.verdict}`
          : `### ${verdictIcons[report.verdict]} newcomer-triage: ${report.verdict === 'skipped' ? `skipped (${report.skippedReason ?? ''})` : verdictWords[report.verdict]}`;
  const parts = [
    heading,
    subjectLine(report),
    report.error ? `**Error:** ${escapeText(report.error, 1000)}` : '',
    report.reason ? `> ${escapeText(report.reason, 300)}` : '',
    ...report.warnings.map((w) => `> [!WARNING]\n> ${escapeText(w, 600)}`),
    signalTable(report.signals, ignored),
    activityLine(report),
    itemsTable(report),
    ...report.notes.map((n) => `- ${escapeText(n, 400)}`),
    report.mode === 'error' || report.mode === 'skip' ? '' : writesList(report),
    footer(report),
  ];
  return fitSummary(parts.filter((p) => p !== '').join('\n\n'));
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
