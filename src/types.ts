// Shared vocabulary of the pipeline: what flows from one stage to the next.

export type Level = 'green' | 'yellow' | 'red' | 'unknown';
export type Verdict = 'green' | 'yellow' | 'red';
export type VerdictOrSkip = Verdict | 'skipped';

export const associations = ['OWNER', 'MEMBER', 'COLLABORATOR', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'NONE', 'MANNEQUIN'] as const;
export type Association = (typeof associations)[number];

// GitHub's author_association as a payload or a query gives it; a value GitHub adds later counts as NONE.
export function toAssociation(value: string | undefined | null): Association {
  return associations.find((a) => a === value) ?? 'NONE';
}

export const skippedReasons = ['association', 'bot', 'trusted-user', 'deleted-user', 'unsupported-event', 'not-a-maintainer'] as const;
export type SkippedReason = (typeof skippedReasons)[number];

// Signals whose bands come from a `yellow,red` input; the input of account-age is `account-age-days`.
export const thresholdSignalIds = [
  'account-age',
  'profile-fields',
  'closed-unmerged-ratio',
  'not-planned-issues',
  'repeated-titles',
  'repeated-comments',
  'external-prs-per-week',
] as const;
export type ThresholdSignalId = (typeof thresholdSignalIds)[number];
export const signalIds = [...thresholdSignalIds, 'sensitive-files'] as const;
export type SignalId = (typeof signalIds)[number];

// Context signals describe who the author is; the others are evidence of how their work was received.
export const contextSignalIds: readonly SignalId[] = ['account-age', 'profile-fields', 'external-prs-per-week'];

export interface Signal {
  id: SignalId;
  level: Level;
  value: number | string | null;
  detail: string; // no user text: it goes to the `signals` output
  // The github.com search (or the PR's files page) that shows what was counted; '' when nothing was counted.
  url: string;
  // User text a maintainer needs beside the count (the repeated title or comment): summary and report comment
  // only, escaped there; never in an output.
  quote?: string;
}

export interface Repo {
  owner: string;
  name: string;
}

export interface Author {
  login: string;
  id: number | null;
  type: string; // User, Bot, Organization, Mannequin
}

// The PR or issue a run is about.
export interface Subject {
  repo: Repo;
  number: number;
  kind: 'pr' | 'issue';
  author: Author;
  association: Association;
  title: string;
  createdAt: string;
  mergedAt: string | null;
  size: { additions: number; deletions: number; changedFiles: number } | null;
}

export function repoName(repo: Repo): string {
  return `${repo.owner}/${repo.name}`;
}
