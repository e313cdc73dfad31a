// Shared pieces of the runner-level tests: a fake GitHub per test, the bundle run against it the way the
// Actions runner runs it, and what a maintainer would look at afterwards (outputs, annotations, summary,
// labels and comments on the item, the request log).
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import type { Dataset, FakeComment, FakeItem, FakeUser } from '../fake-github/dataset.js';
import { startFake, type FakeGitHub, type FakeOptions, type RequestLogEntry } from '../fake-github/index.js';
import { runAction, type ActionRun, type RunOptions } from '../harness/run-action.js';
import { loadEventFixture, pullRequestPayload, userJson, type Persona } from '../personas/index.js';

export const outputNames = ['verdict', 'skipped-reason', 'author', 'first-time', 'signals', 'partial', 'api-requests', 'triaged'] as const;

// The token the harness passes when a test gives none.
export const harnessToken = 'ghs_faketoken0000000000000000000000000';

export interface Event {
  name: string;
  payload: unknown;
}

// A fake GitHub over `dataset`, closed when the test ends, whatever happens in it.
export async function startFor(t: TestContext, dataset: Dataset, options: FakeOptions = {}): Promise<FakeGitHub> {
  const fake = await startFake(dataset, options);
  t.after(() => fake.close());
  return fake;
}

// dist/index.js on `event`, against `fake`.
export function runOn(fake: FakeGitHub, event: Event, inputs: Record<string, string> = {}, extra: Partial<RunOptions> = {}): Promise<ActionRun> {
  return runAction({ eventName: event.name, payload: event.payload, apiUrl: fake.url, graphqlUrl: fake.graphqlUrl, inputs, ...extra });
}

// A query GitHub would reject fails the test.
export function assertValidGraphql(fake: FakeGitHub): void {
  assert.deepEqual(fake.graphqlErrors, [], 'the fake rejected a GraphQL query');
}

export function assertAllOutputs(run: ActionRun): void {
  for (const name of outputNames) assert.ok(name in run.outputs, `output ${name} is missing (got ${Object.keys(run.outputs).join(', ')})`);
  assert.doesNotThrow(() => JSON.parse(run.outputs.signals ?? ''), 'signals is JSON');
  assert.doesNotThrow(() => JSON.parse(run.outputs.triaged ?? ''), 'triaged is JSON');
  assert.match(run.outputs['api-requests'] ?? '', /^\d+$/);
  assert.match(run.outputs.partial ?? '', /^(true|false)$/);
  assert.match(run.outputs['first-time'] ?? '', /^(true|false)$/);
}

export interface SignalOutput {
  id: string;
  level: string;
  value: unknown;
  detail: string;
  url: string;
}

export function signalsOf(run: ActionRun): SignalOutput[] {
  return JSON.parse(run.outputs.signals ?? '[]') as SignalOutput[];
}

export function levelOf(run: ActionRun, id: string): string | undefined {
  return signalsOf(run).find((s) => s.id === id)?.level;
}

// Requests that change something on GitHub. POST /graphql is a read: the action sends no mutation.
// Every write: REST requests other than reads, and GraphQL requests that carry a mutation.
export function writeRequests(fake: FakeGitHub, from = 0): RequestLogEntry[] {
  const isMutation = (e: RequestLogEntry) => {
    const query = (e.body as { query?: unknown } | null)?.query;
    return typeof query === 'string' && /^\s*mutation\b/.test(query);
  };
  return fake.log.slice(from).filter((e) => (e.path === '/graphql' ? isMutation(e) : e.method !== 'GET' && e.method !== 'HEAD'));
}

export function itemOf(fake: FakeGitHub, number: number, repo = 'octo-org/widgets'): FakeItem {
  const item = fake.data.items.find((i) => i.repo === repo && i.number === number);
  assert.ok(item, `${repo}#${number} is in the dataset`);
  return item;
}

export function labelsOn(fake: FakeGitHub, number: number, repo = 'octo-org/widgets'): string[] {
  return [...itemOf(fake, number, repo).labels];
}

export function repoLabel(fake: FakeGitHub, name: string, repo = 'octo-org/widgets'): { name: string; color: string } | undefined {
  const [owner, repoName] = repo.split('/');
  return fake.data.repos.find((r) => r.owner === owner && r.name === repoName)?.labels.find((l) => l.name === name);
}

