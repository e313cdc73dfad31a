import { associations, signalIds } from '../types.js';
import { maxCommentLength } from '../writers/fit-comment.js';
import { markers } from '../writers/markers.js';
import { InputError } from './input-error.js';
import * as parse from './parsers.js';

// CI, automation and the files that steer coding agents: a malicious change there runs with the maintainers'
// rights.
export const defaultSensitivePaths = [
  '.github/workflows/**',
  '.github/actions/**',
  '**/action.yml',
  '**/action.yaml',
  '.github/dependabot.yml',
  '**/CODEOWNERS',
  '.devcontainer/**',
  '.vscode/**',
  '.claude/**',
  '.cursor/**',
  '.gemini/**',
  '**/AGENTS.md',
  '**/CLAUDE.md',
  '.github/copilot-instructions.md',
  '.github/instructions/**',
  '.mcp.json',
];

// Old signal ids still accepted in ignore-signals, with a warning.
const renamedSignals = { 'workflow-files': 'sensitive-files' } as const;

// Every input of action.yml: its default (the runner applies action.yml's, the CLI and tests rely on these; a
// test keeps the two equal) and its parser. The Settings type is derived from this table, so an input cannot
// be read without being declared here, nor declared without being parsed.
export const inputSpecs = {
  // Token for every read and write.
  'github-token': { default: '', parse: parse.secret },
  // Do everything except writes to GitHub; the summary lists what would have been written.
  'dry-run': { default: 'false', parse: parse.boolean },
  // author_association values that skip triage.
  'skip-associations': { default: 'OWNER,MEMBER,COLLABORATOR,CONTRIBUTOR', parse: parse.listOf(associations) },
  // Skip authors of type Bot or whose login ends in [bot].
  'skip-bots': { default: 'true', parse: parse.boolean },
  // Logins or numeric ids always skipped; an id still matches after a rename.
  'trusted-users': { default: '', parse: parse.users },
  // How far back history counts, in days.
  'activity-window-days': { default: '90', parse: parse.integer(1, 365) },
  'account-age-days': { default: '1095,90', parse: parse.band({ min: 0, max: 36500, whole: true, descending: true }) },
  'profile-fields': { default: '3,1', parse: parse.band({ min: 0, max: 7, whole: true, descending: true }) },
  'closed-unmerged-ratio': { default: '0.2,0.5', parse: parse.band({ min: 0, max: 1, whole: false, descending: false }) },
  'not-planned-issues': { default: '4,6', parse: parse.band({ min: 0, max: 1000, whole: true, descending: false }) },
  'repeated-titles': { default: '4,6', parse: parse.band({ min: 0, max: 1000, whole: true, descending: false }) },
  'repeated-comments': { default: '5,10', parse: parse.band({ min: 0, max: 1000, whole: true, descending: false }) },
  'external-prs-per-week': { default: '10,25', parse: parse.band({ min: 0, max: 10000, whole: true, descending: false }) },
  // Globs of files whose change by a newcomer needs a maintainer's eye (sensitive-files); empty: none.
  'sensitive-paths': { default: defaultSensitivePaths.join(','), parse: parse.list },
  // Signal ids left out of the verdict (still shown).
  'ignore-signals': { default: '', parse: parse.listOf(signalIds, renamedSignals) },
  'label-green': { default: '', parse: parse.text },
  'label-yellow': { default: 'triage: check', parse: parse.text },
  'label-red': { default: 'triage: careful review', parse: parse.text },
  'first-time-label': { default: 'first-time contributor', parse: parse.text },
  // Posted once to a first-time contributor; {author} and {repo} are replaced.
  'welcome-message': { default: '', parse: parse.text },
  // Post the triage report as a comment when the verdict is at least this.
  'report-comment': { default: 'never', parse: parse.oneOf(['never', 'yellow', 'red', 'always'] as const) },
  // Comment on a first-time contributor's merged PR.
  'merged-message': { default: '', parse: parse.text },
  // After a first-time contributor's PR is merged, invite them to the repo owner's org.
  'invite-to-org': { default: 'false', parse: parse.boolean },
  // Token with org admin rights, used only for the invitation.
  'org-token': { default: '', parse: parse.secret },
  // Fail the step when the verdict is at least this.
  'fail-on': { default: 'never', parse: parse.oneOf(['never', 'yellow', 'red'] as const) },
  'backfill-issues': { default: 'false', parse: parse.boolean },
  // Backfill: most PRs/issues triaged in one run; backtest: most past items replayed.
  'max-items': { default: '50', parse: parse.integer(1, 1000) },
  // On workflow_dispatch: replay the verdict on first-time contributors' items opened since this day (UTC).
  'backtest-since': { default: '', parse: parse.pastDay },
} as const;

