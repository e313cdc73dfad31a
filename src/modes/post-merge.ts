import type { Client } from './fetch/client.js';
import { readSubject, settle } from './fetch/read-subject.js';
import type { Settings } from './settings/get-settings.js';
import { computeSignals } from './signals/compute-signals.js';
import type { Subject } from './types.js';
import { decideVerdict } from './verdict/decide-verdict.js';
import { applyWrites } from './writers/apply-writes.js';
import { allMarkers, kindOf, withMarker } from './writers/markers.js';
import { fillTemplate, type Write } from './writers/plan-writes.js';
import { readWarnings } from './triage-subject.js';
import type { RunReport } from './report.js';

// After a merge: thank a first-time contributor once, and invite them to the org on evidence. Does not triage:
// the verdict is computed only to decide the invitation.
export async function postMerge(client: Client, orgClient: Client | null, subject: Subject, settings: Settings, now: Date, report: RunReport): Promise<void> {
  const org = subject.repo.owner;
  const login = subject.author.login;
  // The org checks need only the payload's login, so they go out with the profile read.
  const [data, membership] = await Promise.all([
    readSubject(client, subject, settings, allMarkers, now, true),
    orgClient && settings['invite-to-org'] ? settle(getOrgStanding(orgClient, org, login)) : Promise.resolve(null),
  ]);
  report.warnings.push(...readWarnings(data));
  const firstTime = data.author.earlierHere === 0;
  Object.assign(report, { subject, verdict: 'skipped', firstTime, partial: report.warnings.length > 0 });
  if (!data.thread) {
    report.warnings.push(`Nothing was written: the PR's comments could not be read (${data.threadFailure ?? 'unknown'})`);
    return;
  }
  if (!firstTime) {
    report.notes.push(
      data.author.earlierHere === null
        ? 'Could not tell whether this was a first contribution: nothing sent.'
        : `${login} had merged PRs here before: nothing to send.`,
    );
    return;
  }
  const writes: Write[] = [];
  const alreadyThanked = data.thread.ownComments.some((c) => kindOf(c.body) === 'merged');
  if (settings['merged-message'] !== '' && !alreadyThanked) {
    writes.push({ kind: 'create-comment', comment: 'merged', body: withMarker('merged', fillTemplate(settings['merged-message'], subject)) });
  }
  if (settings['invite-to-org']) {
    const signals = computeSignals({ author: data.author, settings, now });
    const decision = decideVerdict(signals, settings['ignore-signals']);
    const inviteeId = data.author.user?.id ?? subject.author.id;
    if (data.thread.ownerType !== 'Organization') {
      report.warnings.push(`${subject.repo.owner}/${subject.repo.name} belongs to a user, not an organization: no invitation.`);
    } else if (decision.verdict === 'red') {
      report.notes.push(`Not invited to ${org}: the verdict at merge time is red (${decision.reason}).`);
    } else if (!membership || membership.failure || !membership.value) {
      report.warnings.push(
        `Could not check ${login}'s standing in ${org} (${membership?.failure ?? 'no org token'}): no invitation. The org-token needs the admin:org scope (or an app with organization members: write).`,
      );
    } else if (membership.value !== 'outsider') {
      report.notes.push(`Not invited to ${org}: ${login} is ${membership.value === 'member' ? 'already a member' : 'already invited'}.`);
    } else if (inviteeId === null) {
      report.warnings.push(`Not invited to ${org}: the user id of ${login} is unknown.`);
    } else {
      report.notes.push(`Invited ${login} to ${org}: first merged PR, verdict at merge time ${decision.verdict}.`);
      writes.push({ kind: 'invite', org, login, inviteeId });
    }
  }
  const applied = await applyWrites(client, subject, writes, settings['dry-run'], orgClient ?? undefined);
  report.writes.push(...applied.outcomes);
  report.warnings.push(...applied.warnings.map((w) => (/invite/.test(w) ? `${w}. The org-token needs the admin:org scope.` : w)));
}

// member, invited (a pending invitation) or outsider; both reads at once.
async function getOrgStanding(orgClient: Client, org: string, login: string): Promise<'member' | 'invited' | 'outsider'> {
  const [member, invitations] = await Promise.all([
    orgClient.octokit.rest.orgs.checkMembershipForUser({ org, username: login }).then(
      () => true,
      (error: { status?: number }) => {
        if (error.status === 404 || error.status === 302) return false;
        throw error;
      },
    ),
    orgClient.octokit.paginate(orgClient.octokit.rest.orgs.listPendingInvitations, { org, per_page: 100 }),
  ]);
  if (member) return 'member';
  return invitations.some((i) => i.login?.toLowerCase() === login.toLowerCase()) ? 'invited' : 'outsider';
}
