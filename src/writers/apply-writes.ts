import type { Client } from '../fetch/client.js';
import { describeFailure, runQuery } from '../fetch/graphql-query.js';
import { readThread, threadPart } from '../fetch/thread-part.js';
import type { Subject } from '../types.js';
import { allMarkers, kindOf } from './markers.js';
import { describeWrite, type Write } from './plan-writes.js';

export interface WriteOutcome {
  description: string;
  status: 'written' | 'planned' | 'refused' | 'failed';
  detail: string;
}

export interface WriteReport {
  outcomes: WriteOutcome[];
  warnings: string[];
}

// The one dry-run gate: in a dry run nothing is sent and every write is reported as planned.
// Otherwise every write goes out in one wave, a missing label's creation beside the add that uses it. GitHub's
// add creates a label it does not know, grey; when the add got there first, the label is coloured after.
export async function applyWrites(client: Client, subject: Subject, writes: Write[], dryRun: boolean, orgClient?: Client): Promise<WriteReport> {
  if (dryRun) {
    return { outcomes: writes.map((w) => ({ description: describeWrite(w, subject), status: 'planned', detail: 'dry run' })), warnings: [] };
  }
  const sent = await Promise.all(writes.map((w) => attempt(client, subject, w, orgClient)));
  const outcomes = await colourRacedLabels(client, subject, writes, sent);
  const warnings: string[] = [];
  if (outcomes.some((o) => o.status === 'refused' && o.detail === readOnly)) warnings.push(readOnlyWarning(subject));
  if (outcomes.some((o) => o.status === 'refused' && o.detail === archived)) warnings.push(archivedWarning(subject));
  for (const o of outcomes.filter((x) => x.status === 'failed' || (x.status === 'refused' && x.detail !== readOnly && x.detail !== archived))) {
    warnings.push(`Could not ${o.description}: ${o.detail}`);
  }
  return { outcomes, warnings };
}

// A label whose creation did not go through (it already existed: the add made it grey a moment before; or the
// creation failed) while the add put it on the item: set its colour. A label that can be neither created nor
// coloured comes off the item again, so none of the action's labels is left grey.
async function colourRacedLabels(client: Client, subject: Subject, writes: Write[], outcomes: WriteOutcome[]): Promise<WriteOutcome[]> {
  const added = new Set(writes.flatMap((w, i) => (w.kind === 'add-labels' && outcomes[i]?.status === 'written' ? w.names.map((n) => n.toLowerCase()) : [])));
  const target = { owner: subject.repo.owner, repo: subject.repo.name };
  return Promise.all(
    writes.map(async (write, i) => {
      const outcome = outcomes[i] as WriteOutcome;
      if (write.kind !== 'create-label' || !added.has(write.name.toLowerCase())) return outcome;
      if (outcome.status === 'written' && outcome.detail === '') return outcome;
      try {
        await client.octokit.request('PATCH /repos/{owner}/{repo}/labels/{name}', {
          ...target,
          name: write.name,
          color: write.color,
          description: labelDescription,
        });
        return { ...outcome, status: 'written', detail: 'GitHub created it grey with the add: coloured' };
      } catch (error) {
        const why = outcome.status === 'written' ? describeFailure(error) : `${outcome.detail}; colouring it: ${describeFailure(error)}`;
        try {
          await client.octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
            ...target,
            issue_number: subject.number,
            name: write.name,
          });
          return { ...outcome, status: 'failed', detail: `${why}. GitHub had created it grey with the add, so it was taken off #${subject.number} again` };
        } catch (again) {
          return { ...outcome, status: 'failed', detail: `${why}. It is on #${subject.number}, grey, and could not be taken off: ${describeFailure(again)}` };
        }
      }
    }),
  );
}

const labelDescription = 'Set by newcomer-triage';

const readOnly = 'read-only token';
const archived = 'archived repository';

// One warning, naming the repository, for every write an archived repository refused or was not sent.
export function archivedWarning(subject: Subject): string {
  return `${subject.repo.owner}/${subject.repo.name} is archived, so GitHub refuses every write to it: nothing was written. Unarchive it, or remove the workflow.`;
}

// One warning for every write a read-only token was refused, naming the fix.
export function readOnlyWarning(subject: Subject): string {
  return (
    `The token cannot write to ${subject.repo.owner}/${subject.repo.name} (Resource not accessible by integration): a workflow on ` +
    '`pull_request` from a fork gets a read-only token. Run on `pull_request_target`, or grant `pull-requests: write` and ' +
    "`issues: write` in the workflow's `permissions`."
  );
}