export type InputName = keyof typeof inputSpecs;
export type Settings = { [K in InputName]: ReturnType<(typeof inputSpecs)[K]['parse']> };
export const inputNames = Object.keys(inputSpecs) as InputName[];

const labelInputs = ['label-green', 'label-yellow', 'label-red', 'first-time-label'] as const;

// Inputs whose empty value means "none" (no label, no message, nobody); any other input left empty, as
// `${{ vars.X }}` with X unset gives, takes its default.
const emptyMeansNone: readonly InputName[] = [
  'skip-associations',
  'trusted-users',
  'ignore-signals',
  'sensitive-paths',
  'label-green',
  'label-yellow',
  'label-red',
  'first-time-label',
  'welcome-message',
  'merged-message',
  'org-token',
];

// Reads every input through `read` (the runner's INPUT_* variables in the action, --input flags in the CLI).
// `undefined` is an input nobody set (the runner sets every input of action.yml, defaults included, so only
// tests and the CLI leave one unset); it takes the default.
export function getSettings(read: (name: string) => string | undefined): Settings {
  const settings: Record<string, unknown> = {};
  for (const name of inputNames) {
    const raw = read(name);
    const spec = inputSpecs[name];
    const unset = raw === undefined || (raw.trim() === '' && !emptyMeansNone.includes(name));
    settings[name] = spec.parse(name, unset ? spec.default : raw);
  }
  return checkCombinations(settings as Settings);
}

// What an input's value is still accepted for but should change: warnings for the run's summary and log.
export function inputNotices(read: (name: string) => string | undefined): string[] {
  const used = parse.splitList(read('ignore-signals') ?? '').map((e) => e.toLowerCase());
  return Object.entries(renamedSignals)
    .filter(([old]) => used.includes(old))
    .map(([old, now]) => `ignore-signals: "${old}" is now called "${now}" (it also covers CI and coding-agent files); it was read as "${now}".`);
}

function checkCombinations(settings: Settings): Settings {
  for (const name of labelInputs) {
    const label = settings[name].trim();
    // GitHub refuses label names over 50 characters; better to say so before the run than on the write.
    if (label.length > 50) throw new InputError(name, label, 'allowed is a label name of at most 50 characters, or empty for none');
    settings[name] = label;
  }
  // A template that alone is over GitHub's comment limit can never be posted (422); one that grows past it
  // only when {author} and {repo} are filled in is cut at the write (fit-comment.ts).
  for (const [name, kind] of [
    ['welcome-message', 'welcome'],
    ['merged-message', 'merged'],
  ] as const) {
    const most = maxCommentLength - markers[kind].length - 1;
    const length = settings[name].length;
    if (length > most) {
      throw new InputError(
        name,
        `${settings[name].slice(0, 40)}…`,
        `it is ${length} characters long; allowed is a message of at most ${most} characters (GitHub takes ${maxCommentLength} in a comment, the action's hidden marker the rest), or empty for none`,
      );
    }
  }
  if (settings['invite-to-org'] && settings['org-token'] === '') {
    throw new InputError('invite-to-org', 'true', "'org-token' must be set (a token with admin:org) when invitations are on");
  }
  return settings;
}

// Every run reads with the token, so an empty one (a secret that is not set) is a bad input, reported before
// any request. Apart from getSettings because only the action takes the token from an input.
export function requireToken(settings: Settings): void {
  if (settings['github-token'] === '') {
    throw new InputError('github-token', null, 'it is empty; give the workflow token (the default, ${{ github.token }}) or a secret that is set');
  }
}
