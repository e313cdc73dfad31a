// Shared types of the fake GitHub: what tests configure and what the fake records.
import type { Dataset } from './dataset.js';

export interface RequestLogEntry {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  // 0 while the request is still open (a hanging fault, or cut by close()).
  status: number;
  startedAt: number;
  endedAt: number;
  // Requests in flight when this one started, itself included.
  inFlight: number;
  token: string | null;
  graphqlOperation?: string;
  // GitHub's node count of the query (graphql-nodes.ts).
  graphqlNodes?: number;
  // The client had gone (its own timeout) when the answer was ready: it never saw `status`.
  abandoned?: boolean;
}

export interface FaultRule {
  method?: string;
  // A string is an exact pathname; '/graphql' for GraphQL.
  path: RegExp | string;
  // GraphQL only: the operation name (`query Profile ...`) the rule applies to; others pass.
  operation?: string;
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  // A body sent as is instead of JSON (GitHub's HTML "Unicorn" page), with `contentType` (default text/html).
  rawBody?: string;
  contentType?: string;
  // How many requests the rule applies to; default: always.
  times?: number;
  // Never answer (until close()).
  hang?: boolean;
  // Extra latency on top of latencyMs.
  delayMs?: number;
  // Perform the write, then answer with `status`: a lost answer.
  applyThenFail?: boolean;
  // Answer as GitHub would, then change the JSON body: answers GitHub gives in cases the dataset cannot make
  // (a search it counted but did not list, nodes the token may not read).
  transform?: (body: unknown) => unknown;
}

export interface FakeOptions {
  latencyMs?: number;
  readOnlyToken?: boolean;
  // REST core (and GraphQL) quota; 0: every request is refused as rate limited.
  rateLimitRemaining?: number;
  // Requests with this token act as dataset.orgViewer.
  orgToken?: string;
  // The workflow token as a classic OAuth token with these scopes (e.g. gh's: repo, read:org, gist). Unset:
  // an installation token (GITHUB_TOKEN), which has no scopes to check.
  oauthScopes?: string[];
  // A token GitHub refuses User.email to field by field (FORBIDDEN at the field's path, the user nulled, since
  // email is non-null), rather than refusing the whole document as it does a classic token lacking user:email.
  emailForbidden?: boolean;
  // Tokens GitHub no longer accepts (expired, revoked): every request with one is answered 401 Bad credentials.
  revokedTokens?: string[];
  // Heavy queries time out as on GitHub, which stops a query at 10 s: a query of more than `overNodes` nodes
  // (GitHub's count) is answered after `afterMs` (default 0, on top of latency) in one of GitHub's three ways:
  // 502 or 200 with `data: null` and "Something went wrong … may be the result of a timeout", or 504 "We
  // couldn't respond to your request in time".
  graphqlTimeout?: { overNodes: number; answer: 200 | 502 | 504; afterMs?: number };
}

// What a route answers; the server adds GitHub's common headers.
export interface FakeResponse {
  status: number;
  body?: unknown;
  // Sent as is (not JSON), with this content type (default text/html).
  rawBody?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

// What a route handler sees of one request.
export interface RouteContext {
  data: Dataset;
  // The fake's own base URL, for the *_url fields.
  baseUrl: string;
  // The login behind the request's token.
  identity: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  path: string;
}
