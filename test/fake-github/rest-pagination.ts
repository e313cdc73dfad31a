// REST page-number pagination with GitHub's Link header
// (https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api).
import type { FakeResponse } from './types.js';

export interface PageRequest {
  baseUrl: string;
  path: string;
  query: URLSearchParams;
}

export function pageParams(query: URLSearchParams): { perPage: number; page: number } {
  const perPage = clampInt(query.get('per_page'), 30, 1, 100);
  const page = clampInt(query.get('page'), 1, 1, Number.MAX_SAFE_INTEGER);
  return { perPage, page };
}

function clampInt(raw: string | null, fallback: number, min: number, max: number): number {
  const value = raw === null ? NaN : Number.parseInt(raw, 10);
  if (!Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}

// One page of `all`, answered with 200 and a Link header naming prev, next, last and first as GitHub does.
export function paginate<T>(request: PageRequest, all: T[], render: (item: T) => unknown): FakeResponse {
  const { perPage, page } = pageParams(request.query);
  const lastPage = Math.max(1, Math.ceil(all.length / perPage));
  const slice = all.slice((page - 1) * perPage, page * perPage);
  const link = linkHeader(request, page, lastPage);
  return { status: 200, body: slice.map(render), headers: link ? { link } : {} };
}

function linkHeader(request: PageRequest, page: number, lastPage: number): string {
  const urlFor = (n: number): string => {
    const query = new URLSearchParams(request.query);
    query.set('page', String(n));
    return `<${request.baseUrl}${request.path}?${query.toString()}>`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(`${urlFor(Math.min(page - 1, lastPage))}; rel="prev"`);
  if (page < lastPage) parts.push(`${urlFor(page + 1)}; rel="next"`, `${urlFor(lastPage)}; rel="last"`);
  if (page > 1) parts.push(`${urlFor(1)}; rel="first"`);
  return parts.join(', ');
}
