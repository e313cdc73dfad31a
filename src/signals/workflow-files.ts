import type { Signal } from '../types.js';
import { unknownSignal } from './bands.js';

// Files that change what runs in CI: a PR touching them needs a careful look whoever wrote it.
export function isWorkflowFile(path: string): boolean {
  return path.startsWith('.github/workflows/') || /(^|\/)action\.ya?ml$/.test(path);
}

export function workflowFiles(files: string[] | null, reason: string): Signal {
  if (files === null) return unknownSignal('workflow-files', reason);
  const touched = files.filter(isWorkflowFile);
  return {
    id: 'workflow-files',
    level: touched.length > 0 ? 'yellow' : 'green',
    value: touched.length,
    detail:
      touched.length > 0
        ? `changes ${touched.slice(0, 3).join(', ')}${touched.length > 3 ? ` and ${touched.length - 3} more` : ''}`
        : `no workflow or action file among ${files.length} changed`,
  };
}
