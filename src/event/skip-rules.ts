import type { Settings } from '../settings/get-settings.js';
import type { SkippedReason, Subject } from '../types.js';
import { isBotLogin } from '../text/escape-text.js';

// GitHub shows items of deleted accounts as authored by this placeholder user.
const deletedUser = { login: 'ghost', id: 10137 };

// Associations that mean the author already works on the repo; after a merge the author reads CONTRIBUTOR,
// so the post-merge path keeps only these.
const postMergeSkips = ['OWNER', 'MEMBER', 'COLLABORATOR'];

// Associations under which a webhook shows an author who may still have write access some other way (a
// private org member, a team member): the contract counts write or above as COLLABORATOR.
const unconfirmed: readonly string[] = ['CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'NONE'];

export function mayHaveWriteAccess(association: string): boolean {
  return unconfirmed.includes(association);
}

// Whether confirming the author's write access could change the skip decision: only when the association
// does not skip already and COLLABORATOR would.
export function worthConfirming(subject: Subject, settings: Settings, postMerge: boolean): boolean {
  if (!mayHaveWriteAccess(subject.association)) return false;
  const skipped: readonly string[] = postMerge ? postMergeSkips : settings['skip-associations'];
  return skipped.includes('COLLABORATOR') && !skipped.includes(subject.association);
}

// The contract's order: bot, deleted user, association, trusted user. Pure: no API request.
export function getSkipReason(subject: Subject, settings: Settings, postMerge: boolean): SkippedReason | null {
  const { login, id, type } = subject.author;
  if (settings['skip-bots'] && (type === 'Bot' || isBotLogin(login))) return 'bot';
  if (login === deletedUser.login || id === deletedUser.id) return 'deleted-user';
  const skipped: readonly string[] = postMerge ? postMergeSkips : settings['skip-associations'];
  if (skipped.includes(subject.association)) return 'association';
  const trusted = settings['trusted-users'];
  if (trusted.logins.includes(login.toLowerCase()) || (id !== null && trusted.ids.includes(id))) return 'trusted-user';
  return null;
}
