import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import type { Payload } from './event/payload.js';
import { pipeline, type RunContext } from './pipeline.js';
import { emptyReport, type RunReport } from './report.js';
import { getSettings, type Settings } from './settings/get-settings.js';
import { renderSummary } from './summary/render-summary.js';
import { InputError } from './settings/input-error.js';
import { failOnMet } from './verdict/compare-verdicts.js';

// The action's entry: the only place that fails the step, whatever was thrown.
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const startedAt = Date.now();
  const report = emptyReport(env.GITHUB_EVENT_NAME ?? '', env.GITHUB_REPOSITORY ?? '', env.GITHUB_SERVER_URL ?? 'https://github.com', startedAt);
  let settings: Settings | null = null;
  try {
    // Registered before anything can print them.
    for (const name of ['github-token', 'org-token']) {
      const token = core.getInput(name);
      if (token) core.setSecret(token);
    }
    settings = getSettings((name) => (inputIsSet(env, name) ? core.getInput(name) : undefined));
    await pipeline(settings, readContext(env), report);
    const failOn = settings['fail-on'];
    report.wallMs = Date.now() - startedAt;
    setOutputs(report);
    if (failOnMet(report.verdict, failOn)) {
      core.setFailed(`The verdict is ${report.verdict}, and fail-on is ${failOn}.`);
    }
  } catch (error) {
    report.mode = 'error';
    report.error = error instanceof Error ? error.message : String(error);
    report.wallMs = Date.now() - startedAt;
    setOutputs(report);
    core.setFailed(error instanceof InputError || !(error instanceof Error) ? report.error : `newcomer-triage failed: ${report.error}`);
  } finally {
    for (const warning of report.warnings) core.warning(warning);
    await writeSummary(report, settings);
  }
}

// The runner passes input NAME as INPUT_NAME (upper case, spaces as underscores), as core.getInput reads it;
// a missing variable is an input nobody set, an empty one was set empty on purpose.
function inputIsSet(env: NodeJS.ProcessEnv, name: string): boolean {
  return env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] !== undefined;
}

export function readContext(env: NodeJS.ProcessEnv): RunContext {
  const [owner, name] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !name) throw new Error(`GITHUB_REPOSITORY must be "owner/name", got "${env.GITHUB_REPOSITORY ?? ''}"`);
  const path = env.GITHUB_EVENT_PATH;
  if (!path) throw new Error('GITHUB_EVENT_PATH is not set: the event payload is needed');
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload: JSON.parse(readFileSync(path, 'utf8')) as Payload,
    repo: { owner, name },
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
  };
}

export function outputsOf(report: RunReport): Record<string, string> {
  const backfill = report.mode === 'backfill';
  return {
    verdict: report.verdict,
    'skipped-reason': report.skippedReason ?? '',
    author: backfill ? '' : (report.subject?.author.login ?? ''),
    'first-time': String(!backfill && report.firstTime),
    signals: JSON.stringify(report.mode === 'triage' ? report.signals : []),
    partial: String(report.partial),
    'api-requests': String(report.stats?.requests ?? 0),
    triaged: JSON.stringify(backfill ? report.items.map((i) => ({ number: i.number, author: i.author, verdict: i.verdict })) : []),
  };
}

function setOutputs(report: RunReport): void {
  for (const [name, value] of Object.entries(outputsOf(report))) core.setOutput(name, value);
}

// On every path; a summary that cannot be written only warns.
async function writeSummary(report: RunReport, settings: Settings | null): Promise<void> {
  try {
    if (report.wallMs === 0) report.wallMs = Date.now() - report.startedAt;
    await core.summary.addRaw(renderSummary(report, settings?.['ignore-signals'] ?? []), true).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
  }
}
