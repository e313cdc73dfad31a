import type { PublicEvent } from '../fetch/get-public-events.js';
import type { Settled } from '../fetch/settle.js';
import type { Settings } from '../settings/get-settings.js';
import type { Repo, Signal } from '../types.js';
import { levelAtLeast, unknownSignal } from './bands.js';
import type { EvidenceLinks } from './evidence-links.js';
import type { AuthorRecord } from './good-record.js';
import { guarded, quoteOf } from './history-signals.js';
import { countRepeats } from './repeated-text.js';

// "+1", "thanks!", "lgtm": short comments repeat for honest reasons.
export const minCommentLength = 10;
const commentEvents = ['IssueCommentEvent', 'PullRequestReviewCommentEvent'];

// The same comment posted on the issues and PRs of many owners: comment spam, from the author's public events.
export function repeatedComments(
  events: Settled<PublicEvent[]>,
  login: string,
  window: { since: Date; days: number },
  settings: Settings,
  record: AuthorRecord,
  links: EvidenceLinks,
): Signal {
  const commentsSince = window.since;
  if (!events.value) return unknownSignal('repeated-comments', events.failure ?? 'no data');
  const sent = events.value.flatMap((e) => {
    const at = Date.parse(e.createdAt);
    const repo = repoOf(e.repo);
    if (!commentEvents.includes(e.type) || e.body === null || !repo || !(at >= commentsSince.getTime())) return [];
    if (e.action !== null && e.action !== 'created') return [];
    return [{ text: e.body, repo, at, kind: 'comment' as const }];
  });
  const repeats = countRepeats(sent, login, { minLength: minCommentLength, burstMs: 0 });
  const days = window.days;
  return guarded(
    {
      id: 'repeated-comments',
      level: levelAtLeast(repeats.owners, settings['repeated-comments']),
      value: repeats.owners,
      detail:
        repeats.owners <= 1
          ? `no comment posted on more than one owner's repos (${sent.length} comments in the last ${days} days)`
          : `one comment posted on the issues and PRs of ${repeats.owners} owners in the last ${days} days`,
      url: links.commented,
      ...quoteOf(repeats),
    },
    record,
  );
}

function repoOf(fullName: string): Repo | null {
  const [owner, name] = fullName.split('/');
  return owner && name ? { owner, name } : null;
}
