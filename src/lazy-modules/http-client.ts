// Stands in for @actions/http-client in the bundle (tsconfig `paths`): @actions/core imports it for OIDC
// tokens, which the action never asks for, and its imports of http and https (TLS set-up: about 15 ms of a
// 25-ms Node start) would be evaluated by every run, a skip included. @actions/github builds its clients
// synchronously, so the real module stays in the bundle and is evaluated on the first `new HttpClient()`:
// webpack turns this `require` into its own. Only the bundle uses this file; Node never loads it.
import type * as Real from '../../node_modules/@actions/http-client/lib/index.js';

// The file, not the package name: the name is this stand-in.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadHttpClient = (): typeof Real => require('../../node_modules/@actions/http-client/lib/index.js') as typeof Real;

// The one export its importers use; `new` gives them the real client.
export class HttpClient {
  constructor(...args: ConstructorParameters<typeof Real.HttpClient>) {
    return new (loadHttpClient().HttpClient)(...args);
  }
}
