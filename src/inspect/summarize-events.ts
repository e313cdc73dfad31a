import type { PublicEvent } from '../fetch/get-public-events.js';

export interface Activity {
  total: number;
  byType: Record<string, number>;
  repos: number;
  // Events per week, oldest week first, covering the window.
  weekly: number[];
}

const dayMs = 86_400_000;

// GitHub's pages can overlap when new events arrive between two reads, so events are deduped by id.
export function summarizeEvents(events: PublicEvent[], since: Date, now: Date): Activity {
  const seen = new Set<string>();
  const kept = events.filter((e) => {
    const t = new Date(e.createdAt).getTime();
    if (seen.has(e.id) || Number.isNaN(t) || t < since.getTime() || t > now.getTime()) return false;
    seen.add(e.id);
    return true;
  });
  const weeks = Math.max(1, Math.ceil((now.getTime() - since.getTime()) / (7 * dayMs)));
  const weekly = new Array<number>(weeks).fill(0);
  const byType: Record<string, number> = {};
  for (const e of kept) {
    const age = Math.floor((now.getTime() - new Date(e.createdAt).getTime()) / (7 * dayMs));
    const index = weeks - 1 - Math.min(age, weeks - 1);
    weekly[index] = (weekly[index] ?? 0) + 1;
    byType[e.type] = (byType[e.type] ?? 0) + 1;
  }
  return { total: kept.length, byType, repos: new Set(kept.map((e) => e.repo)).size, weekly };
}

const bars = '▁▂▃▄▅▆▇█';

// One bar per week, scaled to the busiest week; a week with no event is the lowest bar.
export function sparkline(values: number[]): string {
  const max = Math.max(0, ...values);
  return values.map((v) => (max === 0 ? bars[0] : bars[Math.min(bars.length - 1, Math.round((v / max) * (bars.length - 1)))])).join('');
}
