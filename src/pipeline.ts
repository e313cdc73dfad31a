import { getPlan } from './event/get-subject.js';
import type { Payload } from './event/payload.js';
import { getSkipReason } from './event/skip-rules.js';
import type { Client } from './fetch/client.js';
import type { RunReport } from './report.js';
import type { Settings } from './settings/get-settings.js';
import type { Repo } from './types.js';

export interface RunContext {
  eventName: string;
  payload: Payload;
  repo: Repo;
  apiUrl: string;
  serverUrl: string;
  // Progress of long work (a backfill): the action logs it, the CLI prints it on stderr.
  progress?: (line: string) => void;
}

// A hanging GitHub cannot hold the job longer than this; every request still open is then ended.
const budgetMs = { single: 90_000, backfill: 20 * 60_000 };

// settings → event → (fetch ‖ inspect) → signals → verdict → writers; the summary is rendered by the caller
// from the report this fills in, whatever happens here.
export async function pipeline(settings: Settings, context: RunContext, report: RunReport, now = new Date()): Promise<void> {
  report.dryRun = settings['dry-run'];
  report.windowDays = settings['activity-window-days'];
  const plan = getPlan(context.eventName, context.payload, context.repo);
  if (plan.mode === 'skip') return skip(report, plan.reason, plan.subject);

  if (plan.mode !== 'backfill') {
    const reason = getSkipReason(plan.subject, settings, plan.mode === 'post-merge');
    if (reason) return skip(report, reason, plan.subject);
  }
  const { createClient } = await import('./engine.js');
  const deadline = AbortSignal.timeout(plan.mode === 'backfill' ? budgetMs.backfill : budgetMs.single);
  const client = createClient({
    token: settings['github-token'],
    baseUrl: context.apiUrl,
    deadline,
    paceNotifications: plan.mode === 'backfill',
    log: context.progress,
  });
  report.stats = client.stats;
  report.mode = plan.mode;
  try {
    await runPlan(plan, client, deadline, context, settings, now, report);
  } finally {
    // Rate-limit notices from the throttling plugin, and what GitHub left unanswered.
    report.warnings.push(...client.stats.warnings);
    if (client.stats.timedOut.length > 0) {
      report.partial = true;
      // A read that failed on the timeout has already said so in its own warning, with what it could not read.
      const unreported = [...new Set(client.stats.timedOut)].filter((route) => !report.warnings.some((w) => w.includes(route)));
      if (unreported.length > 0) report.warnings.push(`GitHub did not answer in time: ${unreported.join(', ')}`);
    }
    report.warnings = [...new Set(report.warnings)];
  }
}

type ActivePlan = Exclude<ReturnType<typeof getPlan>, { mode: 'skip' }>;

async function runPlan(
  plan: ActivePlan,
  client: Client,
  deadline: AbortSignal,
  context: RunContext,
  settings: Settings,
  now: Date,
  report: RunReport,
): Promise<void> {
  const { createClient, postMerge, runBackfill, triageSubject } = await import('./engine.js');
  switch (plan.mode) {
    case 'triage':
      await triageSubject(client, plan.subject, settings, now, report);
      return;
    case 'post-merge': {
      const orgClient = settings['org-token'] ? createClient({ token: settings['org-token'], baseUrl: context.apiUrl, deadline, log: context.progress }) : null;
      await postMerge(client, orgClient, plan.subject, settings, now, report);
      if (orgClient) addStats(client, orgClient);
      return;
    }
    case 'backfill':
      await runBackfill(client, context.repo, settings, now, report, context.progress);
      return;
  }
}

function skip(report: RunReport, reason: NonNullable<RunReport['skippedReason']>, subject: RunReport['subject']): void {
  Object.assign(report, { mode: 'skip', verdict: 'skipped', skippedReason: reason, subject });
  report.reason = skipExplanations[reason];
}

const skipExplanations: Record<NonNullable<RunReport['skippedReason']>, string> = {
  association: "the author's association with the repo is in skip-associations",
  bot: 'the author is a bot',
  'trusted-user': 'the author is in trusted-users',
  'deleted-user': "the author's account was deleted",
  'unsupported-event': 'this event or action is not one the action triages',
  'not-a-maintainer': 'only an owner, member or collaborator can ask for /triage',
};

// The org token's requests count too: api-requests is every request the run made to GitHub.
function addStats(into: Client, from: Client): void {
  into.stats.requests += from.stats.requests;
  into.stats.restReads += from.stats.restReads;
  into.stats.restWrites += from.stats.restWrites;
  into.stats.graphql += from.stats.graphql;
}
