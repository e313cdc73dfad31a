// The serial baseline: the same requests a run made, awaited one by one. Each logged request (method, path,
// query, body, token) is sent again with plain fetch, in the order the run started them, to a fresh fake over
// a copy of the dataset as it was before the run, at the same latency; the sum of their times is what the run's
// network part would have cost without any parallelism.
import { startFake, type Dataset, type RequestLogEntry } from '../../test/fake-github/index.js';

export interface SerialFigures {
  requests: number;
  totalMs: number; // sum of each request's round trip, measured by the client
  statusMismatches: number; // replayed answers whose status differs from the run's: the replay is not faithful
}

export async function replaySerially(pristine: Dataset, log: readonly RequestLogEntry[], latencyMs: number): Promise<SerialFigures> {
  const fake = await startFake(structuredClone(pristine), { latencyMs });
  const ordered = [...log].sort((a, b) => a.startedAt - b.startedAt);
  let totalMs = 0;
  let statusMismatches = 0;
  try {
    for (const entry of ordered) {
      const url = new URL(entry.path, fake.url);
      for (const [name, value] of Object.entries(entry.query)) url.searchParams.set(name, value);
      const hasBody = entry.body !== null && entry.body !== undefined;
      const started = performance.now();
      const response = await fetch(url, {
        method: entry.method,
        headers: {
          accept: 'application/vnd.github+json',
          'user-agent': 'newcomer-triage-bench',
          ...(entry.token ? { authorization: `token ${entry.token}` } : {}),
          ...(hasBody ? { 'content-type': 'application/json; charset=utf-8' } : {}),
        },
        ...(hasBody ? { body: typeof entry.body === 'string' ? entry.body : JSON.stringify(entry.body) } : {}),
      });
      await response.arrayBuffer();
      totalMs += performance.now() - started;
      if (response.status !== entry.status) statusMismatches += 1;
    }
  } finally {
    await fake.close();
  }
  return { requests: ordered.length, totalMs, statusMismatches };
}
