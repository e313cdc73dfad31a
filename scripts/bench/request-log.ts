// What the fake GitHub saw of one run, read from its request log: requests by kind, REST searches,
// concurrency and the span of time the run spent talking to GitHub.
import type { RequestLogEntry } from '../../test/fake-github/index.js';

export interface LogFigures {
  total: number;
  graphql: number;
  restReads: number;
  restWrites: number;
  restSearches: number; // REST /search/* calls: the design uses GraphQL search, so this must stay 0
  maxInFlight: number; // the log's own count: requests open when one started, itself included
  networkMs: number; // first request's start to last request's end
  serverMs: number; // sum of each request's time at the fake (latency included)
  operations: Record<string, number>; // GraphQL operation name → count
  routes: Record<string, number>; // REST "METHOD /path → status", numbers and label names generalized → count
}

export function readLog(log: readonly RequestLogEntry[]): LogFigures {
  const figures: LogFigures = {
    total: log.length,
    graphql: 0,
    restReads: 0,
    restWrites: 0,
    restSearches: 0,
    maxInFlight: 0,
    networkMs: 0,
    serverMs: 0,
    operations: {},
    routes: {},
  };
  for (const entry of log) {
    figures.maxInFlight = Math.max(figures.maxInFlight, entry.inFlight);
    figures.serverMs += entry.endedAt - entry.startedAt;
    if (entry.path === '/graphql') {
      figures.graphql += 1;
      const name = entry.graphqlOperation ?? '(anonymous)';
      figures.operations[name] = (figures.operations[name] ?? 0) + 1;
      continue;
    }
    if (entry.method === 'GET' || entry.method === 'HEAD') figures.restReads += 1;
    else figures.restWrites += 1;
    if (entry.path.startsWith('/search/')) figures.restSearches += 1;
    const route = `${entry.method} ${generalize(entry.path)} → ${entry.status}`;
    figures.routes[route] = (figures.routes[route] ?? 0) + 1;
  }
  if (log.length > 0) {
    const start = Math.min(...log.map((e) => e.startedAt));
    const end = Math.max(...log.map((e) => e.endedAt));
    figures.networkMs = end - start;
  }
  return figures;
}

// "/repos/o/r/issues/42/labels/triage%3A%20check" → "/repos/o/r/issues/:n/labels/:name"; one author's
// permission read → "/repos/o/r/collaborators/:login/permission" (a backfill reads hundreds)
function generalize(path: string): string {
  return path
    .replace(/\/\d+(?=\/|$)/g, '/:n')
    .replace(/(\/labels\/)[^/]+$/, '$1:name')
    .replace(/^\/users\/[^/]+/, '/users/:login')
    .replace(/(\/collaborators\/)[^/]+/, '$1:login');
}

// "graphql 3 · REST read 2 · REST write 1"
export function describeKinds(f: Pick<LogFigures, 'graphql' | 'restReads' | 'restWrites'>): string {
  return `${f.graphql} GQL / ${f.restReads} RR / ${f.restWrites} RW`;
}
