// Users, their public events and social accounts.
import type { Route } from './rest-router.js';
import { findVisibleUser } from './lookup.js';
import { notFound } from './rest-errors.js';
import { paginate, pageParams } from './rest-pagination.js';
import { event, publicUser } from './rest-shapes.js';
import type { FakeResponse, RouteContext } from './types.js';

// GitHub keeps at most 300 events of a timeline, whatever the page size, and only those of the last 30 days
// (since January 2025: https://github.blog/changelog/2024-11-08-upcoming-changes-to-data-retention-for-events-api-atom-feed-timeline-and-dashboard-feed-features).
const eventsCap = 300;
const eventsKeptMs = 30 * 86_400_000;

function getUser(ctx: RouteContext): FakeResponse {
  const user = findVisibleUser(ctx.data, ctx.params.login ?? '');
  if (!user) return notFound('Not Found', 'https://docs.github.com/rest/users/users#get-a-user');
  return { status: 200, body: publicUser(ctx.data, ctx.baseUrl, user) };
}

function listPublicEvents(ctx: RouteContext): FakeResponse {
  const user = findVisibleUser(ctx.data, ctx.params.login ?? '');
  if (!user) return notFound('Not Found', 'https://docs.github.com/rest/activity/events#list-public-events-for-a-user');
  const { perPage, page } = pageParams(ctx.query);
  if ((page - 1) * perPage >= eventsCap && page > 1) {
    return {
      status: 422,
      body: {
        message: 'In order to keep the API fast for everyone, pagination is limited for this resource.',
        documentation_url: 'https://docs.github.com/v3/#pagination',
        status: '422',
      },
    };
  }
  const login = user.login.toLowerCase();
  const events = ctx.data.events
    .filter((e) => e.actor.toLowerCase() === login && Date.parse(e.created_at) >= Date.now() - eventsKeptMs)
    .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))
    .slice(0, eventsCap);
  return paginate(ctx, events, (e) => event(ctx.data, ctx.baseUrl, e));
}

function listSocialAccounts(ctx: RouteContext): FakeResponse {
  const user = findVisibleUser(ctx.data, ctx.params.login ?? '');
  if (!user) return notFound();
  return paginate(ctx, user.social_accounts ?? [], (a) => ({ provider: a.provider.toLowerCase(), url: a.url }));
}

export const userRoutes: Route[] = [
  ['GET', '/users/:login', getUser],
  ['GET', '/users/:login/events/public', listPublicEvents],
  ['GET', '/users/:login/social_accounts', listSocialAccounts],
];
