// GitHub's error bodies, word for word, so a client's error handling meets what it will meet in production.
import type { FakeResponse } from './types.js';

export function notFound(message = 'Not Found', documentationUrl = 'https://docs.github.com/rest'): FakeResponse {
  return { status: 404, body: { message, documentation_url: documentationUrl } };
}

export function forbidden(message: string, documentationUrl = 'https://docs.github.com/rest'): FakeResponse {
  return { status: 403, body: { message, documentation_url: documentationUrl, status: '403' } };
}

export function validationFailed(errors: Record<string, unknown>[], documentationUrl = 'https://docs.github.com/rest'): FakeResponse {
  return { status: 422, body: { message: 'Validation Failed', errors, documentation_url: documentationUrl, status: '422' } };
}

export const readOnlyRefusal: FakeResponse = forbidden(
  'Resource not accessible by integration',
  'https://docs.github.com/rest/issues/labels#add-labels-to-an-issue',
);

export function rateLimited(): FakeResponse {
  return {
    status: 403,
    body: {
      message: 'API rate limit exceeded for installation ID 1.',
      documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
    },
  };
}

// Every write to an archived repository, whatever the token may do.
export const archivedRefusal: FakeResponse = forbidden('Repository was archived so is read-only.', 'https://docs.github.com/rest');

// GitHub's "Unicorn" page, served (with status 200 at times) when its frontend cannot reach the API.
export const unicornPage =
  '<!DOCTYPE html>\n<html>\n<head><title>Unicorn! &middot; GitHub</title></head>\n<body><p>No server is currently available to service your request.</p></body>\n</html>\n';
