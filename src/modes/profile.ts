import type { Client } from '../fetch/client.js';
import { getProfiles } from '../fetch/get-profiles.js';
import { getPublicEvents } from '../fetch/get-public-events.js';
import type { AuthorData } from '../fetch/profile-part.js';
import { settle } from '../fetch/settle.js';
import { summarizeEvents } from '../inspect/summarize-events.js';
import type { Settings } from '../settings/get-settings.js';
import { windowStart } from '../settings/window-start.js';
import { outcome, type ProfileResult } from './results.js';
import { scoreAuthor } from './score-author.js';

// Profiles one account with no PR or issue at hand (the CLI's `profile <login>`): the same reads and score as
// a triage, without the repo's side and without writes.
export async function profileLogin(client: Client, login: string, settings: Settings, now: Date): Promise<ProfileResult> {
  const since = windowStart(settings, now);
  const [profiles, events] = await Promise.all([getProfiles(client, 'Profile', [{ login }], since), settle(getPublicEvents(client, login, since))]);
  const author = profiles[0] as AuthorData;
  const score = scoreAuthor({ author, settings, now });
  const warnings = [...score.warnings];
  if (events.failure) warnings.push(`Could not read the public events of ${login}: ${events.failure}`);
  return {
    mode: 'profile',
    login,
    score,
    name: author.user?.name ?? null,
    activity: events.value && summarizeEvents(events.value, since, now),
    ...outcome(score.partial || warnings.length > 0, warnings),
  };
}
