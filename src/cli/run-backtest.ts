// `newcomer-triage backtest --repo owner/name --since YYYY-MM-DD`: what the verdict would have said of the
// repo's past first-time contributors, as the action's backtest computes it; reads only.
import { newRequestStats } from '../fetch/request-stats.js';
import { itemUrl } from '../summary/render-backtest.js';
import { renderSummary } from '../summary/render-summary.js';
import type { BacktestResult } from '../modes/results.js';
import type { Repo } from '../types.js';
import type { Command } from './parse-command.js';
import { readGitHubEnv } from './environment.js';
import type { Io } from './io.js';
import { readSettings } from './read-settings.js';
import { renderTerminal } from './render-terminal.js';

// The action's budget for a long run (a backfill or backtest).
const budgetMs = 20 * 60_000;

export async function runBacktestCommand(command: Extract<Command, { kind: 'backtest' }>, io: Io): Promise<number> {
  const env = readGitHubEnv(io.env);
  // dry-run: a backtest never writes, whatever the inputs say.
  const settings = readSettings(command.inputs, env, true);
  const [owner = '', name = ''] = command.repo.split('/');
  const repo: Repo = { owner, name };
  const startedAt = Date.now();
  // Loaded here, not at the top: --help and usage errors never pay for parsing Octokit.
  const { createClient, runBacktest } = await import(/* webpackIgnore: true */ '#modes');
  const stats = newRequestStats();
  const client = createClient({ token: env.token, baseUrl: env.apiUrl, deadline: AbortSignal.timeout(budgetMs), stats, log: io.err });
  let result: BacktestResult;
  try {
    result = await runBacktest(client, repo, settings, env.serverUrl, io.err);
  } catch (error) {
    io.err(`newcomer-triage failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const warnings = [...new Set([...result.warnings, ...stats.warnings])];
  if (command.json) io.out(JSON.stringify(toJson(result, env.serverUrl, warnings, stats), null, 2));
  else {
    const view = { serverUrl: env.serverUrl, windowDays: settings['activity-window-days'], ignored: settings['ignore-signals'] };
    io.out(renderTerminal(renderSummary({ result, error: null, warnings, stats, wallMs: Date.now() - startedAt, dryRun: true, view }), { color: io.color }));
  }
  return 0;
}

// Every item with its signals, for jq and spreadsheets. Titles are left out (user text); each item's url
// leads to it.
function toJson(result: BacktestResult, serverUrl: string, warnings: string[], stats: ReturnType<typeof newRequestStats>) {
  const number = (index: number) => result.items[index]?.subject.number ?? null;
  return {
    repo: `${result.repo.owner}/${result.repo.name}`,
    since: result.since,
    scanned: result.scanned,
    stopped: result.stopped,
    leftOut: result.leftOut,
    items: result.items.map((i) => ({
      number: i.subject.number,
      kind: i.subject.kind,
      url: itemUrl(i.subject, serverUrl),
      author: i.subject.author.login,
      createdAt: i.subject.createdAt,
      outcome: i.outcome,
      verdict: i.score.verdict,
      reason: i.score.reason,
      partial: i.score.partial,
      dependsOnProfile: i.dependsOnProfile,
      signals: i.score.signals,
    })),
    edges: result.edges.map((e) => ({
      input: e.input,
      edge: e.edge,
      current: `${e.current.yellow},${e.current.red}`,
      with: `${e.band.yellow},${e.band.red}`,
      moves: e.moves.map((m) => ({ number: number(m.index), from: m.from, to: m.to })),
    })),
    warnings,
    'api-requests': stats.requests,
    rateLimits: stats.rateLimits,
  };
}
