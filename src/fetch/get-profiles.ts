import type { Client } from './client.js';
import { getHistoryPages } from './get-history-pages.js';
import { runInHalves, runQuery, type QueryOptions, type QueryResult } from './graphql-query.js';
import { profilePart, searchEnd, type AuthorData, type ProfileRequest, type ProfileWindow } from './profile-part.js';
import { readProfile } from './read-profile.js';

// Profiles of one or more authors in one query, with the ways GitHub refuses a whole answer handled:
// - a token that may not read User.email (a classic token without user:email or read:user, `gh auth token`,
//   has the whole query refused; others have the field refused and the user nulled): asked again without it,
//   the email counted as unread;
// - an author GitHub will not search (suspended, renamed) nulls every search of the query: with several
//   authors, each is asked alone;
// - a batch GitHub timed out on is asked again in halves (runInHalves).
// A history longer than one page is then read on, page by page.
export async function getProfiles(client: Client, name: string, requests: ProfileRequest[], window: ProfileWindow): Promise<AuthorData[]> {
  const authors = await runInHalves(requests, (batch, options) => profileBatch(client, name, batch, window, options));
  return Promise.all(
    authors.map((a, i) => {
      const own = requests[i]?.window ?? window;
      return a.cursors.pr || a.cursors.issue ? getHistoryPages(client, a, own.since, searchEnd(own)) : Promise.resolve(a);
    }),
  );
}

async function profileBatch(
  client: Client,
  name: string,
  requests: ProfileRequest[],
  window: ProfileWindow,
  options: QueryOptions,
): Promise<{ timedOut: boolean; values: AuthorData[] }> {
  const ask = (batch: ProfileRequest[], withEmail: boolean, own = options) =>
    runQuery(
      client,
      name,
      batch.map((r, i) => profilePart(`a${i}`, r, window, withEmail)),
      own,
    );
  let withEmail = true;
  let result = await ask(requests, withEmail);
  if (refusedEmail(result)) {
    withEmail = false;
    result = await ask(requests, withEmail);
  }
  if (result.timedOut) return { timedOut: true, values: requests.map((r, i) => readProfile(`a${i}`, r, result, withEmail)) };
  if (requests.length > 1 && refusedSearch(result)) {
    return { timedOut: false, values: await Promise.all(requests.map(async (r) => readProfile('a0', r, await ask([r], withEmail, {}), withEmail))) };
  }
  return { timedOut: false, values: requests.map((r, i) => readProfile(`a${i}`, r, result, withEmail)) };
}

// Refused for the email alone, in either of GitHub's ways: the whole document (a classic token without
// user:email, INSUFFICIENT_SCOPES naming the field) or field by field (FORBIDDEN or another type at a path
// ending in `email`, which nulls the user since the field is non-null).
function refusedEmail(result: QueryResult): boolean {
  return result.errors.some((e) => e.field === 'email' || (e.path === '' && /'email' field/.test(e.message)));
}

function refusedSearch(result: QueryResult): boolean {
  return result.errors.some((e) => e.type === 'INVALID') && Object.keys(result.data).length === 0;
}
