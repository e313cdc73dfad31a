import type { Settings } from './get-settings.js';

// Where the history window starts: activity-window-days before now.
export function windowStart(settings: Settings, now: Date): Date {
  return new Date(now.getTime() - settings['activity-window-days'] * 86_400_000);
}
