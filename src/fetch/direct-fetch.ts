// The fetch under Octokit when no proxy applies: minipass-fetch (npm's own, maintained by GitHub's npm team),
// over node:http and node:https with keep-alive. Node's built-in fetch is undici, whose first call loads and
// compiles it: measured on Node 24, a first request over HTTPS took 42 ms from a cold start with it, 36 ms
// with minipass-fetch and 21 ms with node:https alone, and in a triage 13 ms less before the first request and
// 7 ms less between the waves (undici's lazily compiled response path). Behind a proxy the toolkit's own fetch
// (undici with its ProxyAgent, src/lazy-modules/undici.ts) is used instead, as before.
import { globalAgent as httpAgent } from 'node:http';
import { globalAgent as httpsAgent } from 'node:https';
import minipassFetch from 'minipass-fetch';

// Without an agent minipass-fetch sends `Connection: close`: every request a new connection (and, to
// api.github.com, a new TLS handshake). Node's global agents keep connections alive, so a triage's second
// wave goes out on the first wave's connections; idle, they do not hold the process open.
const agentFor = (url: URL) => (url.protocol === 'https:' ? httpsAgent : httpAgent);

export const directFetch: typeof fetch = (input, init) => {
  const url = typeof input === 'string' || input instanceof URL ? input : input.url;
  return minipassFetch(String(url), { ...init, agent: agentFor }) as unknown as Promise<Response>;
};
