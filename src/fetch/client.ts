import { getOctokit } from '@actions/github';
// The proxy-aware fetch the toolkit builds for GITHUB_API_URL: `@actions/github/lib/utils` is the package's
// exported entry for extending its Octokit (its README's plugin example), not an internal path.
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import type BottleneckTypes from 'bottleneck';
import Bottleneck from 'bottleneck/light.js';
import { directFetch } from './direct-fetch.js';
import { unlimitedLimiter } from './unlimited-limiter.js';
import { usesProxy } from './uses-proxy.js';
import { newRequestStats, type RequestStats } from './request-stats.js';

export type { RequestStats } from './request-stats.js';

// Most requests in flight at once, for the whole run: the fan-out bound (create-pull-request uses 8 too).
export const maxConcurrent = 8;
// The client's clock: GitHub's own limits, kept as options so that tests can run them in process on a
// shorter scale. A run always takes the defaults.
export interface ClientTiming {
  // GitHub ends a query itself after 10 s and its gateway answers 502 or 504; waiting 15 s lets that answer
  // (which says what happened) arrive, where a shorter wait would only see our own abort.
  requestTimeoutMs: number;
  // Between two notifying writes of a backfill: GitHub allows about 80 content-creating requests a minute.
  notificationSpacingMs: number;
  // The retry plugin's backoff unit: a retry waits this times the square of its number.
  retryBaseMs: number;
}
export const defaultTiming: ClientTiming = { requestTimeoutMs: 15_000, notificationSpacingMs: 1_000, retryBaseMs: 1_000 };
// Tries per request: the first and two retries.
const maxTries = 3;
// Answers that a retry cannot change, and 403/429, which only the throttling plugin retries (for rate limits,
// honouring retry-after); were the retry plugin to retry them too, one request could take nine tries.
const neverRetry = [400, 401, 403, 404, 410, 422, 429, 451];

export type Octokit = ReturnType<typeof getOctokit>;
export interface Client {
  octokit: Octokit;
  stats: RequestStats;
  // Aborted when GitHub refused a write because the repository is archived: the writes still waiting their
  // turn (paced comments) are then never sent.
  stopWrites: AbortController;
}

export interface ClientOptions {
  token: string;
  baseUrl: string;
  // Ends every request still under way when the run's budget is spent.
  deadline: AbortSignal;
  // Space out requests that notify people (comments, invitations): a backfill can post hundreds, and GitHub
  // allows about 80 content-creating requests a minute before its secondary limit.
  paceNotifications?: boolean;
  // Where notices go (retries after a secondary limit): the job log in the action, stderr in the CLI.
  log?: (line: string) => void;
  // The run's meter, when the run keeps one (so a failed run still reports its requests); else a new one.
  stats?: RequestStats;
  timing?: Partial<ClientTiming>;
  // The input the token came from, for the error a 401 ends the run with.
  tokenInput?: string;
}

export function createClient(options: ClientOptions): Client {
  // By default the job log, as core.info writes it (a line on stdout): importing @actions/core here would
  // evaluate a second copy of it in dist/modes on every triage.
  const log = options.log ?? ((line: string) => console.log(line));
  const stats = options.stats ?? newRequestStats();
  const timing = { ...defaultTiming, ...options.timing };
  // The throttling plugin's default groups space writes and GraphQL queries 1 s apart and comments 3 s apart;
  // a triage issues a handful at once, so they share the one concurrency bound (`global`, which every request
  // passes) instead, and secondary limits are handled when GitHub signals them (retry-after). The write and
  // search groups only space their requests, so they are left out (`passThrough`): a Bottleneck that limits
  // nothing still costs each request a few timer turns, and queued a write wave's dispatch one by one.
  // Comments stay paced in a backfill. `global`, `auth` and `retryLimiter` are honoured by the plugin but not
  // in its type.
  const throttle: ThrottlingOptions & { global: BottleneckTypes.Group; auth: BottleneckTypes.Group; retryLimiter: BottleneckTypes } = {
    global: boundedGroup(maxConcurrent),
    retryLimiter: unlimitedLimiter() as unknown as BottleneckTypes,
    // The plugin also builds its five default groups, real Bottleneck Groups, on the first request even when
    // every one is given, as here: about 1 ms of compile and set-up before the first read leaves. Its Bottleneck
    // option is used for nothing else but its Events, which stay Bottleneck's own.
    Bottleneck: {
      Group: function Group() {
        return passThrough;
      },
      Events: Bottleneck.Events,
    } as unknown as typeof BottleneckTypes,
    auth: passThrough,
    write: passThrough,
    search: passThrough,
    notifications: options.paceNotifications ? new Bottleneck.Group({ maxConcurrent: 1, minTime: timing.notificationSpacingMs }) : passThrough,
    onRateLimit: (retryAfter, request) => {
      // The primary quota resets within the hour; waiting it out would hold the job, so the read fails and
      // its signals become unknown.
      stats.warnings.push(`GitHub's rate limit is exhausted (resets in ${retryAfter} s): ${request.method} ${request.url} was not retried`);
      return false;
    },
    onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
      const again = retryCount < maxTries - 1 && retryAfter <= 60;
      log(`Secondary rate limit on ${request.method} ${request.url}: ${again ? `retrying in ${retryAfter} s` : 'giving up'}`);
      return again;
    },
  };
  // Through a proxy the toolkit's fetch; else direct-fetch.ts.
  const innerFetch = usesProxy(options.baseUrl) ? ((defaults.request?.fetch as typeof fetch | undefined) ?? fetch) : directFetch;
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      request: { fetch: countingFetch(innerFetch, stats, options.deadline, timing.requestTimeoutMs, options.tokenInput ?? 'github-token') },
      retry: { doNotRetry: neverRetry, retries: maxTries - 1, retryAfterBaseValue: timing.retryBaseMs },
      throttle,
    },
    retry,
    throttling,
  );
  // The retry plugin counts a request's tries in `options.request`, which is the defaults' one object for every
  // request of the client: two requests failing at once added up each other's tries, so the second backed off
  // 4 s and 9 s instead of 1 s and 4 s. Each request gets its own copy, before the plugins see it.
  octokit.hook.before('request', (endpoint) => {
    endpoint.request = { ...endpoint.request };
  });
  // Octokit parses every JSON answer with json-with-bigint's reviver, one JS call per value (on Node 20 a regex
  // pass over the text first): the largest cost of a triage's answers after the network, ~8 ms in a profile.
  // GitHub's numbers all fit a double (ids are below 2^53), so a plain JSON.parse gives the same data. Only
  // answers Octokit would have parsed get here: 204, 205 and HEAD come back with no body to read, and errors
  // are parsed by Octokit before they are thrown.
  // before-after-hook gives every hook of the chain the one options object it was called with, whatever a hook
  // passes on (an object handed to `request` here was ignored by the plugins' hooks inside, so Octokit still
  // parsed every answer): the flag is set on that object.
  octokit.hook.wrap('request', async (request, endpoint) => {
    endpoint.request = { ...endpoint.request, parseSuccessResponseBody: false };
    const response = await request(endpoint);
    response.data = await plainBody(response.data, response.headers['content-type']);
    return response;
  });
  return { octokit, stats, stopWrites: new AbortController() };
}

