import type { RequestStats } from '../fetch/request-stats.js';
import { itemOutcomes, type ItemOutcome } from '../modes/backtest/item-outcome.js';
import type { BacktestResult, ReplayedItem } from '../modes/results.js';
import { authorLink, escapeText } from '../text/escape-text.js';
import type { Subject, Verdict } from '../types.js';

const verdicts: Verdict[] = ['green', 'yellow', 'red'];
const icons: Record<Verdict, string> = { green: '🟢', yellow: '🟡', red: '🔴' };
// Lists longer than this end with a count: the summary has GitHub's 1 MiB to stay under.
const listed = 100;

export function itemUrl(subject: Subject, serverUrl: string): string {
  return `${serverUrl}/${subject.repo.owner}/${subject.repo.name}/${subject.kind === 'pr' ? 'pull' : 'issues'}/${subject.number}`;
}

function itemLink(subject: Subject, serverUrl: string): string {
  return `[#${subject.number}](${itemUrl(subject, serverUrl)})`;
}

function share(n: number, of: number): string {
  return of === 0 ? '' : ` (${Math.round((100 * n) / of)} %)`;
}

// Verdict × outcome: counts, and each count's share of its row (what became of the items of that verdict).
function outcomeTable(items: ReplayedItem[]): string {
  const count = (v: Verdict | null, o: ItemOutcome | null) =>
    items.filter((i) => (v === null || i.score.verdict === v) && (o === null || i.outcome === o)).length;
  const row = (label: string, v: Verdict | null) => {
    const total = count(v, null);
    const cells = itemOutcomes.map((o) => `${count(v, o)}${share(count(v, o), total)}`);
    return `| ${label} | ${cells.join(' | ')} | ${total}${v === null ? '' : share(total, items.length)} |`;
  };
  return [
    `| verdict | ${itemOutcomes.join(' | ')} | all |`,
    `| --- | ${itemOutcomes.map(() => '---').join(' | ')} | --- |`,
    ...verdicts.map((v) => row(`${icons[v]} ${v}`, v)),
    row('all', null),
  ].join('\n');
}

function itemLine(item: ReplayedItem, serverUrl: string): string {
  const { subject, score } = item;
  const kind = subject.kind === 'pr' ? 'PR' : 'issue';
  return `- ${icons[score.verdict]} ${itemLink(subject, serverUrl)} ${kind} by ${authorLink(subject.author.login, serverUrl)}, ${subject.createdAt.slice(0, 10)}: ${escapeText(subject.title, 100)} → **${item.outcome}**; ${escapeText(score.reason, 200)}`;
}

function itemList(title: string, items: ReplayedItem[], serverUrl: string): string {
  if (items.length === 0) return `**${title}:** none`;
  const lines = items.slice(0, listed).map((i) => itemLine(i, serverUrl));
  if (items.length > listed) lines.push(`- … and ${items.length - listed} more`);
  return [`**${title}** (${items.length}):`, ...lines].join('\n');
}

// For each threshold input, the nearest band values at which some verdict would have been different.
function edgesTable(result: BacktestResult, serverUrl: string): string {
  if (result.items.length === 0) return '';
  const rows = result.edges.map((e) => {
    const moves = e.moves
      .slice(0, 10)
      .map((m) => `${itemLink(result.items[m.index]?.subject as Subject, serverUrl)} ${icons[m.from]}→${icons[m.to]}`)
      .join(', ');
    const more = e.moves.length > 10 ? ` and ${e.moves.length - 10} more` : '';
    return `| \`${e.input}\` | \`${e.current.yellow},${e.current.red}\` | \`${e.band.yellow},${e.band.red}\` (${e.edge}) | ${e.moves.length}: ${moves}${more} |`;
  });
  const head = '**Threshold edges**: the nearest band values, on either side of each edge, at which some verdict would change.';
  if (rows.length === 0) return `${head} None: no band value of any threshold input changes a verdict of these items.`;
  return [head, '', '| input | now | with | items that move |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function costLine(stats: RequestStats | null): string {
  if (!stats) return '';
  const limits = Object.values(stats.rateLimits).map((l) => `${l.resource} ${l.remaining}/${l.limit} left (resets ${l.resetAt.slice(11, 16)} UTC)`);
  return `**Cost:** ${stats.requests} API requests (${stats.graphql} GraphQL, ${stats.restReads} REST reads, ${stats.restWrites} writes), at most ${stats.maxInFlight} at once; rate limit ${limits.length > 0 ? limits.join(', ') : 'not reported'}.`;
}

export function renderBacktest(result: BacktestResult, serverUrl: string, stats: RequestStats | null): string {
  const { items, scanned } = result;
  const dependent = items.filter((i) => i.dependsOnProfile).length;
  const red = items.filter((i) => i.score.verdict === 'red');
  const mergedRed = red.filter((i) => i.outcome === 'merged');
  const spamGreen = items.filter((i) => i.score.verdict === 'green' && i.outcome === 'spam');
  const leftOut = result.leftOut.length > 0 ? ` ${result.leftOut.map((id) => `\`${id}\``).join(', ')} is not judged (GitHub keeps no events that old).` : '';
  return [
    `Replayed ${items.length} PRs and issues of first-time contributors opened since ${result.since}, newest first, each as of its opening: account age then, every history window ending then; a PR's files as they are now. Nothing was written to GitHub.${leftOut}`,
    `Looked at ${scanned.items} items opened since then: ${scanned.skipped} left out by a skip rule, ${scanned.notFirstTime} not by a first-time contributor at the time (${scanned.authors} authors checked).`,
    `**The profile is read as it is now**, not as it was: ${dependent} of ${items.length} verdicts depend on it (they would differ with another \`profile-fields\` level).`,
    items.length > 0 ? outcomeTable(items) : '',
    itemList('Red', red, serverUrl),
    itemList('Merged but red', mergedRed, serverUrl),
    itemList('Spam but green', spamGreen, serverUrl),
    edgesTable(result, serverUrl),
    costLine(stats),
  ]
    .filter((p) => p !== '')
    .join('\n\n');
}
