import picomatch from 'picomatch';
import type { PrFiles } from '../fetch/get-pr-files.js';
import type { Signal } from '../types.js';
import { unknownSignal } from './bands.js';

// GitHub lists at most this many files of a PR.
export const listedFilesLimit = 3000;

// The contract's globs: case-sensitive, `*` inside one folder, `**` any depth including none, dot-files and
// dot-folders like any other name.
// Compiled once a run per list (a backfill asks for every PR): picomatch's first compile costs a triage about
// 2.5 ms, so a triage asks for it while GitHub answers (triage.ts) rather than after.
const compiled = new Map<string, (path: string) => boolean>();
export function sensitiveMatcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const key = JSON.stringify(globs);
  let matcher = compiled.get(key);
  if (!matcher) {
    matcher = picomatch([...globs], { dot: true, nocase: false });
    compiled.set(key, matcher);
  }
  return matcher;
}

// A PR that adds, changes, removes or renames (either name) a file where a change runs with the maintainers'
// rights, or steers their coding agents, needs a maintainer's eye whoever wrote it.
export function sensitiveFiles(files: PrFiles, globs: readonly string[], url: string): Signal {
  if (files.list === null) return unknownSignal('sensitive-files', files.failure ?? 'no data');
  const sensitive = sensitiveMatcher(globs);
  const touched = files.list.flatMap((f) => [f.path, ...(f.previous ? [f.previous] : [])]).filter(sensitive);
  const unique = [...new Set(touched)];
  if (unique.length > 0) {
    // Paths are the PR author's text: shown in the summary (escaped), never in the output's detail.
    const shown = unique.slice(0, 3).join(', ');
    return {
      id: 'sensitive-files',
      level: 'yellow',
      value: unique.length,
      detail: `changes ${unique.length} sensitive file${unique.length === 1 ? '' : 's'}`,
      url,
      quote: `${shown}${unique.length > 3 ? ` and ${unique.length - 3} more` : ''}`,
    };
  }
  const listed = files.list.length;
  const cut = (files.total !== null && listed < files.total) || listed >= listedFilesLimit;
  if (cut) {
    return {
      id: 'sensitive-files',
      level: 'unknown',
      value: null,
      detail: `GitHub listed ${listed} of ${files.total ?? 'more'} changed files and none of those is sensitive; the rest cannot be seen`,
      url,
    };
  }
  return { id: 'sensitive-files', level: 'green', value: 0, detail: `no sensitive file among ${listed} changed`, url };
}