async function attempt(client: Client, subject: Subject, write: Write, orgClient?: Client): Promise<WriteOutcome> {
  const description = describeWrite(write, subject);
  // After the first refusal of an archived repository, no further write is sent.
  if (client.stats.archived !== null && write.kind !== 'invite') return { description, status: 'refused', detail: archived };
  try {
    const created = await send(write.kind === 'invite' && orgClient ? orgClient : client, subject, write);
    if (write.kind === 'create-comment' && created !== null) return keepOldest(client, subject, write, created, description);
    return { description, status: 'written', detail: '' };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 && /archived so is read-only/i.test((error as Error).message)) {
      client.stats.archived ??= `${subject.repo.owner}/${subject.repo.name}`;
      client.stopWrites.abort();
      return { description, status: 'refused', detail: archived };
    }
    // Still waiting its turn when another write found the repository archived: not sent.
    if (write.kind !== 'invite' && client.stopWrites.signal.aborted && (error as Error).name === 'AbortError') {
      return { description, status: 'refused', detail: archived };
    }
    if (write.kind === 'create-label' && status === 422) return { description, status: 'written', detail: 'already existed' };
    if (write.kind === 'remove-label' && status === 404) return { description, status: 'written', detail: 'already gone' };
    if (write.kind === 'create-comment' && (status === undefined || status >= 500)) return recheckComment(client, subject, write, description, error);
    if (status === 403 && !isRateLimit(error)) {
      const message = (error as Error).message;
      return { description, status: 'refused', detail: /not accessible by integration/i.test(message) ? readOnly : `HTTP 403: ${message}` };
    }
    return { description, status: 'failed', detail: describeFailure(error) };
  }
}

export function isRateLimit(error: unknown): boolean {
  const e = error as { message?: string; response?: { headers?: Record<string, string> } };
  return e.response?.headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(e.message ?? '');
}

// A comment whose answer was lost (timeout, 502 after the write) may have been posted. Look for it before
// posting again, so a flaky answer never makes a second comment.
async function recheckComment(
  client: Client,
  subject: Subject,
  write: Extract<Write, { kind: 'create-comment' }>,
  description: string,
  error: unknown,
): Promise<WriteOutcome> {
  const result = await runQuery(client, 'Recheck', [threadPart('t', subject.repo, [subject], [])]);
  const { thread } = readThread('t', result, allMarkers, subject.number);
  if (!thread) return { description, status: 'failed', detail: `${describeFailure(error)}; could not check whether it was posted` };
  if (thread.ownComments.some((c) => kindOf(c.body) === write.comment)) {
    return { description, status: 'written', detail: 'posted, though its answer was lost' };
  }
  try {
    await send(client, subject, write);
    return { description, status: 'written', detail: 'posted on the second try' };
  } catch (again) {
    return { description, status: 'failed', detail: describeFailure(again) };
  }
}

// Two runs at once on one thread (a workflow without a `concurrency:` group) both see no comment of a kind and
// both post one. Each run looks again after posting; the one whose comment is not the oldest of ours of that
// kind deletes its own, so the thread keeps exactly one, whichever run got there first.
async function keepOldest(
  client: Client,
  subject: Subject,
  write: Extract<Write, { kind: 'create-comment' }>,
  id: number,
  description: string,
): Promise<WriteOutcome> {
  const { thread } = readThread('t', await runQuery(client, 'Recheck', [threadPart('t', subject.repo, [subject], [])]), allMarkers, subject.number);
  const older = thread?.ownComments.filter((c) => kindOf(c.body) === write.comment && c.id < id) ?? [];
  if (older.length === 0) return { description, status: 'written', detail: '' };
  try {
    await client.octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner: subject.repo.owner,
      repo: subject.repo.name,
      comment_id: id,
    });
    return { description, status: 'written', detail: 'another run had just posted it: the duplicate was deleted' };
  } catch (error) {
    return { description, status: 'failed', detail: `posted twice by two runs at once, and the duplicate could not be deleted: ${describeFailure(error)}` };
  }
}

// The new comment's id for a comment, else null.
async function send(client: Client, subject: Subject, write: Write): Promise<number | null> {
  const target = { owner: subject.repo.owner, repo: subject.repo.name };
  const { octokit } = client;
  const request = { signal: client.stopWrites.signal };
  switch (write.kind) {
    case 'create-label':
      await octokit.request('POST /repos/{owner}/{repo}/labels', { ...target, name: write.name, color: write.color, description: labelDescription, request });
      return null;
    case 'add-labels':
      await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
        ...target,
        issue_number: subject.number,
        labels: write.names,
        request,
      });
      return null;
    case 'remove-label':
      await octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
        ...target,
        issue_number: subject.number,
        name: write.name,
        request,
      });
      return null;
    case 'create-comment': {
      // Never retried blindly: a retry after a lost answer would post twice (see recheckComment).
      const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...target,
        issue_number: subject.number,
        body: write.body,
        request: { ...request, retries: 0 },
      });
      return typeof data?.id === 'number' ? data.id : null;
    }
    case 'update-comment':
      await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...target, comment_id: write.id, body: write.body, request });
      return null;
    case 'invite':
      await octokit.request('POST /orgs/{org}/invitations', { org: write.org, invitee_id: write.inviteeId, role: 'direct_member', request: { retries: 0 } });
      return null;
  }
}
