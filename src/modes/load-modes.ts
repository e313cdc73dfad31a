// The modes and the client, loaded only once a run knows it will make a request (a dynamic import of `#modes`,
// package.json's name for this file): a skipped event never pays for parsing Octokit. Bundled once on its own
// (dist/modes), so the action and the CLI share it; dist/package.json maps `#modes` there.
// A triage, the common run, is all that is compiled up front; its judging (judge-triage.ts) and the other
// modes are chunks of that bundle, each loaded when a run gets to it.
import type { runBackfill as Backfill } from './backfill/run-backfill.js';
import type { runBacktest as Backtest } from './backtest/run-backtest.js';
import type { postMerge as PostMerge } from './post-merge.js';
import type { profileLogin as Profile } from './profile.js';

export { createClient } from '../fetch/client.js';
export { triage } from './triage.js';

export async function runBackfill(...args: Parameters<typeof Backfill>): ReturnType<typeof Backfill> {
  return (await import('./backfill/run-backfill.js')).runBackfill(...args);
}

export async function runBacktest(...args: Parameters<typeof Backtest>): ReturnType<typeof Backtest> {
  return (await import('./backtest/run-backtest.js')).runBacktest(...args);
}

export async function postMerge(...args: Parameters<typeof PostMerge>): ReturnType<typeof PostMerge> {
  return (await import('./post-merge.js')).postMerge(...args);
}

export async function profileLogin(...args: Parameters<typeof Profile>): ReturnType<typeof Profile> {
  return (await import('./profile.js')).profileLogin(...args);
}
