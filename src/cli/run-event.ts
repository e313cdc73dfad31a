// `newcomer-triage --event payload.json`: the action's pipeline on one event, outside Actions. The same
// settings, pipeline and summary as run.ts; only where inputs come from and where output goes differ.
import { newRequestStats } from '../fetch/request-stats.js';
import { verdictOf, type ModeResult } from '../modes/results.js';
import { pipeline, withClientWarnings } from '../pipeline.js';
import { outputsOf } from '../run.js';
import { renderSummary } from '../summary/render-summary.js';
import type { Command } from './parse-command.js';
import { readGitHubEnv } from './environment.js';
import { failOnMet } from '../verdict/compare-verdicts.js';
import { readEvent } from './read-event.js';
import { readSettings } from './read-settings.js';
import { renderTerminal } from './render-terminal.js';
import type { Io } from './io.js';

export async function runEvent(command: Extract<Command, { kind: 'event' }>, io: Io): Promise<number> {
  const env = readGitHubEnv(io.env);
  const event = readEvent(command.eventPath, command.eventName, command.repo);
  const settings = readSettings(command.inputs, env, command.dryRun);
  if (event.guessed) io.err(`event: ${event.eventName} (guessed from the payload; --event-name to change it)`);
  if (!settings['dry-run']) io.err('not a dry run: labels and comments are written to GitHub (--dry-run to only report them)');

  const startedAt = Date.now();
  const stats = newRequestStats();
  const context = {
    eventName: event.eventName,
    payload: event.payload,
    repo: event.repo,
    apiUrl: env.apiUrl,
    serverUrl: env.serverUrl,
    stats,
    progress: io.err,
  };
  let result: ModeResult | null = null;
  let error: string | null = null;
  try {
    result = await pipeline(settings, context);
  } catch (thrown) {
    // As in run.ts: the summary still shows what failed.
    error = thrown instanceof Error ? thrown.message : String(thrown);
  }
  const warnings = result ? result.warnings : withClientWarnings([], stats);
  const view = { serverUrl: env.serverUrl, windowDays: settings['activity-window-days'], ignored: settings['ignore-signals'] };

  if (command.json) io.out(JSON.stringify({ ...outputsOf(result, stats), warnings, ...(error ? { error } : {}) }, null, 2));
  else
    io.out(
      renderTerminal(renderSummary({ result, error, warnings, stats, wallMs: Date.now() - startedAt, dryRun: settings['dry-run'], view }), { color: io.color }),
    );

  if (stats.refusedToken) {
    io.err('newcomer-triage failed: GitHub refused the token in GITHUB_TOKEN (HTTP 401 Bad credentials): it is expired, revoked or mistyped');
    return 1;
  }
  if (error !== null || !result) {
    io.err(`newcomer-triage failed: ${error ?? 'no result'}`);
    return 1;
  }
  const verdict = verdictOf(result);
  if (failOnMet(verdict, settings['fail-on'])) {
    io.err(`The verdict is ${verdict}, and fail-on is ${settings['fail-on']}.`);
    return 1;
  }
  return 0;
}
