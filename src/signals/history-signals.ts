import type { AuthorData } from '../fetch/profile-part.js';
import type { Settings } from '../settings/get-settings.js';
import type { Signal } from '../types.js';
import { levelAbove, levelAtLeast, unknownSignal } from './bands.js';

// Fewer closed PRs than this say nothing about how the author's work is received.
export const minClosedForRatio = 3;
const weekMs = 7 * 86_400_000;

export function closedUnmergedRatio(author: AuthorData, settings: Settings, reason: string): Signal {
  const { closedUnmerged, closedMerged } = author;
  if (closedUnmerged === null || closedMerged === null) return unknownSignal('closed-unmerged-ratio', reason);
  const closed = closedUnmerged + closedMerged;
  if (closed < minClosedForRatio) {
    return {
      id: 'closed-unmerged-ratio',
      level: 'green',
      value: closed === 0 ? 0 : round(closedUnmerged / closed),
      detail: `${closed} PR${closed === 1 ? '' : 's'} to others' repos closed in the window: too few to judge`,
    };
  }
  // Judged on the exact share; only the value shown is rounded (0.5025 is above 0.5).
  const ratio = closedUnmerged / closed;
  return {
    id: 'closed-unmerged-ratio',
    level: levelAbove(ratio, settings['closed-unmerged-ratio']),
    value: round(ratio),
    detail: `${closedUnmerged} of ${closed} PRs to others' repos closed without merge`,
  };
}

export function notPlannedIssues(author: AuthorData, settings: Settings, reason: string): Signal {
  if (author.notPlanned === null) return unknownSignal('not-planned-issues', reason);
  const n = author.notPlanned;
  return {
    id: 'not-planned-issues',
    level: levelAtLeast(n, settings['not-planned-issues']),
    value: n,
    detail: `${n} issue${n === 1 ? '' : 's'} on others' repos closed as not planned`,
  };
}

// Titles compare without case, surrounding space or repeated inner space: "Fix typo" and "fix  typo " repeat.
export function normalizeTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function repeatedTitles(author: AuthorData, settings: Settings, reason: string): Signal {
  if (author.items === null) return unknownSignal('repeated-titles', reason);
  const counts = new Map<string, { count: number; title: string }>();
  for (const item of author.items) {
    const key = normalizeTitle(item.title);
    const entry = counts.get(key) ?? { count: 0, title: item.title };
    entry.count += 1;
    counts.set(key, entry);
  }
  const top = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  const n = top?.count ?? 0;
  return {
    id: 'repeated-titles',
    level: levelAtLeast(n, settings['repeated-titles']),
    value: n,
    detail: n <= 1 ? 'no title repeated' : `${n} PRs/issues titled "${top?.title ?? ''}"${truncation(author)}`,
  };
}

export function externalPrsPerWeek(author: AuthorData, settings: Settings, reason: string): Signal {
  if (author.items === null) return unknownSignal('external-prs-per-week', reason);
  const times = author.items
    .filter((i) => i.kind === 'pr' && i.external)
    .map((i) => new Date(i.createdAt).getTime())
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
    detail: `${busiest} PR${busiest === 1 ? '' : 's'} to others' repos in the busiest 7 days (${times.length} in the window)${truncation(author)}`,
  };
}

function truncation(author: AuthorData): string {
  const read = author.items?.length ?? 0;
  return author.itemsTotal !== null && author.itemsTotal > read ? `; newest ${read} of ${author.itemsTotal} read` : '';
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
