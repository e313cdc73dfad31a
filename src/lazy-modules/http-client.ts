// Stands in for @actions/http-client in the bundle (tsconfig `paths`). Its importers are @actions/core, for OIDC
// tokens, which the action never asks for, and @actions/github, which builds two clients when it is imported:
// one for the proxy dispatcher its fetch uses, one for `request.agent`, an http(s) Agent that Octokit's fetch
// never reads (@octokit/request passes no agent to fetch). The real module imports http and https (TLS set-up:
// about 6 ms of every run), so these clients answer those two questions from the environment alone, through the
// real proxy rules (uses-proxy.ts); only a proxy, or any other method, loads the real
// client, which stays in the bundle: webpack turns these `require`s into its own. Only the bundle uses this
// file; Node never loads it.
import type * as Real from '../../node_modules/@actions/http-client/lib/index.js';
import { usesProxy } from '../fetch/uses-proxy.js';

// The file, not the package name: the name is this stand-in.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadHttpClient = (): typeof Real => require('../../node_modules/@actions/http-client/lib/index.js') as typeof Real;

type RealClient = InstanceType<typeof Real.HttpClient>;

// `new` gives a client whose every property is the real client's, made on first use, except the two lookups
// above when no proxy applies: `getAgentDispatcher` is then undefined, as the real one answers, and `getAgent`
// undefined too, where the real one would build an Agent nobody uses.
export class HttpClient {
  constructor(...args: ConstructorParameters<typeof Real.HttpClient>) {
    let real: RealClient | undefined;
    const client = (): RealClient => (real ??= new (loadHttpClient().HttpClient)(...args));
    const direct: Partial<Record<PropertyKey, (serverUrl: string) => unknown>> = {
      getAgent: (serverUrl) => (usesProxy(serverUrl) ? client().getAgent(serverUrl) : undefined),
      getAgentDispatcher: (serverUrl) => (usesProxy(serverUrl) ? client().getAgentDispatcher(serverUrl) : undefined),
    };
    return new Proxy(this, {
      get: (_target, key) => direct[key] ?? (Reflect.get(client(), key) as unknown),
      set: (_target, key, value) => Reflect.set(client(), key, value),
    });
  }
}
