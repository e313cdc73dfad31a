import type { Client } from '../fetch/client.js';
import { getProfiles } from '../fetch/get-profiles.js';
import { getPublicEvents } from '../fetch/get-public-events.js';
import type { AuthorData } from '../fetch/profile-part.js';
import { settle } from '../fetch/settle.js';
import { summarizeActivity } from '../inspect/summarize-activity.js';
import type { Settings } from '../settings/get-settings.js';
import { readWindow } from './read-window.js';
import { outcome, type ProfileResult } from './results.js';
import { scoreAuthor } from './score-author.js';

// Profiles one account with no PR or issue at hand (the CLI's `profile <login>`): the same reads and score as
// a triage, without the repo's side and without writes.
export async function profileLogin(client: Client, login: string, settings: Settings, now: Date, serverUrl: string): Promise<ProfileResult> {
  const window = readWindow(settings, now);
  const [profiles, events] = await Promise.all([
    getProfiles(client, 'Profile', [{ login }], window),
    settle(getPublicEvents(client, login, window.eventsSince)),
  ]);
  const author = profiles[0] as AuthorData;
  const score = scoreAuthor({ author, events, settings, now, serverUrl });
  const warnings = [...score.warnings];
  return {
    mode: 'profile',
    login,
    score,
    name: author.user?.name ?? null,
    activity: summarizeActivity(author.calendar, events.value, window),
    ...outcome(score.partial || warnings.length > 0, warnings),
  };
}
