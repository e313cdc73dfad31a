// The run's request meter. It lives apart from the client so that a run can hold it before any Octokit code is
// loaded, and still report the requests made when a mode throws.
export interface RateLimit {
  resource: string;
  remaining: number;
  limit: number;
  resetAt: string;
}

// Counted in the fetch under Octokit, so every attempt (retries included) is seen exactly once.
export interface RequestStats {
  requests: number;
  graphql: number;
  restReads: number;
  restWrites: number;
  inFlight: number;
  maxInFlight: number;
  rateLimits: Record<string, RateLimit>;
  timedOut: string[]; // "GET /users/x/events/public" for requests that got no answer in time
  warnings: string[]; // rate-limit notices from the throttling plugin
  refusedToken: string | null; // the input whose token GitHub answered 401 (Bad credentials)
  // Set by the first write refused because the repository is archived: no write is attempted after it.
  archived: string | null;
}

export function newRequestStats(): RequestStats {
  return {
    requests: 0,
    graphql: 0,
    restReads: 0,
    restWrites: 0,
    inFlight: 0,
    maxInFlight: 0,
    rateLimits: {},
    timedOut: [],
    warnings: [],
    refusedToken: null,
    archived: null,
  };
}
