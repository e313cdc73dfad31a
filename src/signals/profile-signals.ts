import type { AuthorData } from '../fetch/profile-part.js';
import type { Settings } from '../settings/get-settings.js';
import type { Signal } from '../types.js';
import { levelBelow, unknownSignal } from './bands.js';

const dayMs = 86_400_000;

export function accountAge(author: AuthorData, settings: Settings, now: Date, reason: string): Signal {
  if (!author.user) return unknownSignal('account-age', reason);
  const days = Math.floor((now.getTime() - new Date(author.user.createdAt).getTime()) / dayMs);
  return {
    id: 'account-age',
    level: levelBelow(days, settings['account-age-days']),
    value: days,
    detail: `account created ${author.user.createdAt.slice(0, 10)}, ${days} day${days === 1 ? '' : 's'} ago`,
  };
}

export function profileFields(author: AuthorData, settings: Settings, reason: string): Signal {
  if (!author.user) return unknownSignal('profile-fields', reason);
  const entries = Object.entries(author.user.fields);
  const filled = entries.filter(([, on]) => on).map(([name]) => name);
  return {
    id: 'profile-fields',
    level: levelBelow(filled.length, settings['profile-fields']),
    value: filled.length,
    detail:
      (filled.length === 0 ? `none of ${entries.length} profile fields filled` : `${filled.length} of ${entries.length} filled: ${filled.join(', ')}`) +
      (author.user.unread.length > 0 ? ` (${author.user.unread.join(', ')} not readable with this token)` : ''),
  };
}