// Comments the action wrote (as the token's identity) on an item.
export function ourComments(fake: FakeGitHub, number: number, repo = 'octo-org/widgets'): FakeComment[] {
  return fake.data.comments.filter((c) => c.repo === repo && c.number === number && c.author === fake.data.viewer);
}

export function ourCommentsOfKind(fake: FakeGitHub, number: number, kind: 'welcome' | 'report' | 'merged'): FakeComment[] {
  return ourComments(fake, number).filter((c) => c.body.startsWith(`<!-- newcomer-triage:${kind} -->`));
}

export function userOf(dataset: Dataset, login: string): FakeUser {
  const user = dataset.users.find((u) => u.login === login);
  assert.ok(user, `user ${login} is in the dataset`);
  return user;
}

// The persona's PR #42, merged a minute ago, and the pull_request_target closed+merged event for it.
export function mergedEvent(persona: Persona, number = 42, mergedAt = new Date(Date.now() - 60_000)): Event {
  const item = persona.dataset.items.find((i) => i.repo === 'octo-org/widgets' && i.number === number);
  assert.ok(item, `persona ${persona.id} has #${number}`);
  const when = mergedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  Object.assign(item, { state: 'closed', closed_at: when, merged_at: when });
  return {
    name: 'pull_request_target',
    payload: pullRequestPayload(item, userOf(persona.dataset, persona.login), { fixture: 'pull_request_target.closed.merged' }),
  };
}

// An issue_comment created on the persona's PR #42 by `commenter` with `association`.
export function commandEvent(persona: Persona, commenter: Pick<FakeUser, 'login' | 'id' | 'type'>, association: string, body = '/triage'): Event {
  const payload = loadEventFixture('issue_comment.created.triage');
  const pr = persona.event.payload.pull_request as Record<string, unknown>;
  const issue = payload.issue as Record<string, unknown>;
  Object.assign(issue, {
    number: pr.number,
    title: pr.title,
    user: pr.user,
    author_association: pr.author_association,
    created_at: pr.created_at,
    updated_at: pr.created_at,
  });
  const comment = payload.comment as Record<string, unknown>;
  Object.assign(comment, { body, user: userJson(commenter), author_association: association });
  payload.sender = userJson(commenter);
  return { name: 'issue_comment', payload };
}

// The cells of a Markdown table row, split on pipes that are not backslash-escaped, as GitHub splits them.
export function cellsOf(row: string): string[] {
  const inner = row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/);
}

// Every table in `markdown` (a header row, a delimiter row, body rows) has as many cells in each row as in
// its header.
export function assertTablesIntact(markdown: string, where: string): number {
  const lines = markdown.split('\n');
  let tables = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/^\|( *:?-{3,}:? *\|)+$/.test((lines[i + 1] ?? '').trim())) continue;
    tables += 1;
    const width = cellsOf(lines[i] ?? '').length;
    assert.equal(cellsOf(lines[i + 1] ?? '').length, width, `${where}: delimiter row of table ${tables}`);
    for (let j = i + 2; j < lines.length && (lines[j] ?? '').trim().startsWith('|'); j++) {
      assert.equal(cellsOf(lines[j] ?? '').length, width, `${where}: row "${lines[j]}" has the wrong number of cells`);
    }
  }
  return tables;
}

// The logins profiled by each Profile/Profiles query the fake answered.
export function profiledLogins(fake: FakeGitHub): string[] {
  return fake.log
    .filter((e) => e.path === '/graphql' && e.status === 200)
    .flatMap((e) => {
      const body = e.body as { query?: string; variables?: Record<string, unknown> } | null;
      if (!body?.query || !/^query Profiles?\b/.test(body.query)) return [];
      return Object.entries(body.variables ?? {})
        .filter(([k]) => /Login$/.test(k))
        .map(([, v]) => String(v));
    });
}

export function graphqlOperation(entry: RequestLogEntry): string | null {
  const body = entry.body as { query?: string } | null;
  return /^\s*query\s+(\w+)/.exec(body?.query ?? '')?.[1] ?? null;
}

export const summaryIcons = ['🟢', '🟡', '🔴', '⚪'];
