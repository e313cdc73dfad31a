// The REST route table: method and path pattern to handler. Patterns use :name segments.
import type { FakeResponse, RouteContext } from './types.js';
import { itemRoutes } from './rest-items.js';
import { labelRoutes } from './rest-labels.js';
import { orgRoutes } from './rest-orgs.js';
import { userRoutes } from './rest-users.js';

export type Handler = (ctx: RouteContext) => FakeResponse;
export type Route = [method: string, pattern: string, handler: Handler];

const routes: Route[] = [...userRoutes, ...itemRoutes, ...labelRoutes, ...orgRoutes];

export interface RouteMatch {
  handler: Handler;
  params: Record<string, string>;
}

export function matchRoute(method: string, path: string): RouteMatch | undefined {
  const segments = path.split('/').filter(Boolean);
  for (const [routeMethod, pattern, handler] of routes) {
    if (routeMethod !== method) continue;
    const params = matchPattern(pattern, segments);
    if (params) return { handler, params };
  }
  return undefined;
}

function matchPattern(pattern: string, segments: string[]): Record<string, string> | undefined {
  const parts = pattern.split('/').filter(Boolean);
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = safeDecode(segment);
    else if (part !== segment) return undefined;
  }
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
