// Repository labels and the labels on an issue or pull request.
import { findItem, findRepo } from './lookup.js';
import { notFound, validationFailed } from './rest-errors.js';
import { paginate } from './rest-pagination.js';
import type { Route } from './rest-router.js';
import { itemLabels, label } from './rest-shapes.js';
import type { FakeResponse, RouteContext } from './types.js';

// GitHub colors a label created on the fly this way.
const autoColor = 'ededed';

function repoOf(ctx: RouteContext) {
  return findRepo(ctx.data, ctx.params.owner ?? '', ctx.params.repo ?? '');
}

function listRepoLabels(ctx: RouteContext): FakeResponse {
  const repo = repoOf(ctx);
  if (!repo) return notFound();
  const full = `${repo.owner}/${repo.name}`;
  return paginate(ctx, repo.labels, (l) => label(ctx.baseUrl, full, l.name, l.color, l.description));
}

function getRepoLabel(ctx: RouteContext): FakeResponse {
  const repo = repoOf(ctx);
  const wanted = (ctx.params.name ?? '').toLowerCase();
  const found = repo?.labels.find((l) => l.name.toLowerCase() === wanted);
  if (!repo || !found) return notFound('Not Found', 'https://docs.github.com/rest/issues/labels#get-a-label');
  return { status: 200, body: label(ctx.baseUrl, `${repo.owner}/${repo.name}`, found.name, found.color, found.description) };
}

function createRepoLabel(ctx: RouteContext): FakeResponse {
  const repo = repoOf(ctx);
  if (!repo) return notFound();
  const { name, color, description } = (ctx.body ?? {}) as { name?: unknown; color?: unknown; description?: unknown };
  if (typeof name !== 'string' || !name) return validationFailed([{ resource: 'Label', code: 'missing_field', field: 'name' }]);
  if (repo.labels.some((l) => l.name.toLowerCase() === name.toLowerCase())) {
    return validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }], 'https://docs.github.com/rest/issues/labels#create-a-label');
  }
  const hex = typeof color === 'string' ? color.replace(/^#/, '') : autoColor;
  if (!/^[0-9a-fA-F]{6}$/.test(hex)) return validationFailed([{ resource: 'Label', code: 'invalid', field: 'color' }]);
  const created = { name, color: hex, description: typeof description === 'string' ? description : null };
  repo.labels.push(created);
  return { status: 201, body: label(ctx.baseUrl, `${repo.owner}/${repo.name}`, created.name, created.color, created.description) };
}

// GitHub's update-a-label: `new_name`, `color` and `description`, each optional; the name in the path is matched
// without regard to case.
function updateRepoLabel(ctx: RouteContext): FakeResponse {
  const repo = repoOf(ctx);
  const wanted = (ctx.params.name ?? '').toLowerCase();
  const found = repo?.labels.find((l) => l.name.toLowerCase() === wanted);
  if (!repo || !found) return notFound('Not Found', 'https://docs.github.com/rest/issues/labels#update-a-label');
  const { new_name: newName, color, description } = (ctx.body ?? {}) as { new_name?: unknown; color?: unknown; description?: unknown };
  if (color !== undefined) {
    const hex = typeof color === 'string' ? color.replace(/^#/, '') : '';
    if (!/^[0-9a-fA-F]{6}$/.test(hex)) return validationFailed([{ resource: 'Label', code: 'invalid', field: 'color' }]);
    found.color = hex;
  }
  if (newName !== undefined) {
    if (typeof newName !== 'string' || !newName) return validationFailed([{ resource: 'Label', code: 'invalid', field: 'name' }]);
    const clash = repo.labels.some((l) => l !== found && l.name.toLowerCase() === newName.toLowerCase());
    if (clash) return validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
    const full = `${repo.owner}/${repo.name}`.toLowerCase();
    for (const item of ctx.data.items.filter((i) => i.repo.toLowerCase() === full)) item.labels = item.labels.map((n) => (n === found.name ? newName : n));
    found.name = newName;
  }
  if (description !== undefined) found.description = typeof description === 'string' ? description : null;
  return { status: 200, body: label(ctx.baseUrl, `${repo.owner}/${repo.name}`, found.name, found.color, found.description) };
}

// GitHub takes {labels: [...]}, a bare array, or label objects with a name.
function requestedLabels(body: unknown): string[] | undefined {
  const list = Array.isArray(body) ? body : (body as { labels?: unknown } | null)?.labels;
  if (!Array.isArray(list)) return undefined;
  const names = list.map((entry) => (typeof entry === 'string' ? entry : (entry as { name?: unknown } | null)?.name));
  return names.every((n): n is string => typeof n === 'string' && n.length > 0) ? names : undefined;
}

function itemOf(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const item = repo ? findItem(ctx.data, repo, Number(ctx.params.number)) : undefined;
  return repo && item ? { repo, item } : undefined;
}

function listItemLabels(ctx: RouteContext): FakeResponse {
  const found = itemOf(ctx);
  if (!found) return notFound();
  return { status: 200, body: itemLabels(ctx.data, ctx.baseUrl, found.item) };
}

// GitHub keeps at most this many labels on one issue or PR.
export const maxLabelsPerItem = 100;

function addItemLabels(ctx: RouteContext): FakeResponse {
  const found = itemOf(ctx);
  if (!found) return notFound();
  const names = requestedLabels(ctx.body);
  if (!names) return validationFailed([{ resource: 'Label', code: 'invalid', field: 'labels' }]);
  const { repo, item } = found;
  const added = new Set([...item.labels, ...names].map((n) => n.toLowerCase()));
  if (added.size > maxLabelsPerItem) {
    return validationFailed(
      [{ resource: 'Label', code: 'invalid', field: 'labels', message: `An issue or pull request can have at most ${maxLabelsPerItem} labels` }],
      'https://docs.github.com/rest/issues/labels#add-labels-to-an-issue',
    );
  }
  for (const name of names) {
    let known = repo.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
    if (!known) {
      known = { name, color: autoColor, description: null };
      repo.labels.push(known);
    }
    if (!item.labels.some((l) => l.toLowerCase() === name.toLowerCase())) item.labels.push(known.name);
  }
  return { status: 200, body: itemLabels(ctx.data, ctx.baseUrl, item) };
}

function removeItemLabel(ctx: RouteContext): FakeResponse {
  const found = itemOf(ctx);
  if (!found) return notFound();
  const wanted = (ctx.params.name ?? '').toLowerCase();
  const index = found.item.labels.findIndex((l) => l.toLowerCase() === wanted);
  if (index < 0) return notFound('Label does not exist', 'https://docs.github.com/rest/issues/labels#remove-a-label-from-an-issue');
  found.item.labels.splice(index, 1);
  return { status: 200, body: itemLabels(ctx.data, ctx.baseUrl, found.item) };
}

export const labelRoutes: Route[] = [
  ['GET', '/repos/:owner/:repo/labels', listRepoLabels],
  ['POST', '/repos/:owner/:repo/labels', createRepoLabel],
  ['GET', '/repos/:owner/:repo/labels/:name', getRepoLabel],
  ['PATCH', '/repos/:owner/:repo/labels/:name', updateRepoLabel],
  ['GET', '/repos/:owner/:repo/issues/:number/labels', listItemLabels],
  ['POST', '/repos/:owner/:repo/issues/:number/labels', addItemLabels],
  ['DELETE', '/repos/:owner/:repo/issues/:number/labels/:name', removeItemLabel],
];
