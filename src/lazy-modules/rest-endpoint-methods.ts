// Stands in for @octokit/plugin-rest-endpoint-methods in the bundle (tsconfig `paths`). @actions/github's
// getOctokit adds it to every client for `octokit.rest.*`, and the real module builds, when it is evaluated, a
// map of GitHub's ~1,000 REST endpoints from a 96 KB table: work before a triage's first request, for methods
// this action does not call (it names its routes: `octokit.request('GET /users/{username}/events/public')`).
// Here `octokit.rest` is the real plugin's, made on first use; until then the table is never evaluated. Only the
// bundle uses this file; Node never loads it.
import type { Octokit } from '@octokit/core';
import type * as Real from '../../node_modules/@octokit/plugin-rest-endpoint-methods/dist-types/index.js';
import type * as Version from '../../node_modules/@octokit/plugin-rest-endpoint-methods/dist-types/version.js';

export type { Api, RestEndpointMethodTypes } from '../../node_modules/@octokit/plugin-rest-endpoint-methods/dist-types/index.js';

// The file, not the package name: the name is this stand-in.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadReal = (): typeof Real => require('../../node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js') as typeof Real;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { VERSION } = require('../../node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js') as typeof Version;

// Octokit assigns what a plugin returns onto the client (which would read a getter at once): the lazy `rest`
// is defined on the client instead, and nothing is returned.
export function restEndpointMethods(octokit: Octokit): Real.Api {
  let rest: Real.Api['rest'] | undefined;
  Object.defineProperty(octokit, 'rest', {
    configurable: true,
    enumerable: true,
    get: () => (rest ??= loadReal().restEndpointMethods(octokit).rest),
  });
  return {} as Real.Api;
}
restEndpointMethods.VERSION = VERSION;

export function legacyRestEndpointMethods(octokit: Octokit): ReturnType<typeof Real.legacyRestEndpointMethods> {
  return loadReal().legacyRestEndpointMethods(octokit);
}
legacyRestEndpointMethods.VERSION = VERSION;
