import type { PublicEvent } from '../fetch/get-public-events.js';
import type { AuthorData, ProfileAlias } from '../fetch/profile-part.js';
import type { Settled } from '../fetch/settle.js';
import type { Settings } from '../settings/get-settings.js';
import { commentsWindowDays, commentsWindowStart, windowStart } from '../settings/window-start.js';
import type { Repo, Signal } from '../types.js';
import { evidenceLinks } from './evidence-links.js';
import { goodRecord } from './good-record.js';
import { closedUnmergedRatio, externalPrsPerWeek, notPlannedIssues, repeatedTitles, type History } from './history-signals.js';
import { accountAge, profileFields } from './profile-signals.js';
import { repeatedComments } from './repeated-comments.js';
import { sensitiveFiles } from './sensitive-files.js';
import type { PrFiles } from '../fetch/get-pr-files.js';

export interface SignalInput {
  author: AuthorData;
  // The author's public events; undefined where none can exist (a backtest's past), and repeated-comments
  // is then left out.
  events?: Settled<PublicEvent[]>;
  // A PR's changed files; undefined for an issue, which has no sensitive-files signal.
  files?: PrFiles;
  // The triaged item: left out of the history it is part of.
  subject?: { repo: Repo; number: number; kind: 'pr' | 'issue' };
  settings: Settings;
  now: Date;
  serverUrl: string; // where the evidence links point
}

// The author's history in the window as the signals count it: the triaged item left out.
export function historyOf(input: SignalInput): History {
  const { author, subject } = input;
  const same = (i: { kind: string; repo: Repo; number: number }) =>
    subject !== undefined &&
    i.kind === subject.kind &&
    i.number === subject.number &&
    i.repo.owner.toLowerCase() === subject.repo.owner.toLowerCase() &&
    i.repo.name.toLowerCase() === subject.repo.name.toLowerCase();
  const items = author.items?.filter((i) => !same(i)) ?? null;
  const read = author.items?.length ?? 0;
  const truncated = author.itemsTotal !== null && author.itemsTotal > read ? `; newest ${read} of ${author.itemsTotal} read` : '';
  return { items, truncated };
}

// Every signal of the contract, in the contract's order. Pure: the same data gives the same signals.
export function computeSignals(input: SignalInput): Signal[] {
  const { author, events, files, subject, settings, now } = input;
  const why = (...fields: ProfileAlias[]) => author.failures.find((f) => fields.includes(f.field))?.reason ?? 'no data';
  const since = windowStart(settings, now);
  const commentsSince = commentsWindowStart(settings, now);
  const links = evidenceLinks(input.serverUrl, author.login, since, commentsSince);
  const history = historyOf(input);
  const record = goodRecord(author);
  const signals = [
    accountAge(author, settings, now, links, why('User')),
    profileFields(author, settings, now, links, why('User')),
    closedUnmergedRatio(author.closedUnmerged, author.closedMerged, settings, links, why('ClosedUnmerged', 'ClosedMerged')),
    notPlannedIssues(author.notPlanned, settings, links, why('NotPlanned')),
    repeatedTitles(history, settings, record, links, why('Prs', 'Issues')),
    ...(events ? [repeatedComments(events, author.login, { since: commentsSince, days: commentsWindowDays(settings) }, settings, record, links)] : []),
    externalPrsPerWeek(history, settings, links, why('Prs', 'Issues')),
  ];
  if (files && subject) signals.push(sensitiveFiles(files, settings['sensitive-paths'], links.files(subject.repo, subject.number)));
  return signals;
}
