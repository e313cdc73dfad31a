// The modes and the client, loaded only once a run knows it will make a request (a dynamic import of `#modes`,
// package.json's name for this file): a skipped event never pays for parsing Octokit. Bundled once on its own
// (dist/modes), so the action and the CLI share it; dist/package.json maps `#modes` there.
export { runBackfill } from './backfill/run-backfill.js';
export { runBacktest } from './backtest/run-backtest.js';
export { createClient } from '../fetch/client.js';
export { postMerge } from './post-merge.js';
export { triage } from './triage.js';
export { profileLogin } from './profile.js';
