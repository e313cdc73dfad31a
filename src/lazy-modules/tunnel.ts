// Stands in for tunnel in the bundle (tsconfig `paths`): @actions/http-client imports it for its proxy agents,
// which only a run behind a proxy builds. They are built synchronously, so the real module stays in the
// bundle and is evaluated on the first call rather than at start: webpack turns this `require` into its own
// (a .ts file is parsed as mixed ESM and CommonJS). Only the bundle uses this file; Node never loads it.
import type { Agent } from 'node:http';

type MakeAgent = (options: object) => Agent;
interface Tunnel {
  httpOverHttp: MakeAgent;
  httpsOverHttp: MakeAgent;
  httpOverHttps: MakeAgent;
  httpsOverHttps: MakeAgent;
}

// The file, not the package name: the name is this stand-in.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadTunnel = (): Tunnel => require('../../node_modules/tunnel/index.js') as Tunnel;

export const httpOverHttp: MakeAgent = (options) => loadTunnel().httpOverHttp(options);
export const httpsOverHttp: MakeAgent = (options) => loadTunnel().httpsOverHttp(options);
export const httpOverHttps: MakeAgent = (options) => loadTunnel().httpOverHttps(options);
export const httpsOverHttps: MakeAgent = (options) => loadTunnel().httpsOverHttps(options);
