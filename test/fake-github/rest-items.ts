// Issues, pull requests, their files and comments; REST search over the same items.
import type { FakeItem, FakeRepo } from './dataset.js';
import { isoNow } from './clock.js';
import { GitHubGraphqlError } from './graphql-errors.js';
import { findItem, findRepo, userOrStub } from './lookup.js';
import { forbidden, notFound, validationFailed } from './rest-errors.js';
import { pageParams, paginate } from './rest-pagination.js';
import type { Route } from './rest-router.js';
import { diffEntries, issue, issueComment, pullRequest, simpleUser } from './rest-shapes.js';
import { searchItems } from './search.js';
import type { FakeResponse, RouteContext } from './types.js';

function repoOf(ctx: RouteContext): FakeRepo | undefined {
  return findRepo(ctx.data, ctx.params.owner ?? '', ctx.params.repo ?? '');
}

function itemOf(ctx: RouteContext): FakeItem | undefined {
  const repo = repoOf(ctx);
  return repo ? findItem(ctx.data, repo, Number(ctx.params.number)) : undefined;
}

// GitHub's list filters: state (open by default), sort by created or updated, direction (desc by default).
function listItems(ctx: RouteContext, kind: FakeItem['kind'] | undefined): FakeItem[] {
  const repo = repoOf(ctx);
  if (!repo) return [];
  const full = `${repo.owner}/${repo.name}`.toLowerCase();
  const state = ctx.query.get('state') ?? 'open';
  const direction = ctx.query.get('direction') === 'asc' ? 1 : -1;
  const sort = ctx.query.get('sort') ?? 'created';
  const key = (item: FakeItem): number => Date.parse(sort === 'updated' ? (item.closed_at ?? item.created_at) : item.created_at);
  const creator = ctx.query.get('creator')?.toLowerCase();
  return ctx.data.items
    .filter((item) => item.repo.toLowerCase() === full && (!kind || item.kind === kind))
    .filter((item) => state === 'all' || item.state === state)
    .filter((item) => !creator || item.author.toLowerCase() === creator)
    .sort((a, b) => direction * (key(a) - key(b)) || direction * (a.number - b.number));
}

function listIssues(ctx: RouteContext): FakeResponse {
  if (!repoOf(ctx)) return notFound();
  return paginate(ctx, listItems(ctx, undefined), (item) => issue(ctx.data, ctx.baseUrl, item));
}

function listPulls(ctx: RouteContext): FakeResponse {
  if (!repoOf(ctx)) return notFound();
  return paginate(ctx, listItems(ctx, 'pr'), (item) => pullRequest(ctx.data, ctx.baseUrl, item));
}

function getIssue(ctx: RouteContext): FakeResponse {
  const item = itemOf(ctx);
  return item ? { status: 200, body: issue(ctx.data, ctx.baseUrl, item) } : notFound();
}

function getPull(ctx: RouteContext): FakeResponse {
  const item = itemOf(ctx);
  if (!item || item.kind !== 'pr') return notFound();
  const simple = pullRequest(ctx.data, ctx.baseUrl, item);
  return {
    status: 200,
    body: {
      ...simple,
      merged: Boolean(item.merged_at),
      mergeable: null,
      comments: commentsOn(ctx, item).length,
      additions: item.additions ?? 0,
      deletions: item.deletions ?? 0,
      changed_files: item.files?.length ?? 0,
      commits: 1,
      review_comments: 0,
      merged_by: null,
      mergeable_state: 'unknown',
      rebaseable: null,
      maintainer_can_modify: false,
    },
  };
}

function listFiles(ctx: RouteContext): FakeResponse {
  const item = itemOf(ctx);
  if (!item || item.kind !== 'pr') return notFound();
  return paginate(ctx, diffEntries(item), (entry) => entry);
}

function commentsOn(ctx: RouteContext, item: FakeItem) {
  return ctx.data.comments
    .filter((c) => c.repo.toLowerCase() === item.repo.toLowerCase() && c.number === item.number)
    .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
}

function listComments(ctx: RouteContext): FakeResponse {
  const item = itemOf(ctx);
  if (!item) return notFound();
  return paginate(ctx, commentsOn(ctx, item), (c) => issueComment(ctx.data, ctx.baseUrl, c));
}

function bodyText(body: unknown): string | undefined {
  const text = (body as { body?: unknown } | null)?.body;
  return typeof text === 'string' ? text : undefined;
}

function missingBody(): FakeResponse {
  return validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
}

// GitHub's limit on an issue or PR comment, in characters.
export const maxCommentLength = 65_536;

function tooLong(): FakeResponse {
  return validationFailed(
    [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: `Body is too long (maximum is ${maxCommentLength} characters)` }],
    'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  );
}

