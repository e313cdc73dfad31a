// The action's inputs for a local run: --input flags in place of `with:`, tokens from the environment, and the
// same parsing (and the same errors) as the action, since it is the same getSettings.
import { getSettings, type Settings } from '../settings/get-settings.js';
import { InputError } from '../settings/input-error.js';
import type { GitHubEnv } from './environment.js';
import { UsageError } from './usage.js';

export function readSettings(inputs: Map<string, string>, env: GitHubEnv, dryRun: boolean): Settings {
  // undefined: an input not given, which takes its default; an empty --input name= means "none" where the
  // action's inputs allow it (labels, messages, lists), as an empty `with:` value does.
  const read = (name: string): string | undefined => {
    if (name === 'github-token') return env.token;
    if (name === 'org-token') return env.orgToken || undefined;
    if (name === 'dry-run' && dryRun) return 'true';
    return inputs.get(name);
  };
  try {
    return getSettings(read);
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
}