// A success answer's body as Octokit gives it: JSON parsed (or its text, as Octokit, when it does not parse),
// and any other answer as text (this client reads no binary). The body is minipass-fetch's stream or, through
// a proxy, undici's ReadableStream: both are read as an async iterable of bytes.
async function plainBody(body: unknown, contentType: string | undefined): Promise<unknown> {
  if (body === null || typeof body !== 'object' || !(Symbol.asyncIterator in body)) return body;
  const chunks: Uint8Array[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array>) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!contentType || !/^application\/([\w.-]+\+)?json\b/i.test(contentType)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

// Groups as the plugin uses them: it awaits `group.key(id).schedule(options, job, ...args)` for every request.
// One that holds nothing back:
const passThrough = {
  key: () => ({ schedule: async (_options: unknown, job: () => Promise<void>) => job() }),
} as unknown as BottleneckTypes.Group;

// One that lets `limit` jobs run at once and starts the next as one ends, in order, with no timer in between
// (Bottleneck's own takes a few timer turns a job, and a wave's requests left one by one).
function boundedGroup(limit: number): BottleneckTypes.Group {
  let running = 0;
  const waiting: (() => void)[] = [];
  const schedule = async <T>(_options: unknown, job: (...args: unknown[]) => Promise<T>, ...args: unknown[]): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await job(...args);
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
  return { key: () => ({ schedule }) } as unknown as BottleneckTypes.Group;
}

function countingFetch(inner: typeof fetch, stats: RequestStats, deadline: AbortSignal, requestTimeoutMs: number, tokenInput: string): typeof fetch {
  return async (input, init) => {
    // Not `instanceof Request`: reading that global loads Node's own undici (Octokit passes a string).
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const method = (init?.method ?? 'GET').toUpperCase();
    const route = `${method} ${url.pathname}`;
    // A write called off while it waited its turn (Client.stopWrites) is not sent, nor counted.
    init?.signal?.throwIfAborted();
    stats.requests += 1;
    if (url.pathname.endsWith('/graphql')) stats.graphql += 1;
    else if (method === 'GET' || method === 'HEAD') stats.restReads += 1;
    else stats.restWrites += 1;
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    const timeout = AbortSignal.timeout(requestTimeoutMs);
    const signals = [timeout, deadline, ...(init?.signal ? [init.signal] : [])];
    try {
      const response = await inner(input, { ...init, signal: AbortSignal.any(signals) });
      recordRateLimit(stats, response.headers);
      if (response.status === 401) stats.refusedToken ??= tokenInput;
      return response;
    } catch (error) {
      if (timeout.aborted || deadline.aborted) {
        stats.timedOut.push(route);
        // Octokit passes an AbortError through without wrapping it, so the retry plugin does not retry it:
        // a request that hung once is not given another 15 s.
        const abort = new Error(`${route} got no answer within ${timeout.aborted ? requestTimeoutMs / 1000 + ' s' : "the run's time budget"}`);
        abort.name = 'AbortError';
        // Our wait for GitHub's own timeout answer ran out, not the run's budget: a smaller query may pass.
        throw Object.assign(abort, { requestTimeout: timeout.aborted });
      }
      throw error;
    } finally {
      stats.inFlight -= 1;
    }
  };
}

function recordRateLimit(stats: RequestStats, headers: Headers): void {
  const remaining = headers.get('x-ratelimit-remaining');
  const reset = headers.get('x-ratelimit-reset');
  if (remaining === null || reset === null) return;
  const resource = headers.get('x-ratelimit-resource') ?? 'core';
  stats.rateLimits[resource] = {
    resource,
    remaining: Number(remaining),
    limit: Number(headers.get('x-ratelimit-limit') ?? 0),
    resetAt: new Date(Number(reset) * 1000).toISOString(),
  };
}
