import type { RequestStats } from '../../fetch/request-stats.js';

// Keeps a long replay from spending the token's whole hourly quota (other workflows share it): work starts
// only while what GitHub says is left, less what is already under way, stays above a reserve.
export class QuotaGuard {
  private pending = 0;

  constructor(private readonly stats: RequestStats) {}

  // 5 % of the limit, and never under 50 requests.
  static reserveOf(limit: number): number {
    return Math.max(50, Math.ceil(limit * 0.05));
  }

  // Why no more work may start (`cost` requests), or null when it may.
  refusal(cost: number): string | null {
    const limits = Object.values(this.stats.rateLimits);
    const tightest = limits.sort((a, b) => a.remaining - b.remaining)[0];
    if (!tightest) return null;
    const reserve = QuotaGuard.reserveOf(tightest.limit);
    if (tightest.remaining - this.pending - cost >= reserve) return null;
    return `GitHub's ${tightest.resource} rate limit is down to ${tightest.remaining} of ${tightest.limit} (resets ${tightest.resetAt.slice(11, 16)} UTC), and ${reserve} are kept for other work`;
  }

  async run<T>(cost: number, work: () => Promise<T>): Promise<T> {
    this.pending += cost;
    try {
      return await work();
    } finally {
      this.pending -= cost;
    }
  }
}

// Runs `tasks` with at most `width` under way, each started only while `refusal()` is null; returns the
// results of those that ran (in task order) and the refusal that stopped the rest.
export async function runBounded<T>(
  tasks: (() => Promise<T>)[],
  width: number,
  refusal: () => string | null,
): Promise<{ results: (T | undefined)[]; stopped: string | null }> {
  const results: (T | undefined)[] = tasks.map(() => undefined);
  let next = 0;
  let stopped: string | null = null;
  const worker = async (): Promise<void> => {
    while (next < tasks.length && stopped === null) {
      stopped = refusal();
      if (stopped !== null) return;
      const index = next++;
      const task = tasks[index];
      if (task) results[index] = await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
  return { results, stopped };
}
