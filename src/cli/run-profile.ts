// `newcomer-triage profile <login>`: one account's signals and verdict, with no PR or issue and no writes.
import { emptyReport, type RunReport } from '../report.js';
import { escapeText } from '../summary/escape-text.js';
import { activityLine, levelIcons, signalTable } from '../summary/render-summary.js';
import type { Command } from './parse-command.js';
import { readGitHubEnv } from './environment.js';
import type { Io } from './io.js';
import { readSettings } from './read-settings.js';
import { renderTerminal } from './render-terminal.js';

// The same budget a single triage has in the pipeline.
const budgetMs = 90_000;

export async function runProfile(command: Extract<Command, { kind: 'profile' }>, io: Io): Promise<number> {
  const env = readGitHubEnv(io.env);
  // dry-run: a profile never writes, whatever the inputs say.
  const settings = readSettings(command.inputs, env, true);
  const startedAt = Date.now();
  const report = emptyReport('profile', '', env.serverUrl, startedAt);
  report.windowDays = settings['activity-window-days'];
  // Loaded here, not at the top: --help and usage errors never pay for parsing Octokit.
  const { createClient, profileLogin } = await import('../engine.js');
  const client = createClient({ token: env.token, baseUrl: env.apiUrl, deadline: AbortSignal.timeout(budgetMs) });
  report.stats = client.stats;
  try {
    await profileLogin(client, command.login, settings, new Date(), report);
  } catch (error) {
    io.err(`newcomer-triage failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  report.wallMs = Date.now() - startedAt;
  if (command.json) {
    const { verdict, reason, partial, signals, warnings } = report;
    io.out(
      JSON.stringify({ login: command.login, name: report.name, verdict, reason, partial, signals, warnings, 'api-requests': client.stats.requests }, null, 2),
    );
  } else {
    io.out(renderTerminal(renderProfile(command.login, report, settings['ignore-signals']), { color: io.color }));
  }
  return 0;
}

// Markdown in the summary's own pieces, so the terminal shows the table a job summary would.
function renderProfile(login: string, report: RunReport, ignored: readonly string[]): string {
  const icon = report.verdict === 'skipped' ? '⏭️' : levelIcons[report.verdict];
  const name = report.name ? ` (${escapeText(report.name, 80)})` : '';
  return [
    `### ${icon} ${escapeText(login, 60)}${name}: ${report.verdict}`,
    report.reason ? `> ${escapeText(report.reason, 300)}` : '',
    ...report.warnings.map((w) => `> [!WARNING]\n> ${escapeText(w, 600)}`),
    signalTable(report.signals, ignored),
    activityLine(report),
    `<sub>${report.stats?.requests ?? 0} API requests · ${(report.wallMs / 1000).toFixed(2)} s</sub>`,
  ]
    .filter((p) => p !== '')
    .join('\n\n');
}
