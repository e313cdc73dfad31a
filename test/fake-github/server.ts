// The fake GitHub: a loopback HTTP server answering REST and GraphQL over a live dataset, with latency,
// rate limits, a read-only token and injected faults, recording every request.
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dataset } from './dataset.js';
import { FaultList, operationOf } from './faults.js';
import { handleGraphql, rateLimitedGraphql } from './graphql.js';
import { loadSchema } from './graphql-schema.js';
import { installationLimit, Quota, userLimit } from './quota.js';
import { archivedRefusal, notFound, rateLimited, readOnlyRefusal } from './rest-errors.js';
import { matchRoute } from './rest-router.js';
import { fromTemplate } from './templates.js';
import type { FakeOptions, FakeResponse, FaultRule, RequestLogEntry } from './types.js';

interface Incoming {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  token: string | null;
  entry: RequestLogEntry;
  // When the answer reaches the client: the request's arrival plus the round trip (latencyMs and a fault's delay).
  dueAt: number;
}

export class FakeGitHub {
  readonly graphqlUrl: string;
  readonly log: RequestLogEntry[] = [];
  readonly graphqlErrors: string[] = [];
  latencyMs: number;
  readOnlyToken: boolean;
  oauthScopes: string[] | undefined;
  emailForbidden: boolean;
  private readonly faults = new FaultList();
  private readonly core: Quota;
  private readonly graphqlQuota: Quota;
  private readonly hanging = new Set<ServerResponse>();
  private readonly answering = new Set<NodeJS.Timeout>();
  private inFlight = 0;
  private peakInFlight = 0;
  private connectionCount = 0;
  private requestCount = 0;
  private closed = false;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly data: Dataset,
    private readonly options: FakeOptions,
  ) {
    this.graphqlUrl = `${url}/graphql`;
    this.latencyMs = options.latencyMs ?? 0;
    this.readOnlyToken = options.readOnlyToken ?? false;
    this.oauthScopes = options.oauthScopes;
    this.emailForbidden = options.emailForbidden ?? false;
    // The workflow token is an installation token unless the test gives it OAuth scopes (a user's token).
    const limit = options.oauthScopes ? userLimit : installationLimit;
    this.core = new Quota('core', options.rateLimitRemaining ?? limit, limit);
    this.graphqlQuota = new Quota('graphql', options.rateLimitRemaining ?? limit, limit);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void this.handle(req, res));
    server.on('connection', () => (this.connectionCount += 1));
  }

  static async start(dataset: Dataset, options: FakeOptions = {}): Promise<FakeGitHub> {
    // Load the schema and the openapi templates before the first request, so no request pays for them.
    await loadSchema();
    fromTemplate('label');
    const server = createServer({ keepAlive: true });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    return new FakeGitHub(server, `http://127.0.0.1:${port}`, dataset, options);
  }

  fault(rule: FaultRule): void {
    this.faults.add(rule);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  maxInFlight(): number {
    return this.peakInFlight;
  }

  // TCP connections clients opened: fewer than requests when they keep connections alive.
  connections(): number {
    return this.connectionCount;
  }

  requests(method?: string, pathPattern?: RegExp): RequestLogEntry[] {
    return this.log.filter((e) => (!method || e.method === method.toUpperCase()) && (!pathPattern || pathPattern.test(e.path)));
  }

  // Ends hanging requests too: their clients see the connection drop.
  async close(): Promise<void> {
    this.closed = true;
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    for (const timer of this.answering) clearTimeout(timer);
    this.answering.clear();
    const closing = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closing;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.inFlight += 1;
    this.peakInFlight = Math.max(this.peakInFlight, this.inFlight);
    const url = new URL(req.url ?? '/', this.url);
    const method = (req.method ?? 'GET').toUpperCase();
    const token = tokenOf(req.headers.authorization);
    const entry: RequestLogEntry = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: null,
      status: 0,
      startedAt: Date.now(),
      endedAt: 0,
      inFlight: this.inFlight,
      token,
    };
    this.log.push(entry);
    let done = false;
    res.on('close', () => {
      if (done) return;
      done = true;
      this.inFlight -= 1;
      entry.endedAt = Date.now();
    });
    try {
      const raw = await readBody(req);
      let body: unknown = null;
      if (raw.length > 0) {
        try {
          body = JSON.parse(raw);
        } catch {
          entry.body = raw;
          return this.send(
            res,
            entry,
            { status: 400, body: { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/rest' } },
            this.core,
          );
        }
      }
      entry.body = body;
      const operation = url.pathname === '/graphql' ? operationOf(body) : undefined;
      if (operation !== undefined) entry.graphqlOperation = operation;
      // GitHub checks the credentials before anything else; GraphQL takes no anonymous request.
      if ((token !== null && this.options.revokedTokens?.includes(token)) || (token === null && url.pathname === '/graphql')) {
        const message = token === null ? 'This endpoint requires you to be authenticated.' : 'Bad credentials';
        return this.send(res, entry, { status: 401, body: { message, documentation_url: 'https://docs.github.com/rest', status: '401' } }, this.core);
      }
      const rule = this.faults.take(method, url.pathname, operation);
      if (rule?.hang) {
        this.hanging.add(res);
        if (this.closed) res.destroy();
        return;
      }
      // latencyMs is the round trip, GitHub's own work included: the request reaches its state halfway (reads
      // see it, writes change it then; a fault's delay comes before), and the answer arrives latencyMs (plus the
      // delay) after the request, however long the fake took to build it within that time.
      const extra = rule?.delayMs ?? 0;
      const dueAt = entry.startedAt + this.latencyMs + extra;
      const outward = this.latencyMs / 2 + extra;
      if (outward > 0) await new Promise((resolve) => setTimeout(resolve, outward));
      if (this.closed || res.destroyed) return;
      await this.respond(res, { method, path: url.pathname, query: url.searchParams, body, token, entry, dueAt }, rule);
    } catch (error) {
      if (!res.headersSent && !res.destroyed) {
        this.send(res, entry, { status: 500, body: { message: `fake-github: ${String(error)}` } }, this.core);
      }
    }
  }

  private async respond(res: ServerResponse, incoming: Incoming, rule: FaultRule | undefined): Promise<void> {
    const isGraphql = incoming.path === '/graphql';
    const quota = isGraphql ? this.graphqlQuota : this.core;
    const failure = rule?.status !== undefined || rule?.applyThenFail ? faultResponse(rule) : undefined;
    if (failure && !rule?.applyThenFail) return this.send(res, incoming.entry, failure, quota, incoming.dueAt);
    if (incoming.method === 'GET' && incoming.path === '/rate_limit') {
      // Asking for the rate limit costs nothing on GitHub.
      return this.send(res, incoming.entry, this.rateLimitOverview(), this.core, incoming.dueAt);
    }
    if (!quota.consume()) {
      const limited = isGraphql ? { status: 200, body: rateLimitedGraphql } : rateLimited();
      return this.send(res, incoming.entry, limited, quota, incoming.dueAt);
    }
    const answer = isGraphql ? await this.answerGraphql(incoming) : this.answerRest(incoming);
    const changed = rule?.transform && answer.body !== undefined ? { ...answer, body: rule.transform(structuredClone(answer.body)) } : answer;
    this.send(res, incoming.entry, failure ?? changed, quota, incoming.dueAt);
  }

  private identityOf(token: string | null): { login: string; viaOrgToken: boolean } {
    const viaOrgToken = Boolean(this.options.orgToken) && token === this.options.orgToken;
    return { login: viaOrgToken ? (this.data.orgViewer ?? this.data.viewer) : this.data.viewer, viaOrgToken };
  }

  private answerRest(incoming: Incoming): FakeResponse {
    const identity = this.identityOf(incoming.token);
    // The org token is a separate credential; only the workflow token is read-only on a fork.
    const refused = this.readOnlyToken && !identity.viaOrgToken && incoming.method !== 'GET' && incoming.method !== 'HEAD';
    if (refused) return readOnlyRefusal;
    if (incoming.method !== 'GET' && incoming.method !== 'HEAD' && this.archivedRepoOf(incoming.path)) return archivedRefusal;
    const match = matchRoute(incoming.method, incoming.path);
    if (!match) return notFound();
    return match.handler({
      data: this.data,
      baseUrl: this.url,
      identity: identity.login,
      params: match.params,
      query: incoming.query,
      body: incoming.body,
      path: incoming.path,
    });
  }

  // The archived repository a /repos/{owner}/{repo}/... path is about, if it is one.
  private archivedRepoOf(path: string): boolean {
    const [, owner, name] = /^\/repos\/([^/]+)\/([^/]+)/.exec(path) ?? [];
    if (!owner || !name) return false;
    return this.data.repos.some((r) => r.archived === true && r.owner.toLowerCase() === owner.toLowerCase() && r.name.toLowerCase() === name.toLowerCase());
  }

  private async answerGraphql(incoming: Incoming): Promise<FakeResponse> {
    if (incoming.method !== 'POST') return notFound();
    const identity = this.identityOf(incoming.token);
    const { response, operationName, nodes, timedOut } = await handleGraphql(incoming.body, {
      scope: {
        data: this.data,
        identity: identity.login,
        baseUrl: this.url,
        ...(this.emailForbidden && !identity.viaOrgToken ? { emailForbidden: true } : {}),
        mistake: (message: string) => this.graphqlErrors.push(message),
      },
      quota: this.graphqlQuota.graphqlView(),
      readOnly: this.readOnlyToken && !identity.viaOrgToken,
      ...(this.oauthScopes && !identity.viaOrgToken ? { oauthScopes: this.oauthScopes } : {}),
      recordError: (message) => this.graphqlErrors.push(message),
      ...(this.options.graphqlTimeout ? { timesOut: (nodes: number) => nodes > (this.options.graphqlTimeout?.overNodes ?? Infinity) } : {}),
    });
    if (operationName !== undefined) incoming.entry.graphqlOperation = operationName;
    if (nodes !== undefined) incoming.entry.graphqlNodes = nodes;
    if (timedOut && this.options.graphqlTimeout) {
      const { answer, afterMs = 0 } = this.options.graphqlTimeout;
      if (afterMs > 0) await new Promise((resolve) => setTimeout(resolve, afterMs));
      return timeoutAnswer(answer, requestId(this.requestCount + 1));
    }
    return response;
  }

  private rateLimitOverview(): FakeResponse {
    const overview = fromTemplate('rate-limit-overview');
    const resources = overview.resources as Record<string, unknown>;
    resources.core = this.core.overview();
    resources.graphql = this.graphqlQuota.overview();
    return { status: 200, body: { ...overview, resources, rate: this.core.overview() } };
  }

  // The answer as GitHub has it now (status, quota headers), written to the client at dueAt.
  private send(res: ServerResponse, entry: RequestLogEntry, response: FakeResponse, quota: Quota, dueAt = 0): void {
    entry.status = response.status;
    if (res.destroyed) {
      entry.abandoned = true;
      return;
    }
    this.requestCount += 1;
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      ...quota.headers(),
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': requestId(this.requestCount),
      ...lowerKeys(response.headers ?? {}),
    };
    const raw = response.rawBody !== undefined;
    const payload = raw ? (response.rawBody ?? '') : response.status === 204 || response.body === undefined ? '' : JSON.stringify(response.body);
    if (raw) headers['content-type'] = response.contentType ?? 'text/html; charset=utf-8';
    if (!payload) delete headers['content-type'];
    const write = (): void => {
      if (res.destroyed) {
        entry.abandoned = true;
        return;
      }
      res.writeHead(response.status, headers);
      res.end(payload);
    };
    const wait = dueAt - Date.now();
    if (wait <= 0) return write();
    const timer = setTimeout(() => {
      this.answering.delete(timer);
      write();
    }, wait);
    this.answering.add(timer);
  }
}

// What GitHub answers a query it stopped at 10 s.
function timeoutAnswer(status: 200 | 502 | 504, id: string): FakeResponse {
  if (status === 504) {
    return {
      status,
      body: {
        message: "We couldn't respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.",
      },
    };
  }
  const message = `Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include \`${id}\` when reporting this issue.`;
  return { status, body: { data: null, errors: [{ message }] } };
}

function faultResponse(rule: FaultRule | undefined): FakeResponse {
  const status = rule?.status ?? 502;
  const headers = rule?.headers ?? {};
  if (rule?.rawBody !== undefined) return { status, rawBody: rule.rawBody, ...(rule.contentType ? { contentType: rule.contentType } : {}), headers };
  return { status, body: rule?.body ?? { message: STATUS_CODES[status] ?? 'Error' }, headers };
}

function tokenOf(header: string | undefined): string | null {
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

function requestId(count: number): string {
  const hex = (n: number, width: number): string => n.toString(16).toUpperCase().padStart(width, '0');
  return `${hex(0xc0de, 4)}:${hex(count, 4)}:${hex(count * 7919, 6)}:${hex(count * 104729, 7)}:${hex(Math.floor(Date.now() / 1000), 8)}`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
