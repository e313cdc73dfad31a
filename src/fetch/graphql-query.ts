import type { Client } from './client.js';

// A piece of a query: its variables (name → GraphQL type and value) and its selection, alias-prefixed so that
// several parts (several authors, a thread) go to GitHub as one request.
export interface QueryPart {
  variables: Record<string, { type: string; value: unknown }>;
  selection: string;
}

export interface GraphqlError {
  path: string; // first path element: the alias that failed
  type: string;
  message: string;
}

export interface QueryResult {
  data: Record<string, unknown>;
  errors: GraphqlError[];
  // Set when the request as a whole failed (timeout, 5xx after retries, quota): no part has data.
  failure: string | null;
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
// and errors by path; those become per-field failures rather than a failed run.
export async function runQuery(client: Client, name: string, parts: QueryPart[]): Promise<QueryResult> {
  const { query, variables } = composeQuery(name, parts);
  try {
    const data = await client.octokit.graphql<Record<string, unknown>>(query, variables);
    return { data, errors: [], failure: null };
  } catch (error) {
    // Octokit's GraphqlResponseError, recognised by name: its class is not part of @actions/github's API.
    if (error instanceof Error && error.name === 'GraphqlResponseError') {
      const response = error as Error & { errors?: { path?: unknown[]; type?: string; message: string }[]; data?: unknown };
      const errors = (response.errors ?? []).map((e) => ({
        path: typeof e.path?.[0] === 'string' ? e.path[0] : '',
        type: e.type ?? 'ERROR',
        message: e.message,
      }));
      // Errors without a path (a rejected query, the rate limit) leave no part readable.
      const whole = errors.find((e) => e.path === '');
      return { data: (response.data as Record<string, unknown> | undefined) ?? {}, errors, failure: whole ? whole.message : null };
    }
    return { data: {}, errors: [], failure: describeFailure(error) };
  }
}

// A failure in words a maintainer can act on; a 403 says whether it was the rate limit or a permission.
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const e = error as Error & { status?: number; response?: { headers?: Record<string, string | undefined> } };
  if (e.name === 'AbortError' || !e.status) return e.message;
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
