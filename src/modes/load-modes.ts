// The modes and the client, loaded only once a run knows it will make a request (a dynamic import of this
// file): a skipped event never pays for parsing Octokit (about 100 ms of a 1.4 MB bundle).
export { runBackfill } from './backfill/run-backfill.js';
export { runBacktest } from './backtest/run-backtest.js';
export { createClient } from '../fetch/client.js';
export { postMerge } from './post-merge.js';
export { triage } from './triage.js';
export { profileLogin } from './profile.js';
