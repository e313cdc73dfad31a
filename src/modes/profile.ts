import type { Client } from './fetch/client.js';
import { getProfiles } from './fetch/get-profiles.js';
import { getPublicEvents } from './fetch/get-public-events.js';
import type { AuthorData } from './fetch/profile-part.js';
import { settle, windowStart } from './fetch/read-subject.js';
import { summarizeEvents } from './inspect/summarize-events.js';
import type { RunReport } from './report.js';
import type { Settings } from './settings/get-settings.js';
import { computeSignals } from './signals/compute-signals.js';
import { authorWarnings } from './triage-subject.js';
import { decideVerdict } from './verdict/decide-verdict.js';

// Profiles one account with no PR or issue at hand (the CLI's `profile <login>`): the same reads, signals and
// verdict as a triage, without the repo's side and without writes.
export async function profileLogin(client: Client, login: string, settings: Settings, now: Date, report: RunReport): Promise<void> {
  const since = windowStart(settings, now);
  const request = { login };
  const [profiles, events] = await Promise.all([getProfiles(client, 'Profile', [request], since), settle(getPublicEvents(client, login, since))]);
  const author = profiles[0] as AuthorData;
  const signals = computeSignals({ author, settings, now });
  const decision = decideVerdict(signals, settings['ignore-signals']);
  report.warnings.push(...authorWarnings(author));
  if (events.failure) report.warnings.push(`Could not read the public events of ${login}: ${events.failure}`);
  Object.assign(report, {
    mode: 'triage',
    verdict: decision.verdict,
    reason: decision.reason,
    partial: decision.partial || report.warnings.length > 0,
    signals,
    activity: events.value && summarizeEvents(events.value, since, now),
    name: author.user?.name ?? null,
  });
}
