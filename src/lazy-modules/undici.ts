// Stands in for undici in the bundle (tsconfig `paths`; ncc follows them). @actions/http-client imports undici
// for a proxy's dispatcher and @actions/github for the fetch it gives Octokit, so every run, a skip included,
// would compile and evaluate its 0.9 MB. Only a run behind a proxy needs it: without one, the client does
// not use the toolkit's fetch at all (src/fetch/direct-fetch.ts); with one, the real undici (dist/undici,
// real-undici.ts) is loaded on the first request. A fetch without a dispatcher (none applies to
// GITHUB_API_URL, though one does to the client's URL) goes through Node's own. Only the bundle uses this
// file; Node never loads it from build/.
import type * as Undici from '../../node_modules/undici/index.js';

type RealProxyAgent = InstanceType<typeof Undici.ProxyAgent>;
type FetchInit = RequestInit & { dispatcher?: unknown };

let undici: Promise<typeof Undici> | undefined;

// Not bundled here (webpackIgnore): each bundle would carry its own 0.9 MB copy.
function loadUndici(): Promise<typeof Undici> {
  undici ??= import(/* webpackIgnore: true */ '#undici').then((module) => module.default);
  return undici;
}

// What @actions/http-client builds for HTTPS_PROXY / HTTP_PROXY: the options, kept until a request needs
// the real agent.
export class ProxyAgent {
  readonly options: Undici.ProxyAgent.Options;
  #agent: Promise<RealProxyAgent> | undefined;

  constructor(options: Undici.ProxyAgent.Options) {
    this.options = options;
  }

  real(): Promise<RealProxyAgent> {
    this.#agent ??= loadUndici().then(({ ProxyAgent: Agent }) => new Agent(this.options));
    return this.#agent;
  }
}

export async function fetch(input: string | URL | Request, init?: FetchInit): Promise<Response> {
  const { dispatcher, ...rest } = init ?? {};
  if (dispatcher === undefined) return globalThis.fetch(input, rest);
  if (!(dispatcher instanceof ProxyAgent)) throw new Error('undici stand-in: only the proxy agent of @actions/http-client can dispatch');
  const [real, agent] = await Promise.all([loadUndici(), dispatcher.real()]);
  return real.fetch(input as Parameters<typeof real.fetch>[0], {
    ...(rest as Parameters<typeof real.fetch>[1]),
    dispatcher: agent,
  }) as unknown as Promise<Response>;
}
