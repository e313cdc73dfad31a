import type { Settings } from './get-settings.js';

const dayMs = 86_400_000;

// Where the history window starts: activity-window-days before now, from the start of that UTC day. Whole
// days keep the searches (and the evidence links in a report comment) the same for every run of a day, so a
// re-run does not rewrite the report for a window that moved by minutes.
export function windowStart(settings: Settings, now: Date): Date {
  return startOfDay(now.getTime() - settings['activity-window-days'] * dayMs);
}

export function startOfDay(time: number): Date {
  return new Date(Math.floor(time / dayMs) * dayMs);
}
