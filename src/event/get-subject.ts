import { toAssociation, type Repo, type SkippedReason, type Subject } from '../types.js';
import { EventError } from './event-error.js';
import { mayHaveWriteAccess } from './skip-rules.js';
import type { Payload, PayloadItem } from './payload.js';

// What a run is about, decided from the event alone (no API request).
export type Plan =
  | { mode: 'skip'; reason: SkippedReason; subject: Subject | null }
  // `confirmCommenter`: a /triage from a login whose association does not show write access, which GitHub is
  // asked to confirm before anything is written.
  | { mode: 'triage'; subject: Subject; command: boolean; confirmCommenter: string | null }
  | { mode: 'post-merge'; subject: Subject }
  | { mode: 'backfill'; repo: Repo };

const maintainerAssociations = ['OWNER', 'MEMBER', 'COLLABORATOR'];

// `repo` is a parameter, not the ambient context, so the CLI's --repo works the same way.
export function getPlan(eventName: string, payload: Payload, repo: Repo): Plan {
  const action = payload.action ?? '';
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = payload.pull_request;
      if (!pr) return unsupported();
      // A draft becoming ready is when a maintainer first looks at it, so it counts as an opening.
      if (['opened', 'reopened', 'ready_for_review'].includes(action)) {
        return { mode: 'triage', subject: toSubject(pr, 'pr', repo), command: false, confirmCommenter: null };
      }
      // Only a merge earns the thank-you and the invitation; a PR closed without merge gets nothing.
      if (action === 'closed' && pr.merged === true) return { mode: 'post-merge', subject: toSubject(pr, 'pr', repo) };
      return unsupported();
    }
    case 'issues': {
      const issue = payload.issue;
      if (!issue || !['opened', 'reopened'].includes(action)) return unsupported();
      return { mode: 'triage', subject: toSubject(issue, 'issue', repo), command: false, confirmCommenter: null };
    }
    case 'issue_comment': {
      // Only a new comment that starts with /triage is a command; edits would let anyone replay one.
      const body = payload.comment?.body ?? '';
      const issue = payload.issue;
      if (action !== 'created' || !issue || !/^\/triage(\s|$)/.test(body.trimStart())) return unsupported();
      const subject = toSubject(issue, issue.pull_request ? 'pr' : 'issue', repo);
      const association = payload.comment?.author_association ?? '';
      if (maintainerAssociations.includes(association)) return { mode: 'triage', subject, command: true, confirmCommenter: null };
      const commenter = payload.comment?.user?.login;
      if (!commenter || !mayHaveWriteAccess(association)) return { mode: 'skip', reason: 'not-a-maintainer', subject };
      return { mode: 'triage', subject, command: true, confirmCommenter: commenter };
    }
    case 'workflow_dispatch':
    case 'schedule':
      return { mode: 'backfill', repo };
    default:
      return unsupported();
  }
}

function unsupported(): Plan {
  return { mode: 'skip', reason: 'unsupported-event', subject: null };
}

function toSubject(item: PayloadItem, kind: 'pr' | 'issue', repo: Repo): Subject {
  if (typeof item.number !== 'number') throw new EventError(`its ${kind === 'pr' ? 'pull_request' : 'issue'} has no number`);
  const user = item.user ?? null;
  return {
    repo,
    number: item.number,
    kind,
    // A deleted account's items show GitHub's placeholder user "ghost"; a null user is treated the same way.
    author: { login: user?.login ?? 'ghost', id: user?.id ?? null, type: user?.type ?? 'User' },
    association: toAssociation(item.author_association),
    title: item.title ?? '',
    createdAt: item.created_at ?? new Date().toISOString(),
    mergedAt: item.merged_at ?? null,
    size:
      kind === 'pr' && typeof item.changed_files === 'number'
        ? { additions: item.additions ?? 0, deletions: item.deletions ?? 0, changedFiles: item.changed_files }
        : null,
  };
}
