import type { Client } from './client.js';
import { lastPage } from './last-page.js';
import { restList } from './rest-list.js';

export interface PublicEvent {
  id: string;
  type: string;
  repo: string; // owner/name
  createdAt: string;
  action: string | null; // payload.action, when the event has one
  body: string | null; // a comment event's comment: user text
}

// GitHub serves at most 300 public events (3 pages of 100), from the last 30 days.
const pageSize = 100;
const maxPages = 3;

// Page 1 first; only when it is full and still inside the window are the remaining pages read, together.
export async function getPublicEvents(client: Client, login: string, since: Date): Promise<PublicEvent[]> {
  const first = await getPage(client, login, 1);
  const oldest = first.events.at(-1);
  if (first.lastPage <= 1 || !oldest || new Date(oldest.createdAt) < since) return first.events;
  const rest = await Promise.all(Array.from({ length: Math.min(first.lastPage, maxPages) - 1 }, (_, i) => getPage(client, login, i + 2)));
  return [first, ...rest].flatMap((page) => page.events);
}

async function getPage(client: Client, login: string, page: number): Promise<{ events: PublicEvent[]; lastPage: number }> {
  const response = await client.octokit.request('GET /users/{username}/events/public', { username: login, per_page: pageSize, page });
  return {
    events: restList<(typeof response.data)[number]>(response.data, `GET /users/${login}/events/public`).map((e) => {
      const payload = (e.payload ?? {}) as { action?: unknown; comment?: { body?: unknown } };
      return {
        id: String(e.id),
        type: e.type ?? 'Event',
        repo: e.repo?.name ?? '',
        createdAt: e.created_at ?? '',
        action: typeof payload.action === 'string' ? payload.action : null,
        body: typeof payload.comment?.body === 'string' ? payload.comment.body : null,
      };
    }),
    lastPage: lastPage(response.headers.link) ?? page,
  };
}
