// A limiter that limits nothing, in Bottleneck's shape (`schedule`, `on('failed')`): the job runs at once, and a
// 'failed' listener that returns a number of milliseconds has it run again after that wait, with
// `info.retryCount` the retries so far (Bottleneck's contract for retries, which both Octokit plugins rely on).
// Bottleneck's own, even with no limit, passes each job through its queue with a few timer turns: each request
// waited about 3 ms before it left, one after another in a wave, and again on its answer.
type Job = (...args: unknown[]) => Promise<unknown>;
type Failed = (error: unknown, info: { args: unknown[]; retryCount: number }) => unknown;

export interface UnlimitedLimiter {
  schedule(...args: unknown[]): Promise<unknown>;
  on(event: string, listener: Failed): void;
}

export function unlimitedLimiter(): UnlimitedLimiter {
  const onFailed: Failed[] = [];
  return {
    // schedule(job, ...args) or, as Bottleneck also takes it, schedule(jobOptions, job, ...args): with no limit,
    // the options (priority, weight) change nothing.
    async schedule(...given: unknown[]): Promise<unknown> {
      const [job, ...args] = (typeof given[0] === 'function' ? given : given.slice(1)) as [Job, ...unknown[]];
      for (let retryCount = 0; ; retryCount++) {
        try {
          return await job(...args);
        } catch (error) {
          // Every listener hears of it; the first to name a wait decides, and one that throws names none (as in
          // Bottleneck's Events.trigger): the retry plugin's reads `error.request`, which an abort has not.
          const answers = await Promise.all(
            onFailed.map(async (listener) => {
              try {
                return await listener(error, { args, retryCount });
              } catch {
                return undefined;
              }
            }),
          );
          const waitMs = answers.find((answer) => answer !== undefined && answer !== null);
          if (typeof waitMs !== 'number') throw error;
          await new Promise((resolve) => setTimeout(resolve, waitMs));
        }
      }
    },
    on(event, listener) {
      if (event === 'failed') onFailed.push(listener);
    },
  };
}
