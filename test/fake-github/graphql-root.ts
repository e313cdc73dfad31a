// The Query root: the entry fields the action uses, with GitHub's NOT_FOUND and INVALID errors.
import { GitHubGraphqlError, UnimplementedError } from './graphql-errors.js';
import { connection } from './graphql-connection.js';
import { itemNode, organizationNode, repositoryNode, userNode, viewerNode, type GqlScope } from './graphql-objects.js';
import { findRepo, findVisibleUser } from './lookup.js';
import { searchItems } from './search.js';

export interface GraphqlQuota {
  limit: number;
  remaining: number;
  used: number;
  resetAt: string;
}

// GitHub's search never pages past the 1000th result.
const searchReach = 1000;

type Args = Record<string, unknown>;

export function queryRoot(scope: GqlScope, quota: GraphqlQuota): Record<string, unknown> {
  return {
    user: (args: Args) => {
      const login = String(args.login);
      const user = findVisibleUser(scope.data, login);
      // Bots and organizations are not Users to this field.
      if (!user || user.type !== 'User') throw new GitHubGraphqlError('NOT_FOUND', `Could not resolve to a User with the login of '${login}'.`);
      return userNode(scope, user);
    },
    viewer: () => viewerNode(scope),
    organization: (args: Args) => {
      const login = String(args.login);
      const org = findVisibleUser(scope.data, login);
      if (!org || org.type !== 'Organization') {
        throw new GitHubGraphqlError('NOT_FOUND', `Could not resolve to an Organization with the login of '${login}'.`);
      }
      return organizationNode(scope, org);
    },
    repository: (args: Args) => {
      const repo = findRepo(scope.data, String(args.owner), String(args.name));
      if (!repo) throw new GitHubGraphqlError('NOT_FOUND', `Could not resolve to a Repository with the name '${String(args.owner)}/${String(args.name)}'.`);
      return repositoryNode(scope, repo);
    },
    search: (args: Args) => {
      if (args.type !== 'ISSUE') throw new UnimplementedError(`fake-github implements search only for type ISSUE, not ${String(args.type)}`);
      const { items, typed } = searchItems(scope.data, String(args.query));
      // GitHub answers it (no nodes, and a count of both types), so the client would read a wrong answer.
      if (!typed) scope.mistake?.(`search without is:pr or is:issue (GitHub lists no nodes for it and counts both types): ${String(args.query)}`);
      const page = connection(typed ? items : [], args, 'search', (item) => itemNode(scope, item), { reachable: searchReach });
      return {
        ...page,
        issueCount: items.length,
        repositoryCount: 0,
        userCount: 0,
        discussionCount: 0,
        wikiCount: 0,
        codeCount: 0,
        edges: () => page.edges().map((edge) => ({ ...edge, textMatches: [] })),
      };
    },
    rateLimit: () => ({ ...quota, cost: 1, nodeCount: 1 }),
  };
}
