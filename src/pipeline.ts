import { getPlan } from './event/get-subject.js';
import type { Payload } from './event/payload.js';
import { getSkipReason } from './event/skip-rules.js';
import type { Client } from './fetch/client.js';
import type { RequestStats } from './fetch/request-stats.js';
import { skipped, type ModeResult } from './modes/results.js';
import type { Settings } from './settings/get-settings.js';
import type { ReportView } from './summary/render-summary.js';
import type { Repo } from './types.js';

export interface RunContext {
  eventName: string;
  payload: Payload;
  repo: Repo;
  apiUrl: string;
  serverUrl: string;
  // The run's request meter: every client of the run counts into it, and it outlives a mode that throws.
  stats: RequestStats;
  // Progress of long work (a backfill): the action logs it, the CLI prints it on stderr.
  progress?: (line: string) => void;
}

// A hanging GitHub cannot hold the job longer than this; every request still open is then ended.
const budgetMs = { single: 90_000, backfill: 20 * 60_000 };

// settings → event → the mode (fetch ‖ inspect → score → writers) → its typed result; the caller renders the
// summary and the outputs from it, whatever happens here.
export async function pipeline(settings: Settings, context: RunContext, now = new Date()): Promise<ModeResult> {
  const plan = getPlan(context.eventName, context.payload, context.repo);
  if (plan.mode === 'skip') return skipped(plan.reason, plan.subject);
  if (plan.mode !== 'backfill') {
    const reason = getSkipReason(plan.subject, settings, plan.mode === 'post-merge');
    if (reason) return skipped(reason, plan.subject);
  }
  // With backtest-since set, a workflow_dispatch (or schedule) replays the past instead: it never writes.
  const work = plan.mode === 'backfill' && settings['backtest-since'] ? { mode: 'backtest' as const, repo: plan.repo } : plan;
  // Left to Node (webpackIgnore), not bundled in: the action and the CLI share one dist/modes.
  const modes = await import(/* webpackIgnore: true */ '#modes');
  const deadline = AbortSignal.timeout(plan.mode === 'backfill' ? budgetMs.backfill : budgetMs.single);
  const clientFor = (token: string, paceNotifications = false, tokenInput = 'github-token'): Client =>
    modes.createClient({
      token,
      tokenInput,
      baseUrl: context.apiUrl,
      deadline,
      paceNotifications,
      stats: context.stats,
      ...(context.progress ? { log: context.progress } : {}),
    });
  const view: ReportView = { serverUrl: context.serverUrl, windowDays: settings['activity-window-days'], ignored: settings['ignore-signals'] };
  const result = await (async (): Promise<ModeResult> => {
    switch (work.mode) {
      case 'triage':
        return modes.triage(clientFor(settings['github-token']), work.subject, settings, now, view, work.confirmCommenter);
      case 'post-merge': {
        // The org token's requests count too: api-requests is every request the run made to GitHub.
        const orgClient = settings['org-token'] ? clientFor(settings['org-token'], false, 'org-token') : null;
        return modes.postMerge(clientFor(settings['github-token']), orgClient, work.subject, settings, now, context.serverUrl);
      }
      case 'backfill':
        return modes.runBackfill(clientFor(settings['github-token'], true), context.repo, settings, now, view, context.progress);
      case 'backtest':
        return modes.runBacktest(clientFor(settings['github-token']), context.repo, settings, context.serverUrl, context.progress);
    }
  })();
  const warnings = withClientWarnings(result.warnings, context.stats);
  return { ...result, warnings, partial: result.partial || context.stats.timedOut.length > 0 };
}

// Rate-limit notices from the throttling plugin, and what GitHub left unanswered, after the mode's own.
export function withClientWarnings(warnings: string[], stats: RequestStats): string[] {
  const all = [...warnings, ...stats.warnings];
  // A read that failed on the timeout has already said so in its own warning, with what it could not read.
  const unreported = [...new Set(stats.timedOut)].filter((route) => !all.some((w) => w.includes(route)));
  if (unreported.length > 0) all.push(`GitHub did not answer in time: ${unreported.join(', ')}`);
  return [...new Set(all)];
}
