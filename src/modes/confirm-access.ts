import { getSkipReason, worthConfirming } from '../event/skip-rules.js';
import type { Client } from '../fetch/client.js';
import { hasWriteAccess } from '../fetch/get-permission.js';
import type { Settings } from '../settings/get-settings.js';
import type { SkippedReason, Subject } from '../types.js';

// What GitHub's permission check decides before anything is written: a skip, or none; and what could not be
// checked.
export interface AccessCheck {
  skip: SkippedReason | null;
  warnings: string[];
}

// Webhooks show a private org member or a team member as CONTRIBUTOR or NONE; the contract counts write access
// or above as COLLABORATOR, for the skip rules and for `/triage`. The author's check goes out with the mode's
// first reads (no extra round trip), and only when its answer could change the skip decision.
export async function confirmAuthor(client: Client, subject: Subject, settings: Settings, postMerge: boolean): Promise<AccessCheck> {
  if (!worthConfirming(subject, settings, postMerge)) return { skip: null, warnings: [] };
  const login = subject.author.login;
  const author = await hasWriteAccess(client, subject.repo, login);
  if (author.failure) {
    return { skip: null, warnings: [`Could not check whether ${login} has write access here (${author.failure}): triaged as ${subject.association}.`] };
  }
  return { skip: author.value ? getSkipReason({ ...subject, association: 'COLLABORATOR' }, settings, postMerge) : null, warnings: [] };
}

// A /triage from a login whose association shows no write access is confirmed before anything else is read:
// anyone can comment, and a drive-by `/triage` must cost one request, not a triage's worth of the quota.
export async function confirmCommenter(client: Client, subject: Subject, commenter: string): Promise<AccessCheck> {
  const asker = await hasWriteAccess(client, subject.repo, commenter);
  if (asker.value === true) return { skip: null, warnings: [] };
  return {
    skip: 'not-a-maintainer',
    warnings: asker.failure ? [`Could not confirm that ${commenter} may ask for /triage (${asker.failure}): not re-triaged.`] : [],
  };
}
