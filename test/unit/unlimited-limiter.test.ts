// The limiter that stands in for a Bottleneck made with no options (the retry plugin's per request, the
// throttling plugin's retryLimiter): it must keep Bottleneck's retry contract, or a 502 is never retried.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { unlimitedLimiter } from '../../src/fetch/unlimited-limiter.js';

describe('unlimitedLimiter', () => {
  it('runs the job again after the wait a failed listener names, counting the retries', async () => {
    const limiter = unlimitedLimiter();
    const seen: number[] = [];
    limiter.on('failed', (_error, info) => {
      seen.push(info.retryCount);
      return info.retryCount < 2 ? 20 : undefined;
    });
    let tries = 0;
    const started = Date.now();
    const job = (a: unknown, b: unknown) => {
      tries += 1;
      return tries < 3 ? Promise.reject(new Error('502')) : Promise.resolve(`${String(a)}${String(b)}`);
    };
    assert.equal(await limiter.schedule(job, 'x', 'y'), 'xy');
    assert.equal(tries, 3);
    assert.deepEqual(seen, [0, 1]);
    assert.ok(Date.now() - started >= 35, 'waited between the tries');
  });

  it('gives the error back when no listener names a wait, or the one that would throws', async () => {
    const quiet = unlimitedLimiter();
    quiet.on('failed', () => null);
    await assert.rejects(
      quiet.schedule(() => Promise.reject(new Error('404'))),
      /404/,
    );
    const broken = unlimitedLimiter();
    // The retry plugin's listener reads error.request.request, which an aborted request's error has not.
    broken.on('failed', (error) => (error as { request: { request: { retries: number } } }).request.request.retries);
    broken.on('failed', () => undefined);
    await assert.rejects(
      broken.schedule(() => Promise.reject(new Error('aborted'))),
      /aborted/,
    );
  });

  it('takes job options first, as Bottleneck does, and runs the job at once', async () => {
    const limiter = unlimitedLimiter();
    let ran = false;
    const running = limiter.schedule(
      { priority: 0, weight: 0 },
      (n: unknown) => {
        ran = true;
        return Promise.resolve(n);
      },
      7,
    );
    assert.equal(ran, true, 'started without waiting for a timer');
    assert.equal(await running, 7);
  });
});
