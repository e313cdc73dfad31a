import type { Client } from '../fetch/client.js';
import { readSubject } from '../fetch/read-subject.js';
import { settle } from '../fetch/settle.js';
import { restList } from '../fetch/rest-list.js';
import type { Settings } from '../settings/get-settings.js';
import { isFirstTimeContributor } from '../signals/first-time.js';
import type { Subject } from '../types.js';
import { applyWrites, archivedWarning } from '../writers/apply-writes.js';
import { allMarkers, kindOf, withMarker } from '../writers/markers.js';
import { labelNames } from '../writers/label-names.js';
import { fillTemplate, type Write } from '../writers/plan-writes.js';
import { readWindow } from './read-window.js';
import { confirmAuthor } from './confirm-access.js';
import { outcome, skipped, type PostMergeResult, type SkipResult } from './results.js';
import { scoreAuthor } from './score-author.js';

// After a merge: thank a first-time contributor once, and invite them to the org on evidence. Does not triage:
// the verdict is computed only to decide the invitation.
export async function postMerge(
  client: Client,
  orgClient: Client | null,
  subject: Subject,
  settings: Settings,
  now: Date,
  serverUrl: string,
): Promise<PostMergeResult | SkipResult> {
  const org = subject.repo.owner;
  const login = subject.author.login;
  const window = readWindow(settings, now);
  // The org checks need only the payload's login, so they go out with the profile read.
  const [data, membership, access] = await Promise.all([
    readSubject(client, subject, { window, eventsSince: window.eventsSince, labels: labelNames(settings), markers: allMarkers, postMerge: true }),
    orgClient && settings['invite-to-org'] ? settle(getOrgStanding(orgClient, org, login)) : Promise.resolve(null),
    confirmAuthor(client, subject, settings, true),
  ]);
  if (access.skip) return skipped(access.skip, subject, access.warnings);
  const score = scoreAuthor({ author: data.author, events: data.events, subject, settings, now, serverUrl });
  const warnings = [...access.warnings, ...score.warnings];
  const notes: string[] = [];
  const firstTime = isFirstTimeContributor(data.author.earlierHere, subject.association);
  const result: PostMergeResult = { mode: 'post-merge', subject, firstTime, ...outcome(warnings.length > 0, warnings, notes) };
  if (!data.thread) {
    warnings.push(`Nothing was written: the PR's comments could not be read (${data.threadFailure ?? 'unknown'})`);
    return result;
  }
  if (data.thread.archived) {
    warnings.push(archivedWarning(subject));
    return result;
  }
  if (!firstTime) {
    notes.push(
      data.author.earlierHere === null
        ? 'Could not tell whether this was a first contribution: nothing sent.'
        : `${login} had merged PRs here before: nothing to send.`,
    );
    return result;
  }
  const writes: Write[] = [];
  const alreadyThanked = data.thread.ownComments.some((c) => kindOf(c.body) === 'merged');
  if (settings['merged-message'] !== '' && !alreadyThanked) {
    writes.push({ kind: 'create-comment', comment: 'merged', body: withMarker('merged', fillTemplate(settings['merged-message'], subject)) });
  }
  if (settings['invite-to-org']) {
    const inviteeId = data.author.user?.id ?? subject.author.id;
    if (data.thread.ownerType !== 'Organization') {
      warnings.push(`${subject.repo.owner}/${subject.repo.name} belongs to a user, not an organization: no invitation.`);
    } else if (score.verdict === 'red') {
      notes.push(`Not invited to ${org}: the verdict at merge time is red (${score.reason}).`);
    } else if (!membership || membership.failure || !membership.value) {
      warnings.push(
        `Could not check ${login}'s standing in ${org} (${membership?.failure ?? 'no org token'}): no invitation. The org-token needs the admin:org scope (or an app with organization members: write).`,
      );
    } else if (membership.value === 'unseen') {
      warnings.push(
        `Not invited to ${org}: the org-token's user is not a member of ${org} (GitHub answered its membership check with a redirect, 302), so it can neither see ${org}'s members nor invite. Set org-token to a token of an owner of ${org}, with the admin:org scope.`,
      );
    } else if (membership.value !== 'outsider') {
      notes.push(`Not invited to ${org}: ${login} is ${membership.value === 'member' ? 'already a member' : 'already invited'}.`);
    } else if (inviteeId === null) {
      warnings.push(`Not invited to ${org}: the user id of ${login} is unknown.`);
    } else {
      notes.push(`Invited ${login} to ${org}: first merged PR, verdict at merge time ${score.verdict}.`);
      writes.push({ kind: 'invite', org, login, inviteeId });
    }
  }
  const applied = await applyWrites(client, subject, writes, settings['dry-run'], orgClient ?? undefined);
  result.writes.push(...applied.outcomes);
  warnings.push(...applied.warnings.map((w) => (/invite/.test(w) ? `${w}. The org-token needs the admin:org scope.` : w)));
  return result;
}

// member, invited (a pending invitation) or outsider; both reads at once. `unseen` when the org token's own
// user is not an org member: GitHub then answers the membership check with 302 to the public members' list
// instead of 204 or 404 (https://docs.github.com/rest/orgs/members#check-organization-membership-for-a-user,
// https://github.com/github/docs/issues/27266), and fetch would follow it and read a public membership.
// `redirect: 'manual'` keeps the 302, which octokit resolves as it is (not an error, below 400).
async function getOrgStanding(orgClient: Client, org: string, login: string): Promise<'member' | 'invited' | 'outsider' | 'unseen'> {
  const [member, invitations] = await Promise.allSettled([
    orgClient.octokit.request('GET /orgs/{org}/members/{username}', { org, username: login, request: { redirect: 'manual' } }).then(
      (response) => ((response.status as number) === 302 ? 'unseen' : true),
      (error: { status?: number }) => {
        if (error.status === 404) return false;
        throw error;
      },
    ),
    orgClient.octokit.paginate('GET /orgs/{org}/invitations', { org, per_page: 100 }),
  ]);
  // The membership answer first: an outsider's token is also refused the invitations, for the same reason.
  if (member.status === 'rejected') throw member.reason;
  if (member.value === 'unseen') return 'unseen';
  if (member.value) return 'member';
  if (invitations.status === 'rejected') throw invitations.reason;
  // paginate concatenates whatever came back, so an object that is not a list arrives as a list of one: it
  // must not read as "not invited". Every invitation GitHub documents has a numeric id.
  const route = `GET /orgs/${org}/invitations`;
  const pending = restList<{ id?: unknown; login?: string | null }>(invitations.value, route);
  if (pending.some((i) => typeof i.id !== 'number')) throw new Error(`GitHub answered ${route} with something other than the invitations it documents`);
  return pending.some((i) => typeof i.login === 'string' && i.login.toLowerCase() === login.toLowerCase()) ? 'invited' : 'outsider';
}
