import type { Client } from './client.js';

// A piece of a query: its variables (name → GraphQL type and value) and its selection, alias-prefixed so that
// several parts (several authors, a thread) go to GitHub as one request.
export interface QueryPart {
  variables: Record<string, { type: string; value: unknown }>;
  selection: string;
}

export interface GraphqlError {
  path: string; // first path element: the alias that failed
  field: string; // last path element: the field that failed (`email` of a user)
  type: string;
  message: string;
}

export interface QueryResult {
  data: Record<string, unknown>;
  errors: GraphqlError[];
  // Set when the request as a whole failed (timeout, 5xx after retries, quota): no part has data.
  failure: string | null;
  // The failure was GitHub's 10-s timeout (or ours, waiting for it): a smaller query may get through.
  timedOut: boolean;
}

export interface QueryOptions {
  // Retries of the whole request; a batch that can be asked again in halves takes none (runInHalves).
  retries?: number;
}

export function composeQuery(name: string, parts: QueryPart[]): { query: string; variables: Record<string, unknown> } {
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [key, { type, value }] of Object.entries(part.variables)) {
      definitions.push(`$${key}: ${type}`);
      variables[key] = value;
    }
  }
  const head = definitions.length > 0 ? `(${definitions.join(', ')})` : '';
  const body = parts.map((p) => p.selection).join('\n');
  return { query: `query ${name}${head} {\n${body}\n  rateLimit { remaining resetAt cost }\n}`, variables };
}

// GitHub answers a query that is partly unreadable (a user not found, a search refused) with data for the rest
// and errors by path; those become per-field failures rather than a failed run. The body is read as it came
// (not through octokit.graphql, which hands back `undefined` for a page that is not JSON), so a 200 that is not
// GraphQL (GitHub's HTML "Unicorn" page, `data: null`) is a failed read that says what came back.
export async function runQuery(client: Client, name: string, parts: QueryPart[], options: QueryOptions = {}): Promise<QueryResult> {
  const { query, variables } = composeQuery(name, parts);
  let body: unknown;
  try {
    const request = options.retries === undefined ? {} : { request: { retries: options.retries } };
    body = (await client.octokit.request('POST /graphql', { url: graphqlUrl(client), query, variables, ...request })).data;
  } catch (error) {
    return { data: {}, errors: [], failure: describeFailure(error), timedOut: isTimeout(error) };
  }
  if (!isObject(body) || (!isObject(body.data) && !Array.isArray(body.errors))) {
    return { data: {}, errors: [], failure: notGraphql(name, body), timedOut: false };
  }
  const errors = (Array.isArray(body.errors) ? (body.errors as unknown[]) : []).map((raw) => {
    const e = (isObject(raw) ? raw : {}) as { path?: unknown; type?: unknown; message?: unknown };
    const path = Array.isArray(e.path) ? (e.path as unknown[]) : [];
    return {
      path: typeof path[0] === 'string' ? path[0] : '',
      field: typeof path.at(-1) === 'string' ? String(path.at(-1)) : '',
      type: typeof e.type === 'string' ? e.type : 'ERROR',
      message: typeof e.message === 'string' ? e.message : 'GitHub gave no message',
    };
  });
  // Errors without a path (a rejected query, the rate limit) leave no part readable.
  const whole = errors.find((e) => e.path === '');
  return {
    data: isObject(body.data) ? body.data : {},
    errors,
    failure: whole ? whole.message : null,
    timedOut: whole ? timeoutMessage.test(whole.message) : false,
  };
}

// GitHub's words when it stopped a query at 10 s: "We couldn't respond to your request in time" (a 502 or
// 504), or "Something went wrong while executing your query. This may be the result of a timeout" (a 502,
// or a 200 with `data: null`, which the retry plugin turns into a 500).
const timeoutMessage = /respond to your request in time|result of a timeout/i;

function isTimeout(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const e = error as Error & { status?: number; requestTimeout?: boolean };
  return e.requestTimeout === true || e.status === 504 || (e.status !== undefined && e.status >= 500 && timeoutMessage.test(e.message));
}

// Asks for a batch in one query; when GitHub times out on it, asks again for each half, down to one unit,
// which is retried like any read. A batch that can still be split is not retried whole: a retry of a query
// GitHub could not answer in 10 s would take 10 s again.
export async function runInHalves<T, R>(units: T[], read: (batch: T[], options: QueryOptions) => Promise<{ timedOut: boolean; values: R[] }>): Promise<R[]> {
  const splittable = units.length > 1;
  const { timedOut, values } = await read(units, splittable ? { retries: 0 } : {});
  if (!timedOut || !splittable) return values;
  const half = Math.ceil(units.length / 2);
  const halves = await Promise.all([runInHalves(units.slice(0, half), read), runInHalves(units.slice(half), read)]);
  return halves.flat();
}

// Where octokit.graphql sends a query: /graphql next to the REST API, /api/graphql on GitHub Enterprise Server.
function graphqlUrl(client: Client): string {
  const base = String(client.octokit.request.endpoint.DEFAULTS.baseUrl);
  return /\/api\/v3\/?$/.test(base) ? base.replace(/\/api\/v3\/?$/, '/api/graphql') : '/graphql';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function notGraphql(name: string, body: unknown): string {
  const data = isObject(body) ? body.data : undefined;
  const what =
    typeof body === 'string'
      ? /<html/i.test(body)
        ? 'an HTML page'
        : 'text that is not JSON'
      : isObject(body)
        ? `data: ${JSON.stringify(data) ?? 'none'}`
        : 'no body';
  return `GitHub answered the ${name} query with ${what}, not the data it documents`;
}

// A failure in words a maintainer can act on; a 403 says whether it was the rate limit or a permission.
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const e = error as Error & { status?: number; response?: { headers?: Record<string, string | undefined> } };
  if (e.name === 'AbortError' || !e.status) return e.message;
  if (isTimeout(error)) return `GitHub gave up on the query after its 10-s limit (HTTP ${e.status})`;
  const headers = e.response?.headers ?? {};
  if (/secondary rate/i.test(e.message)) return `GitHub's secondary rate limit held this request back after retries (HTTP ${e.status})`;
  if ((e.status === 403 || e.status === 429) && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(e.message))) {
    const reset = Number(headers['x-ratelimit-reset']);
    return `GitHub's rate limit is exhausted${reset ? ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC` : ''} (HTTP ${e.status})`;
  }
  if (e.status === 403) return `HTTP 403, the token is not allowed to do this: ${e.message}`;
  return `HTTP ${e.status}: ${e.message}`;
}

// The failure of the fields under `alias`: the whole request's, or that alias's own error.
export function failureOf(result: QueryResult, alias: string): string | null {
  if (result.failure) return result.failure;
  const error = result.errors.find((e) => e.path === alias);
  return error ? error.message : null;
}
