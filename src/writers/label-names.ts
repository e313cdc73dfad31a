import type { Settings } from '../settings/get-settings.js';

// The action's own labels, as the workflow names them (an empty name is a label it does not use). The reads
// ask for their node ids, so this is needed before any judging: it stays apart from the write planning.
export function labelNames(settings: Settings): string[] {
  const names = [settings['label-green'], settings['label-yellow'], settings['label-red'], settings['first-time-label']];
  return [...new Set(names.filter((n) => n !== ''))];
}
