import type { Thread } from '../fetch/thread-part.js';
import type { Settings } from '../settings/get-settings.js';
import { isPlainLogin, escapeText } from '../text/escape-text.js';
import type { Subject, Verdict } from '../types.js';
import { atLeast } from '../verdict/compare-verdicts.js';
import { withMarker, kindOf, type CommentKind } from './markers.js';

export type Write =
  | { kind: 'create-label'; name: string; color: string }
  | { kind: 'add-labels'; names: string[] }
  | { kind: 'remove-label'; name: string }
  | { kind: 'create-comment'; comment: CommentKind; body: string }
  | { kind: 'update-comment'; comment: CommentKind; id: number; body: string }
  | { kind: 'invite'; org: string; login: string; inviteeId: number };

// The contract's colours for labels the action creates.
export const labelColors = { green: '0e8a16', yellow: 'fbca04', red: 'd93f0b', firstTime: '7057ff' } as const;

export function reportWanted(settings: Settings, verdict: Verdict): boolean {
  const at = settings['report-comment'];
  return at === 'always' || atLeast(verdict, at);
}

// {author} and {repo} in a maintainer's template. The login is GitHub's own (a plain login mentions its
// owner, which a welcome wants); anything else is escaped.
export function fillTemplate(template: string, subject: Subject): string {
  const login = subject.author.login;
  return template
    .replaceAll('{author}', isPlainLogin(login) ? `@${login}` : escapeText(login))
    .replaceAll('{repo}', `${subject.repo.owner}/${subject.repo.name}`);
}

// GitHub allows at most 100 labels on an issue or PR and refuses, whole, an add that would pass it (REST: 422
// "Issues cannot have more than 100 labels", https://github.com/actions/labeler/issues/115; the limit:
// https://github.com/github/docs/issues/161).
export const maxLabelsPerItem = 100;

// The action's labels the item lacks, most important first (the verdict's, then first-time), split into
// those that fit under GitHub's limit and those left out. Labels the same run takes off are not counted as
// room: the removal and the add go out together, and the add may arrive first.
export function labelsToAdd(
  settings: Settings,
  thread: Pick<Thread, 'labelsOnItem'>,
  verdict: Verdict,
  firstTime: boolean,
): { fit: { name: string; color: string }[]; leftOut: string[] } {
  const onItem = new Set(thread.labelsOnItem.map((l) => l.toLowerCase()));
  const wanted: { name: string; color: string }[] = [];
  const verdictLabel = { green: settings['label-green'], yellow: settings['label-yellow'], red: settings['label-red'] }[verdict];
  if (verdictLabel !== '') wanted.push({ name: verdictLabel, color: labelColors[verdict] });
  if (firstTime && settings['first-time-label'] !== '') wanted.push({ name: settings['first-time-label'], color: labelColors.firstTime });
  const missing = wanted.filter((l) => !onItem.has(l.name.toLowerCase()));
  const room = Math.max(0, maxLabelsPerItem - onItem.size);
  return { fit: missing.slice(0, room), leftOut: missing.slice(room).map((l) => l.name) };
}

// One warning for an item whose labels did not all fit, naming it and GitHub's limit; null when they did (or
// nothing is written: an archived repository).
export function labelLimitWarning({ subject, settings, thread, verdict, firstTime }: Omit<TriagePlanInput, 'report'>): string | null {
  const { leftOut } = labelsToAdd(settings, thread, verdict, firstTime);
  if (leftOut.length === 0 || thread.archived) return null;
  const names = leftOut.map((n) => `"${n}"`).join(' and ');
  const one = leftOut.length === 1;
  return (
    `${subject.repo.owner}/${subject.repo.name}#${subject.number} already has ${thread.labelsOnItem.length} labels and GitHub allows at most ` +
    `${maxLabelsPerItem} on an issue or PR: ${names} ${one ? 'was' : 'were'} not added. Take some off and comment /triage to add ${one ? 'it' : 'them'}.`
  );
}

export interface TriagePlanInput {
  subject: Subject;
  settings: Settings;
  thread: Thread;
  verdict: Verdict;
  firstTime: boolean;
  report: string; // the report comment's body, rendered
}

// What a triage writes, decided from what is already there: pure, so a re-run plans nothing twice.
export function planTriageWrites({ subject, settings, thread, verdict, firstTime, report }: TriagePlanInput): Write[] {
  const writes: Write[] = [];
  // GitHub refuses every write to an archived repository: none is attempted (the mode warns once).
  if (thread.archived) return writes;
  const onItem = new Set(thread.labelsOnItem.map((l) => l.toLowerCase()));
  const verdictLabels = { green: settings['label-green'], yellow: settings['label-yellow'], red: settings['label-red'] };
  // Labels past GitHub's limit are left out here; the mode warns (labelLimitWarning).
  const toAdd = labelsToAdd(settings, thread, verdict, firstTime).fit;
  for (const label of toAdd) {
    if (!thread.repoLabels.has(label.name.toLowerCase())) writes.push({ kind: 'create-label', ...label });
  }
  if (toAdd.length > 0) writes.push({ kind: 'add-labels', names: toAdd.map((l) => l.name) });
  // A re-triage swaps the verdict label: the other verdicts' labels go.
  for (const [v, name] of Object.entries(verdictLabels)) {
    if (v !== verdict && name !== '' && name.toLowerCase() !== verdictLabels[verdict].toLowerCase() && onItem.has(name.toLowerCase())) {
      writes.push({ kind: 'remove-label', name: thread.labelsOnItem.find((l) => l.toLowerCase() === name.toLowerCase()) ?? name });
    }
  }
  const own = (kind: CommentKind) => thread.ownComments.find((c) => kindOf(c.body) === kind);
  // Part of a very long thread went unread: one of ours may be there, so nothing new is posted.
  const mayPost = thread.unreadComments === null;
  // The welcome waits while the verdict is red: a maintainer looks first, and a later re-triage that is no
  // longer red posts it.
  if (firstTime && verdict !== 'red' && settings['welcome-message'] !== '' && !own('welcome') && mayPost) {
    writes.push({ kind: 'create-comment', comment: 'welcome', body: withMarker('welcome', fillTemplate(settings['welcome-message'], subject)) });
  }
  const existingReport = own('report');
  const reportBody = withMarker('report', report);
  if (reportWanted(settings, verdict) || existingReport) {
    // A report already posted stays current even when the verdict drops below the threshold.
    if (!existingReport) {
      if (mayPost) writes.push({ kind: 'create-comment', comment: 'report', body: reportBody });
    } else if (existingReport.body.trim() !== reportBody.trim())
      writes.push({ kind: 'update-comment', comment: 'report', id: existingReport.id, body: reportBody });
  }
  return writes;
}

export function describeWrite(write: Write, subject: Subject): string {
  const where = `#${subject.number}`;
  switch (write.kind) {
    case 'create-label':
      return `create label "${escapeText(write.name)}" (#${write.color})`;
    case 'add-labels':
      return `add ${write.names.map((n) => `"${escapeText(n)}"`).join(', ')} to ${where}`;
    case 'remove-label':
      return `remove "${escapeText(write.name)}" from ${where}`;
    case 'create-comment':
      return `post the ${write.comment} comment on ${where}`;
    case 'update-comment':
      return `update the ${write.comment} comment on ${where}`;
    case 'invite':
      return `invite ${escapeText(write.login)} to the ${escapeText(write.org)} organization`;
  }
}
