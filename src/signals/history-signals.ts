import type { HistoryItem } from '../fetch/profile-part.js';
import type { Settings } from '../settings/get-settings.js';
import type { Level, Signal } from '../types.js';
import { levelAbove, levelAtLeast, unknownSignal } from './bands.js';
import type { EvidenceLinks } from './evidence-links.js';
import type { AuthorRecord } from './good-record.js';
import { countRepeats, type Repeats } from './repeated-text.js';

// Fewer PRs closed without merge than this say nothing about how the author's work is received.
export const minUnmergedForRatio = 3;
const weekMs = 7 * 86_400_000;
// A title sent to the yellow number of owners within this span is a spray, whatever the totals.
export const burstMs = 48 * 3_600_000;

export interface History {
  items: HistoryItem[] | null; // in the window, the triaged item left out
  truncated: string; // '' or "; newest N of M read"
}

export function closedUnmergedRatio(
  closedUnmerged: number | null,
  closedMerged: number | null,
  settings: Settings,
  links: EvidenceLinks,
  reason: string,
): Signal {
  if (closedUnmerged === null || closedMerged === null) return unknownSignal('closed-unmerged-ratio', reason);
  const closed = closedUnmerged + closedMerged;
  const ratio = closed === 0 ? 0 : closedUnmerged / closed;
  const url = links.closedUnmerged;
  if (closedUnmerged < minUnmergedForRatio) {
    return {
      id: 'closed-unmerged-ratio',
      level: 'green',
      value: round(ratio),
      detail: `${closedUnmerged} of ${closed} PR${closed === 1 ? '' : 's'} to others' repos closed without merge: fewer than ${minUnmergedForRatio}, not judged`,
      url,
    };
  }
  // Judged on the exact share; only the value shown is rounded (0.5025 is above 0.5).
  return {
    id: 'closed-unmerged-ratio',
    level: levelAbove(ratio, settings['closed-unmerged-ratio']),
    value: round(ratio),
    detail: `${closedUnmerged} of ${closed} PRs to others' repos closed without merge`,
    url,
  };
}

export function notPlannedIssues(notPlanned: number | null, settings: Settings, links: EvidenceLinks, reason: string): Signal {
  if (notPlanned === null) return unknownSignal('not-planned-issues', reason);
  return {
    id: 'not-planned-issues',
    level: levelAtLeast(notPlanned, settings['not-planned-issues']),
    value: notPlanned,
    detail: `${notPlanned} issue${notPlanned === 1 ? '' : 's'} on others' repos closed as not planned`,
    url: links.notPlanned,
  };
}

// The author's PRs and issues on others' repos, merged PRs left out (a housekeeping PR that everyone merged
// is not spam), counted by distinct owners under the normalised title; a burst within 48 hours is red.
export function repeatedTitles(history: History, settings: Settings, record: AuthorRecord, links: EvidenceLinks, reason: string): Signal {
  if (history.items === null) return unknownSignal('repeated-titles', reason);
  const sent = history.items.filter((i) => i.external && !i.merged).map((i) => ({ text: i.title, repo: i.repo, at: Date.parse(i.createdAt), kind: i.kind }));
  const band = settings['repeated-titles'];
  const repeats = countRepeats(sent, '', { minLength: 1, burstMs });
  const burst = repeats.burst >= band.yellow;
  const level = burst ? 'red' : levelAtLeast(repeats.owners, band);
  const url = repeats.kinds.issue > repeats.kinds.pr ? links.externalIssues : links.externalPrs;
  const what =
    repeats.owners <= 1
      ? 'no title sent to more than one owner'
      : `one title sent to ${repeats.owners} owners${repeats.burst > 1 ? ` (${repeats.burst} within 48 hours)` : ''}, merged PRs left out${history.truncated}`;
  return guarded({ id: 'repeated-titles', level, value: repeats.owners, detail: what, url, ...quoteOf(repeats) }, record);
}

// A red title or comment signal of an author with a good record is shown as yellow: a maintainer's notice to
// many repos, or an ecosystem-wide housekeeping PR, is worth a look, not a red.
export function guarded(signal: Signal, record: AuthorRecord): Signal {
  if (signal.level !== 'red' || !record.good) return signal;
  const level: Level = 'yellow';
  return { ...signal, level, detail: `${signal.detail}; yellow, not red: a good record elsewhere (${record.merged} of ${record.closed} closed PRs merged)` };
}

export function quoteOf(repeats: Repeats): { quote?: string } {
  return repeats.owners > 1 && repeats.example ? { quote: repeats.example.text } : {};
}

export function externalPrsPerWeek(history: History, settings: Settings, links: EvidenceLinks, reason: string): Signal {
  if (history.items === null) return unknownSignal('external-prs-per-week', reason);
  const times = history.items
    .filter((i) => i.kind === 'pr' && i.external)
    .map((i) => Date.parse(i.createdAt))
    .sort((a, b) => a - b);
  // Sliding 7-day window over the sorted opening times: the busiest week, whenever it started.
  let busiest = 0;
  for (let start = 0, end = 0; end < times.length; end++) {
    while ((times[end] as number) - (times[start] as number) >= weekMs) start++;
    busiest = Math.max(busiest, end - start + 1);
  }
  return {
    id: 'external-prs-per-week',
    level: levelAtLeast(busiest, settings['external-prs-per-week']),
    value: busiest,
    detail: `${busiest} PR${busiest === 1 ? '' : 's'} to others' repos in the busiest 7 days (${times.length} in the window)${history.truncated}`,
    url: links.externalPrs,
  };
}

// For the verdict's spray and flood rules: of the author's PRs to others' repos opened in the window, how
// many were merged.
export function openedElsewhere(history: History): { opened: number; merged: number } | null {
  if (history.items === null) return null;
  const prs = history.items.filter((i) => i.kind === 'pr' && i.external);
  return { opened: prs.length, merged: prs.filter((i) => i.merged).length };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
