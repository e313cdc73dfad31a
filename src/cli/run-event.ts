// `newcomer-triage --event payload.json`: the action's pipeline on one event, outside Actions. The same
// settings, pipeline and summary as run.ts; only where inputs come from and where output goes differ.
import { pipeline } from '../pipeline.js';
import { emptyReport } from '../report.js';
import { outputsOf } from '../run.js';
import { renderSummary } from '../summary/render-summary.js';
import { repoName } from '../types.js';
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
  const report = emptyReport(event.eventName, repoName(event.repo), env.serverUrl, startedAt);
  const context = { eventName: event.eventName, payload: event.payload, repo: event.repo, apiUrl: env.apiUrl, serverUrl: env.serverUrl, progress: io.err };
  try {
    await pipeline(settings, context, report);
  } catch (error) {
    // As in run.ts: the report says what failed, and the summary is still shown.
    report.mode = 'error';
    report.error = error instanceof Error ? error.message : String(error);
  }
  report.wallMs = Date.now() - startedAt;

  if (command.json) io.out(JSON.stringify({ ...outputsOf(report), warnings: report.warnings, ...(report.error ? { error: report.error } : {}) }, null, 2));
  else io.out(renderTerminal(renderSummary(report, settings['ignore-signals']), { color: io.color }));

  if (report.error) {
    io.err(`newcomer-triage failed: ${report.error}`);
    return 1;
  }
  if (failOnMet(report.verdict, settings['fail-on'])) {
    io.err(`The verdict is ${report.verdict}, and fail-on is ${settings['fail-on']}.`);
    return 1;
  }
  return 0;
}
