// The command line, checked and parsed; every mistake is a UsageError that says what to do instead.
import { parseArgs } from 'node:util';
import { inputNames } from '../settings/get-settings.js';
import { isPlainLogin } from '../text/escape-text.js';
import { UsageError } from './usage.js';

export type Command =
  | { kind: 'help' }
  | { kind: 'event'; eventPath: string; eventName: string | null; repo: string | null; inputs: Map<string, string>; dryRun: boolean; json: boolean }
  | { kind: 'profile'; login: string; inputs: Map<string, string>; json: boolean }
  | { kind: 'backtest'; repo: string; inputs: Map<string, string>; json: boolean };

const options = {
  event: { type: 'string' },
  'event-name': { type: 'string' },
  repo: { type: 'string' },
  since: { type: 'string' },
  max: { type: 'string' },
  input: { type: 'string', multiple: true },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

// Tokens stay out of argv: it is visible to every process on the machine and kept in shell history.
const tokenInputs: Record<string, string> = { 'github-token': 'GITHUB_TOKEN', 'org-token': 'ORG_TOKEN' };

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const inputs = parseInputs(values.input ?? []);
  const json = values.json ?? false;
  if (positionals[0] === 'profile') {
    const login = positionals[1];
    if (!login) throw new UsageError('profile needs a login: newcomer-triage profile <login>');
    if (positionals.length > 2) throw new UsageError(`profile takes one login, got: ${positionals.slice(1).join(' ')}`);
    if (!isPlainLogin(login)) throw new UsageError(`"${login}" is not a GitHub login (letters, digits and hyphens, up to 39)`);
    for (const flag of ['event', 'event-name', 'repo', 'dry-run'] as const) {
      if (values[flag] !== undefined) throw new UsageError(`--${flag} does not apply to profile (it never writes and has no event)`);
    }
    return { kind: 'profile', login, inputs, json };
  }
  if (positionals[0] === 'backtest') return parseBacktest(values, positionals, inputs, json);
  for (const flag of ['since', 'max'] as const) {
    if (values[flag] !== undefined) throw new UsageError(`--${flag} applies only to backtest (newcomer-triage backtest --repo owner/name --since YYYY-MM-DD)`);
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}": the commands are profile and backtest; see --help`);
  if (!values.event) throw new UsageError('--event <payload.json> is needed (or: newcomer-triage profile <login>); see --help');
  const repo = values.repo ?? null;
  if (repo !== null && !/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new UsageError(`--repo must be owner/name, got "${repo}"`);
  return { kind: 'event', eventPath: values.event, eventName: values['event-name'] ?? null, repo, inputs, dryRun: values['dry-run'] ?? false, json };
}

// `backtest --repo owner/name --since YYYY-MM-DD [--max N]`: --since and --max are the backtest-since and
// max-items inputs, parsed (and refused) by the same rules as the action's.
function parseBacktest(
  values: { [K in keyof typeof options]?: (typeof options)[K] extends { multiple: true } ? string[] : string | boolean },
  positionals: string[],
  inputs: Map<string, string>,
  json: boolean,
): Command {
  if (positionals.length > 1) throw new UsageError(`backtest takes no argument, got: ${positionals.slice(1).join(' ')}`);
  for (const flag of ['event', 'event-name', 'dry-run'] as const) {
    if (values[flag] !== undefined) throw new UsageError(`--${flag} does not apply to backtest (it never writes and replays the repo's past items)`);
  }
  const repo = values.repo;
  if (typeof repo !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new UsageError('backtest needs --repo owner/name');
  const since = values.since;
  if (typeof since !== 'string') throw new UsageError('backtest needs --since YYYY-MM-DD: the day from which past items are replayed');
  for (const [flag, input] of [
    ['--since', 'backtest-since'],
    ['--max', 'max-items'],
  ] as const) {
    if (inputs.has(input)) throw new UsageError(`${flag} and --input ${input}= say the same thing: give ${flag} only`);
  }
  inputs.set('backtest-since', since);
  if (typeof values.max === 'string') inputs.set('max-items', values.max);
  return { kind: 'backtest', repo, inputs, json };
}

function parseInputs(flags: string[]): Map<string, string> {
  const inputs = new Map<string, string>();
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    const name = eq < 0 ? flag : flag.slice(0, eq);
    if (eq < 0) throw new UsageError(`--input needs name=value, got "${name}"`);
    const env = tokenInputs[name];
    if (env) throw new UsageError(`${name} is not taken as a flag, so it stays out of shell history: set ${env} in the environment`);
    if (!(inputNames as readonly string[]).includes(name)) {
      throw new UsageError(`unknown input "${name}"; valid inputs: ${inputNames.filter((n) => !tokenInputs[n]).join(', ')}`);
    }
    inputs.set(name, flag.slice(eq + 1));
  }
  return inputs;
}

// parseArgs says "Unknown option '--x'. To specify a positional argument…"; the first sentence is what matters.
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const flag = /'([^']+)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown flag ${flag}; see --help`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${message.split('. ')[0] ?? message}; see --help`;
  return message;
}
