import type { Repo } from '../types.js';
import { textForms } from './normalise-text.js';

// One PR, issue or comment of the author's on someone else's repo.
export interface Sent {
  text: string; // user text
  repo: Repo;
  at: number; // ms since the epoch
  kind: 'pr' | 'issue' | 'comment';
}

export interface Repeats {
  owners: number; // the most distinct owners that got one normalised text
  burst: number; // the most distinct owners that got one normalised text within `burstMs`
  example: Sent | null; // one of the texts counted: user text, for the summary only
  kinds: Record<Sent['kind'], number>; // what the top text was sent as
}

const none: Repeats = { owners: 0, burst: 0, example: null, kinds: { pr: 0, issue: 0, comment: 0 } };

// The contract's count for repeated titles and comments: each text under its two forms (plain, and with the
// target repo masked), grouped, and for each group the number of distinct owners other than the author. The
// signal takes the larger count. Texts that normalise to fewer than `minLength` characters are not counted.
export function countRepeats(sent: Sent[], author: string, options: { minLength: number; burstMs: number }): Repeats {
  const groups = new Map<string, Sent[]>();
  const me = author.toLowerCase();
  for (const s of sent) {
    if (s.repo.owner.toLowerCase() === me) continue;
    const { plain, masked } = textForms(s.text, s.repo);
    if (plain.length < options.minLength) continue;
    for (const key of new Set([`p:${plain}`, `m:${masked}`])) groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  let best = none;
  for (const group of groups.values()) {
    const owners = new Set(group.map((s) => s.repo.owner.toLowerCase())).size;
    if (owners < best.owners) continue;
    const burst = busiestOwners(group, options.burstMs);
    if (owners === best.owners && burst <= best.burst) continue;
    const kinds = { pr: 0, issue: 0, comment: 0 };
    for (const s of group) kinds[s.kind] += 1;
    best = { owners, burst, example: group[0] ?? null, kinds };
  }
  return best;
}

// The most distinct owners inside any window of `spanMs`, sliding over the texts in time order.
function busiestOwners(group: Sent[], spanMs: number): number {
  const sorted = [...group].sort((a, b) => a.at - b.at);
  let most = 0;
  for (let start = 0; start < sorted.length; start++) {
    const first = sorted[start]?.at ?? 0;
    const owners = new Set<string>();
    for (let end = start; end < sorted.length && (sorted[end]?.at ?? 0) - first <= spanMs; end++) owners.add(sorted[end]?.repo.owner.toLowerCase() ?? '');
    most = Math.max(most, owners.size);
  }
  return most;
}
