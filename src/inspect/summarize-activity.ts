import type { PublicEvent } from '../fetch/get-public-events.js';

export interface Activity {
  // Contributions per week over the whole window, oldest week first (GitHub's contribution calendar); null
  // when the calendar could not be read.
  weekly: number[] | null;
  contributions: number;
  // The public events of the last `days` days (GitHub keeps 30): what kind, and how many repos.
  events: { total: number; byType: Record<string, number>; repos: number; days: number } | null;
}

const dayMs = 86_400_000;
const weekMs = 7 * dayMs;

// The calendar gives the long view, the events the recent detail. GitHub's event pages can overlap when new
// events arrive between two reads, so events are deduped by id.
export function summarizeActivity(
  calendar: { date: string; count: number }[] | null,
  events: PublicEvent[] | null,
  window: { since: Date; eventsSince: Date; eventsDays: number; now: Date },
): Activity | null {
  if (!calendar && !events) return null;
  const { since, eventsSince, now } = window;
  return {
    weekly: calendar && weeklyOf(calendar, since, now),
    contributions: calendar?.reduce((sum, d) => sum + d.count, 0) ?? 0,
    events: events && eventsOf(events, eventsSince, now, window.eventsDays),
  };
}

function weeklyOf(calendar: { date: string; count: number }[], since: Date, now: Date): number[] {
  const weeks = Math.max(1, Math.ceil((now.getTime() - since.getTime()) / weekMs));
  const weekly = new Array<number>(weeks).fill(0);
  // A calendar day is a whole day; its week is counted from the day's end so today's falls in the last week.
  for (const day of calendar) {
    const end = Date.parse(`${day.date}T00:00:00Z`) + dayMs;
    if (Number.isNaN(end) || end <= since.getTime()) continue;
    const age = Math.floor(Math.max(0, now.getTime() - end) / weekMs);
    const index = weeks - 1 - Math.min(age, weeks - 1);
    weekly[index] = (weekly[index] ?? 0) + day.count;
  }
  return weekly;
}

function eventsOf(events: PublicEvent[], since: Date, now: Date, days: number): NonNullable<Activity['events']> {
  const seen = new Set<string>();
  const kept = events.filter((e) => {
    const t = Date.parse(e.createdAt);
    if (seen.has(e.id) || Number.isNaN(t) || t < since.getTime() || t > now.getTime()) return false;
    seen.add(e.id);
    return true;
  });
  const byType: Record<string, number> = {};
  for (const e of kept) byType[e.type] = (byType[e.type] ?? 0) + 1;
  return { total: kept.length, byType, repos: new Set(kept.map((e) => e.repo)).size, days };
}

const bars = '▁▂▃▄▅▆▇█';

// One bar per week, scaled to the busiest week; a week with no contribution is the lowest bar.
export function sparkline(values: number[]): string {
  const max = Math.max(0, ...values);
  return values.map((v) => (max === 0 ? bars[0] : bars[Math.min(bars.length - 1, Math.round((v / max) * (bars.length - 1)))])).join('');
}
