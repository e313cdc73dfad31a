import type { AuthorData } from '../fetch/profile-part.js';
import type { Settings } from '../settings/get-settings.js';
import type { Signal } from '../types.js';
import { levelBelow, unknownSignal } from './bands.js';
import type { EvidenceLinks } from './evidence-links.js';

const dayMs = 86_400_000;

export function accountAgeDays(author: AuthorData, now: Date): number | null {
  return author.user ? Math.floor((now.getTime() - new Date(author.user.createdAt).getTime()) / dayMs) : null;
}

export function accountAge(author: AuthorData, settings: Settings, now: Date, links: EvidenceLinks, reason: string): Signal {
  const days = accountAgeDays(author, now);
  if (!author.user || days === null) return unknownSignal('account-age', reason);
  return {
    id: 'account-age',
    level: levelBelow(days, settings['account-age-days']),
    value: days,
    detail: `account created ${author.user.createdAt.slice(0, 10)}, ${days} day${days === 1 ? '' : 's'} ago`,
    url: links.profile,
  };
}

// A sparse profile says something only about a young account: plenty of long-standing contributors never
// fill theirs in. An account at least as old as account-age's yellow band is not judged on it.
export function profileFields(author: AuthorData, settings: Settings, now: Date, links: EvidenceLinks, reason: string): Signal {
  const days = accountAgeDays(author, now);
  if (!author.user || days === null) return unknownSignal('profile-fields', reason);
  const entries = Object.entries(author.user.fields);
  const filled = entries.filter(([, on]) => on).map(([name]) => name);
  const unread = author.user.unread.length > 0 ? ` (${author.user.unread.join(', ')} not readable with this token)` : '';
  const count = filled.length === 0 ? `none of ${entries.length} profile fields filled` : `${filled.length} of ${entries.length} filled: ${filled.join(', ')}`;
  const judgedBelow = settings['account-age-days'].yellow;
  if (days >= judgedBelow) {
    return {
      id: 'profile-fields',
      level: 'green',
      value: filled.length,
      detail: `not judged: account older than ${judgedBelow} days; ${count}${unread}`,
      url: links.profile,
    };
  }
  return {
    id: 'profile-fields',
    level: levelBelow(filled.length, settings['profile-fields']),
    value: filled.length,
    detail: count + unread,
    url: links.profile,
  };
}
