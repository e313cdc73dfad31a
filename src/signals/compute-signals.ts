import type { AuthorData, ProfileAlias } from '../fetch/profile-part.js';
import type { Settings } from '../settings/get-settings.js';
import type { Signal } from '../types.js';
import { closedUnmergedRatio, externalPrsPerWeek, notPlannedIssues, repeatedTitles } from './history-signals.js';
import { accountAge, profileFields } from './profile-signals.js';
import { workflowFiles } from './workflow-files.js';

export interface SignalInput {
  author: AuthorData;
  // A PR's changed paths; null when unread; undefined for an issue, which has no workflow-files signal.
  files?: { paths: string[] | null; failure: string | null };
  settings: Settings;
  now: Date;
}

// Every signal of the contract, in the contract's order. Pure: the same data gives the same signals.
export function computeSignals({ author, files, settings, now }: SignalInput): Signal[] {
  const why = (...fields: ProfileAlias[]) => author.failures.find((f) => fields.includes(f.field))?.reason ?? 'no data';
  const signals = [
    accountAge(author, settings, now, why('User')),
    profileFields(author, settings, why('User')),
    closedUnmergedRatio(author, settings, why('ClosedUnmerged', 'ClosedMerged')),
    notPlannedIssues(author, settings, why('NotPlanned')),
    repeatedTitles(author, settings, why('Items')),
    externalPrsPerWeek(author, settings, why('Items')),
  ];
  if (files) signals.push(workflowFiles(files.paths, files.failure ?? 'no data'));
  return signals;
}