function createComment(ctx: RouteContext): FakeResponse {
  const item = itemOf(ctx);
  if (!item) return notFound();
  const text = bodyText(ctx.body);
  if (text === undefined) return missingBody();
  if (text.length > maxCommentLength) return tooLong();
  const id = Math.max(1000, ...ctx.data.comments.map((c) => c.id)) + 1;
  const comment = { id, repo: item.repo, number: item.number, author: userOrStub(ctx.data, ctx.identity).login, body: text, created_at: isoNow() };
  ctx.data.comments.push(comment);
  return { status: 201, body: issueComment(ctx.data, ctx.baseUrl, comment), headers: { location: `${ctx.baseUrl}/repos/${item.repo}/issues/comments/${id}` } };
}

function findComment(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const id = Number(ctx.params.id);
  return repo ? ctx.data.comments.find((c) => c.id === id && c.repo.toLowerCase() === `${repo.owner}/${repo.name}`.toLowerCase()) : undefined;
}

function getComment(ctx: RouteContext): FakeResponse {
  const comment = findComment(ctx);
  return comment ? { status: 200, body: issueComment(ctx.data, ctx.baseUrl, comment) } : notFound();
}

function updateComment(ctx: RouteContext): FakeResponse {
  const comment = findComment(ctx);
  if (!comment) return notFound();
  const text = bodyText(ctx.body);
  if (text === undefined) return missingBody();
  if (comment.author.toLowerCase() !== ctx.identity.toLowerCase()) {
    return forbidden('Resource not accessible by integration', 'https://docs.github.com/rest/issues/comments#update-an-issue-comment');
  }
  if (text.length > maxCommentLength) return tooLong();
  comment.body = text;
  comment.updated_at = isoNow();
  return { status: 200, body: issueComment(ctx.data, ctx.baseUrl, comment) };
}

// A token with issues: write may delete any comment on the repo, as a maintainer may.
function deleteComment(ctx: RouteContext): FakeResponse {
  const comment = findComment(ctx);
  if (!comment) return notFound();
  ctx.data.comments.splice(ctx.data.comments.indexOf(comment), 1);
  return { status: 204 };
}

function searchIssues(ctx: RouteContext): FakeResponse {
  const q = ctx.query.get('q');
  if (!q) return validationFailed([{ resource: 'Search', field: 'q', code: 'missing' }]);
  let items: FakeItem[];
  try {
    ({ items } = searchItems(ctx.data, q));
  } catch (error) {
    if (error instanceof GitHubGraphqlError) return validationFailed([{ message: error.message, resources: 'Search', field: 'q', code: 'invalid' }]);
    throw error;
  }
  const { perPage, page } = pageParams(ctx.query);
  if (page * perPage > 1000 && (page - 1) * perPage >= 1000) {
    return validationFailed([{ message: 'Only the first 1000 search results are available', resource: 'Search', code: 'invalid' }]);
  }
  const reachable = items.slice(0, 1000);
  const response = paginate(ctx, reachable, (item) => ({ ...issue(ctx.data, ctx.baseUrl, item), score: 1 }));
  return { ...response, body: { total_count: items.length, incomplete_results: false, search_type: 'lexical', items: response.body } };
}

function getRepo(ctx: RouteContext): FakeResponse {
  const repo = repoOf(ctx);
  if (!repo) return notFound();
  const full = `${repo.owner}/${repo.name}`;
  const index = ctx.data.repos.indexOf(repo);
  return {
    status: 200,
    body: {
      id: 100000 + index + 1,
      name: repo.name,
      full_name: full,
      owner: simpleUser(ctx.baseUrl, userOrStub(ctx.data, repo.owner)),
      private: false,
      html_url: `https://github.com/${full}`,
      url: `${ctx.baseUrl}/repos/${full}`,
      fork: false,
      archived: repo.archived === true,
      default_branch: 'main',
      visibility: 'public',
    },
  };
}

export const itemRoutes: Route[] = [
  ['GET', '/repos/:owner/:repo', getRepo],
  ['GET', '/repos/:owner/:repo/issues', listIssues],
  ['GET', '/repos/:owner/:repo/pulls', listPulls],
  ['GET', '/repos/:owner/:repo/issues/comments/:id', getComment],
  ['PATCH', '/repos/:owner/:repo/issues/comments/:id', updateComment],
  ['DELETE', '/repos/:owner/:repo/issues/comments/:id', deleteComment],
  ['GET', '/repos/:owner/:repo/issues/:number', getIssue],
  ['GET', '/repos/:owner/:repo/pulls/:number', getPull],
  ['GET', '/repos/:owner/:repo/pulls/:number/files', listFiles],
  ['GET', '/repos/:owner/:repo/issues/:number/comments', listComments],
  ['POST', '/repos/:owner/:repo/issues/:number/comments', createComment],
  ['GET', '/search/issues', searchIssues],
];
