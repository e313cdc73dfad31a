import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import type { Payload } from './event/payload.js';
import { newRequestStats, type RequestStats } from './fetch/request-stats.js';
import { verdictOf, type ModeResult } from './modes/results.js';
import { pipeline, withClientWarnings, type RunContext } from './pipeline.js';
import { EventError } from './event/event-error.js';
import { getSettings, inputNotices, requireToken, type Settings } from './settings/get-settings.js';
import { renderSummary, type RunSummary } from './summary/render-summary.js';
import { InputError } from './settings/input-error.js';
import { failOnMet } from './verdict/compare-verdicts.js';
import type { Signal } from './types.js';

// The action's entry: the only place that fails the step, whatever was thrown.
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const startedAt = Date.now();
  const stats = newRequestStats();
  let settings: Settings | null = null;
  let result: ModeResult | null = null;
  let error: string | null = null;
  try {
    // Registered before anything can print them.
    for (const name of ['github-token', 'org-token']) {
      const token = core.getInput(name);
      if (token) core.setSecret(token);
    }
    const read = (name: string) => (inputIsSet(env, name) ? core.getInput(name) : undefined);
    settings = getSettings(read);
    requireToken(settings);
    const context = readContext(env, stats);
    let ran: ModeResult;
    try {
      ran = await pipeline(settings, context);
    } catch (thrown) {
      throw thrown instanceof EventError ? new EventError(`The event file ${env.GITHUB_EVENT_PATH ?? ''} cannot be used: ${thrown.message}`) : thrown;
    }
    // A verdict made of reads GitHub refused is no verdict: the run failed.
    result = stats.refusedToken ? null : { ...ran, warnings: [...inputNotices(read), ...ran.warnings] };
    setOutputs(outputsOf(result, stats));
    const verdict = result ? verdictOf(result) : 'skipped';
    if (result && failOnMet(verdict, settings['fail-on'])) core.setFailed(`The verdict is ${verdict}, and fail-on is ${settings['fail-on']}.`);
  } catch (thrown) {
    error = thrown instanceof Error ? thrown.message : String(thrown);
    setOutputs(outputsOf(null, stats));
    const plain = thrown instanceof InputError || thrown instanceof EventError || !(thrown instanceof Error);
    if (!stats.refusedToken) core.setFailed(plain ? error : `newcomer-triage failed: ${error}`);
  } finally {
    const refused = stats.refusedToken ? tokenRefusal(stats.refusedToken) : null;
    // A refused token fails every read alike: the one error says it, not one warning per read.
    const warnings = refused ? [] : result ? result.warnings : withClientWarnings([], stats);
    for (const warning of warnings) core.warning(warning);
    await writeSummary({
      result,
      error: refused ?? error,
      warnings,
      stats,
      wallMs: Date.now() - startedAt,
      dryRun: settings?.['dry-run'] ?? false,
      view: viewOf(env, settings),
    });
    if (refused) core.setFailed(refused);
  }
}

function tokenRefusal(input: string): string {
  return `GitHub refused the token given as '${input}' (HTTP 401 Bad credentials): it is expired, revoked or mistyped. Nothing was read or written.`;
}

// The runner passes input NAME as INPUT_NAME (upper case, spaces as underscores), as core.getInput reads it;
// a missing variable is an input nobody set, an empty one was set empty on purpose.
function inputIsSet(env: NodeJS.ProcessEnv, name: string): boolean {
  return env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] !== undefined;
}

export function readContext(env: NodeJS.ProcessEnv, stats: RequestStats): RunContext {
  const [owner, name] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !name) throw new Error(`GITHUB_REPOSITORY must be "owner/name", got "${env.GITHUB_REPOSITORY ?? ''}"`);
  const path = env.GITHUB_EVENT_PATH;
  if (!path) throw new Error('GITHUB_EVENT_PATH is not set: the event payload is needed');
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload: readPayload(path),
    repo: { owner, name },
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
    serverUrl: serverUrlOf(env),
    stats,
  };
}

// The webhook payload: a JSON object, or a bad input naming the file.
function readPayload(path: string): Payload {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new EventError(`The event file ${path} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw new EventError(`The event file ${path} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new EventError(`The event file ${path} must hold a JSON object (a webhook payload), not ${Array.isArray(payload) ? 'an array' : String(payload)}`);
  }
  return payload as Payload;
}

function serverUrlOf(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_SERVER_URL ?? 'https://github.com';
}

function viewOf(env: NodeJS.ProcessEnv, settings: Settings | null): RunSummary['view'] {
  return { serverUrl: serverUrlOf(env), windowDays: settings?.['activity-window-days'] ?? 90, ignored: settings?.['ignore-signals'] ?? [] };
}

// Every output on every path; none carries user text. A run that failed before a result has the defaults.
export function outputsOf(result: ModeResult | null, stats: RequestStats): Record<string, string> {
  const single = result?.mode === 'triage' || result?.mode === 'post-merge' || result?.mode === 'skip' ? result : null;
  return {
    verdict: result ? verdictOf(result) : 'skipped',
    'skipped-reason': result?.mode === 'skip' ? result.skippedReason : '',
    author: single?.subject?.author.login ?? '',
    'first-time': String(single !== null && single.mode !== 'skip' && single.firstTime),
    signals: JSON.stringify(result?.mode === 'triage' ? signalsOutput(result.score.signals) : []),
    partial: String(result?.partial ?? false),
    'api-requests': String(stats.requests),
    triaged: JSON.stringify(result?.mode === 'backfill' ? result.items.map((i) => ({ number: i.number, author: i.author, verdict: i.verdict })) : []),
  };
}

// The signals as the output gives them: no user text (the quote stays in the summary).
export function signalsOutput(signals: Signal[]): Omit<Signal, 'quote'>[] {
  return signals.map(({ id, level, value, detail, url }) => ({ id, level, value, detail, url }));
}

function setOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

// On every path; a summary that cannot be written only warns.
async function writeSummary(summary: RunSummary): Promise<void> {
  try {
    await core.summary.addRaw(renderSummary(summary), true).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
  }
}
