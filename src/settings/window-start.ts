import type { Settings } from './get-settings.js';

const dayMs = 86_400_000;
// GitHub's public events API keeps 30 days: the comments window is at most that.
export const eventsKeptDays = 30;

// Where the history window starts: activity-window-days before now, from the start of that UTC day. Whole
// days keep the searches (and the evidence links in a report comment) the same for every run of a day, so a
// re-run does not rewrite the report for a window that moved by minutes.
export function windowStart(settings: Settings, now: Date): Date {
  return startOfDay(now.getTime() - settings['activity-window-days'] * dayMs);
}

export function startOfDay(time: number): Date {
  return new Date(Math.floor(time / dayMs) * dayMs);
}

// The window of the comment signal: the history window, or GitHub's 30 days of events if shorter.
export function commentsWindowDays(settings: Settings): number {
  return Math.min(settings['activity-window-days'], eventsKeptDays);
}

export function commentsWindowStart(settings: Settings, now: Date): Date {
  return startOfDay(now.getTime() - commentsWindowDays(settings) * dayMs);
}
