// What a local run takes from the environment: the token and where GitHub is. The token never leaves this
// process except in the Authorization header.
import { UsageError } from './usage.js';

export interface GitHubEnv {
  token: string;
  orgToken: string;
  apiUrl: string;
  serverUrl: string;
}

export function readGitHubEnv(env: NodeJS.ProcessEnv): GitHubEnv {
  const token = (env.GITHUB_TOKEN || env.GH_TOKEN || '').trim();
  if (!token) {
    throw new UsageError(
      'no token: set GITHUB_TOKEN (or GH_TOKEN), e.g. GITHUB_TOKEN=$(gh auth token) newcomer-triage …; a read-only token is enough with --dry-run',
    );
  }
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  checkGraphqlUrl(apiUrl, env.GITHUB_GRAPHQL_URL);
  return { token, orgToken: (env.ORG_TOKEN ?? '').trim(), apiUrl, serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '') };
}

// Octokit derives the GraphQL endpoint from the REST one (…/api/v3 → …/api/graphql on GitHub Enterprise,
// …/graphql otherwise) and the client takes no other; a GITHUB_GRAPHQL_URL that points elsewhere would be
// silently ignored, so it is refused instead.
function checkGraphqlUrl(apiUrl: string, graphqlUrl: string | undefined): void {
  if (!graphqlUrl) return;
  const derived = `${apiUrl.replace(/\/api\/v3$/, '/api')}/graphql`;
  if (graphqlUrl.replace(/\/+$/, '') !== derived) {
    throw new UsageError(`GITHUB_GRAPHQL_URL is ${graphqlUrl}, but with GITHUB_API_URL=${apiUrl} GraphQL goes to ${derived}; unset it or make the two agree`);
  }
}
