import type { Settings } from '../settings/get-settings.js';
import { commentsWindowDays, commentsWindowStart, windowStart } from '../settings/window-start.js';

// The windows a mode reads: the history from activity-window-days back to now, the events from at most 30
// days back (all GitHub keeps).
export function readWindow(settings: Settings, now: Date): { since: Date; until: Date; eventsSince: Date; eventsDays: number; now: Date } {
  return { since: windowStart(settings, now), until: now, eventsSince: commentsWindowStart(settings, now), eventsDays: commentsWindowDays(settings), now };
}
