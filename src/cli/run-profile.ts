// `newcomer-triage profile <login>`: one account's signals and verdict, with no PR or issue and no writes.
import { newRequestStats } from '../fetch/request-stats.js';
import type { ProfileResult } from '../modes/results.js';
import { escapeText } from '../text/escape-text.js';
import { activityLine, footer, levelIcons, signalTable } from '../summary/render-summary.js';
import type { Command } from './parse-command.js';
import { readGitHubEnv } from './environment.js';
import type { Io } from './io.js';
import type { Settings } from '../settings/get-settings.js';
import { readSettings } from './read-settings.js';
import { renderTerminal } from './render-terminal.js';

// The same budget a single triage has in the pipeline.
const budgetMs = 90_000;

export async function runProfile(command: Extract<Command, { kind: 'profile' }>, io: Io): Promise<number> {
  const env = readGitHubEnv(io.env);
  // dry-run: a profile never writes, whatever the inputs say.
  const settings = readSettings(command.inputs, env, true);
  const startedAt = Date.now();
  // Loaded here, not at the top: --help and usage errors never pay for parsing Octokit.
  const { createClient, profileLogin } = await import(/* webpackIgnore: true */ '#modes');
  const stats = newRequestStats();
  const client = createClient({ token: env.token, baseUrl: env.apiUrl, deadline: AbortSignal.timeout(budgetMs), stats });
  let result: ProfileResult;
  try {
    result = await profileLogin(client, command.login, settings, new Date(), env.serverUrl);
  } catch (error) {
    io.err(`newcomer-triage failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (stats.refusedToken) {
    io.err('newcomer-triage failed: GitHub refused the token in GITHUB_TOKEN (HTTP 401 Bad credentials): it is expired, revoked or mistyped');
    return 1;
  }
  const wallMs = Date.now() - startedAt;
  if (command.json) {
    const { score, partial, warnings, name } = result;
    const { verdict, reason, signals } = score;
    io.out(JSON.stringify({ login: command.login, name, verdict, reason, partial, signals, warnings, 'api-requests': stats.requests }, null, 2));
  } else {
    io.out(renderTerminal(renderProfile(result, settings, footer(stats, wallMs)), { color: io.color }));
  }
  return 0;
}

// Markdown in the summary's own pieces, so the terminal shows the table a job summary would.
function renderProfile(result: ProfileResult, settings: Settings, footerLine: string): string {
  const { score } = result;
  const name = result.name ? ` (${escapeText(result.name, 80)})` : '';
  return [
    `### ${levelIcons[score.verdict]} ${escapeText(result.login, 60)}${name}: ${score.verdict}`,
    score.reason ? `> ${escapeText(score.reason, 300)}` : '',
    ...result.warnings.map((w) => `> [!WARNING]\n> ${escapeText(w, 600)}`),
    signalTable(score.signals, settings['ignore-signals']),
    activityLine(result.activity, settings['activity-window-days']),
    footerLine,
  ]
    .filter((p) => p !== '')
    .join('\n\n');
}
