// GraphQL objects over the dataset: plain objects whose properties or (args) => value methods graphql-js
// resolves; abstract types resolve by __typename. Every field left out is reported as unimplemented.
import type { Dataset, FakeComment, FakeItem, FakeRepo, FakeUser } from './dataset.js';
import { connection, type Connection, type ConnectionArgs } from './graphql-connection.js';
import { GitHubGraphqlError } from './graphql-errors.js';
import { findItem, findUser, isOrgAdmin, isOrgMember, labelColor, repoFullName, repoOfItem, userOrStub } from './lookup.js';
import { itemId, labelId, nodeId, repoId } from './node-ids.js';
import { avatarUrl, commentAssociation, diffEntries } from './rest-shapes.js';
import { contributionsOf } from './graphql-contributions.js';

export interface GqlScope {
  data: Dataset;
  identity: string;
  baseUrl: string;
  // User.email is refused field by field (FakeOptions.emailForbidden).
  emailForbidden?: boolean;
  // Records a request GitHub would answer but not as the client meant (tests assert there are none).
  mistake?: (message: string) => void;
}

export type Node = Record<string, unknown>;
type Args = Record<string, unknown>;

const socialProviders = new Set([
  'BLUESKY',
  'FACEBOOK',
  'GENERIC',
  'HOMETOWN',
  'INSTAGRAM',
  'LINKEDIN',
  'MASTODON',
  'NPM',
  'REDDIT',
  'TWITCH',
  'TWITTER',
  'YOUTUBE',
]);

function countOnly(totalCount: number): Node {
  return { totalCount };
}

function itemsOf(scope: GqlScope, filter: (item: FakeItem) => boolean, args: Args): FakeItem[] {
  const states = (args.states as string[] | null | undefined) ?? null;
  const items = scope.data.items.filter((item) => filter(item) && (!states || states.includes(graphqlState(item))));
  const orderBy = args.orderBy as { field?: string; direction?: string } | null | undefined;
  // GitHub's default order for these connections is oldest first.
  const direction = orderBy?.direction === 'DESC' ? -1 : 1;
  const key = (item: FakeItem): number => Date.parse(orderBy?.field === 'UPDATED_AT' ? (item.closed_at ?? item.created_at) : item.created_at);
  return items.sort((a, b) => direction * (key(a) - key(b)) || direction * (a.number - b.number));
}

export function graphqlState(item: FakeItem): string {
  if (item.kind === 'pr' && item.merged_at) return 'MERGED';
  return item.state === 'open' ? 'OPEN' : 'CLOSED';
}

export function userNode(scope: GqlScope, user: FakeUser): Node {
  const login = user.login;
  const authored = (kind: FakeItem['kind'], name: string) => (args: Args) =>
    itemConnection(
      scope,
      itemsOf(scope, (i) => i.kind === kind && i.author.toLowerCase() === login.toLowerCase(), args),
      args,
      name,
    );
  return {
    __typename: 'User',
    id: nodeId('User', user.id),
    databaseId: user.id,
    login,
    createdAt: user.created_at,
    updatedAt: user.created_at,
    name: user.name ?? null,
    company: user.company ?? null,
    websiteUrl: user.blog ? user.blog : null,
    location: user.location ?? null,
    // GitHub answers "" for an email the user keeps private.
    email: scope.emailForbidden
      ? () => {
          throw new GitHubGraphqlError('FORBIDDEN', 'Resource not accessible by integration');
        }
      : (user.email ?? ''),
    bio: user.bio ?? null,
    twitterUsername: user.twitter_username ?? null,
    isSiteAdmin: false,
    isBountyHunter: false,
    isHireable: false,
    url: `https://github.com/${login}`,
    resourcePath: `/${login}`,
    avatarUrl: () => avatarUrl(user),
    socialAccounts: (args: Args) => {
      const accounts = (user.social_accounts ?? []).map((a) => {
        const provider = a.provider.toUpperCase();
        return { provider: socialProviders.has(provider) ? provider : 'GENERIC', url: a.url, displayName: a.url.replace(/^https?:\/\//, '') };
      });
      return connection(accounts, args, 'socialAccounts');
    },
    contributionsCollection: (args: Args) => contributionsOf(scope, user, args),
    followers: () => countOnly(0),
    following: () => countOnly(0),
    repositories: (args: Args) =>
      connection(
        scope.data.repos.filter((r) => r.owner.toLowerCase() === login.toLowerCase()),
        args,
        'repositories',
        (r) => repositoryNode(scope, r),
      ),
    pullRequests: authored('pr', 'pullRequests'),
    issues: authored('issue', 'issues'),
  };
}

export function actorNode(scope: GqlScope, login: string): Node | null {
  const user = userOrStub(scope.data, login);
  if (user.login === 'ghost') return null;
  if (user.type === 'Bot') {
    // GraphQL names a bot without the "[bot]" suffix REST gives it.
    const name = user.login.replace(/\[bot\]$/, '');
    return {
      __typename: 'Bot',
      id: nodeId('Bot', user.id),
      databaseId: user.id,
      login: name,
      createdAt: user.created_at,
      updatedAt: user.created_at,
      url: `https://github.com/apps/${name}`,
      resourcePath: `/apps/${name}`,
      avatarUrl: () => avatarUrl(user),
    };
  }
  if (user.type === 'Organization') return organizationNode(scope, user);
  return userNode(scope, user);
}

export function organizationNode(scope: GqlScope, org: FakeUser): Node {
  const members = scope.data.orgMembers[org.login] ?? [];
  return {
    __typename: 'Organization',
    id: nodeId('Organization', org.id),
    databaseId: org.id,
    login: org.login,
    name: org.name ?? null,
    email: org.email ?? null,
    websiteUrl: org.blog ? org.blog : null,
    createdAt: org.created_at,
    url: `https://github.com/${org.login}`,
    resourcePath: `/${org.login}`,
    avatarUrl: () => avatarUrl(org),
    viewerCanAdminister: isOrgAdmin(scope.data, org.login, scope.identity),
    viewerIsAMember: isOrgMember(scope.data, org.login, scope.identity),
    membersWithRole: (args: Args) => connection(members, args, 'membersWithRole', (m) => userNode(scope, userOrStub(scope.data, m))),
  };
}

function ownerNode(scope: GqlScope, login: string): Node {
  const owner = userOrStub(scope.data, login);
  if (owner.type === 'Organization') return organizationNode(scope, owner);
  return userNode(scope, owner);
}

export function repositoryNode(scope: GqlScope, repo: FakeRepo): Node {
  const full = repoFullName(repo);
  const id = repoId(scope.data, repo);
  const inRepo = (item: FakeItem): boolean => item.repo.toLowerCase() === full.toLowerCase();
  const itemByNumber = (kind: FakeItem['kind'] | undefined, type: string) => (args: Args) => {
    const item = findItem(scope.data, repo, Number(args.number));
    if (!item || (kind && item.kind !== kind)) {
      throw new GitHubGraphqlError('NOT_FOUND', `Could not resolve to ${type} with the number of ${String(args.number)}.`);
    }
    return itemNode(scope, item);
  };
  return {
    __typename: 'Repository',
    id: nodeId('Repository', id),
    databaseId: id,
    name: repo.name,
    nameWithOwner: full,
    owner: ownerNode(scope, repo.owner),
    url: `https://github.com/${full}`,
    resourcePath: `/${full}`,
    isPrivate: false,
    isArchived: repo.archived === true,
    isFork: false,
    visibility: 'PUBLIC',
    label: (args: Args) => {
      const wanted = String(args.name).toLowerCase();
      const found = repo.labels.find((l) => l.name.toLowerCase() === wanted);
      return found ? labelNode(full, found.name, found.color, found.description) : null;
    },
    labels: (args: Args) => {
      const query = typeof args.query === 'string' ? args.query.toLowerCase() : '';
      const labels = repo.labels.filter((l) => l.name.toLowerCase().includes(query)).map((l) => labelNode(full, l.name, l.color, l.description));
      return connection(labels, args, 'labels');
    },
    issueOrPullRequest: itemByNumber(undefined, 'an issue or pull request'),
    issue: itemByNumber('issue', 'an Issue'),
    pullRequest: itemByNumber('pr', 'a PullRequest'),
    pullRequests: (args: Args) =>
      itemConnection(
        scope,
        itemsOf(scope, (i) => inRepo(i) && i.kind === 'pr', args),
        args,
        'pullRequests',
      ),
    issues: (args: Args) =>
      itemConnection(
        scope,
        itemsOf(scope, (i) => inRepo(i) && i.kind === 'issue', args),
        args,
        'issues',
      ),
  };
}

function itemConnection(scope: GqlScope, items: FakeItem[], args: Args, name: string): Connection<Node> {
  return connection(items, args as ConnectionArgs, name, (item) => itemNode(scope, item));
}

function labelNode(repoFull: string, name: string, color: string, description?: string | null): Node {
  const id = labelId(repoFull, name);
  return {
    __typename: 'Label',
    id: nodeId('Label', id),
    name,
    color,
    description: description ?? null,
    isDefault: false,
    url: `https://github.com/${repoFull}/labels/${encodeURIComponent(name)}`,
  };
}

function commentNode(scope: GqlScope, comment: FakeComment): Node {
  return {
    __typename: 'IssueComment',
    id: comment.node_id ?? nodeId('IssueComment', comment.id),
    databaseId: comment.id,
    fullDatabaseId: String(comment.id),
    body: comment.body,
    bodyText: comment.body,
    createdAt: comment.created_at,
    updatedAt: comment.updated_at ?? comment.created_at,
    lastEditedAt: comment.updated_at ?? null,
    author: actorNode(scope, comment.author),
    authorAssociation: commentAssociation(scope.data, comment),
    viewerDidAuthor: comment.author.toLowerCase() === scope.identity.toLowerCase(),
    isMinimized: false,
    url: `https://github.com/${comment.repo}/issues/${comment.number}#issuecomment-${comment.id}`,
  };
}

export function itemNode(scope: GqlScope, item: FakeItem): Node {
  const id = itemId(scope.data, item);
  const repo = repoOfItem(scope.data, item);
  const isPr = item.kind === 'pr';
  const path = `/${item.repo}/${isPr ? 'pull' : 'issues'}/${item.number}`;
  const common: Node = {
    __typename: isPr ? 'PullRequest' : 'Issue',
    id: nodeId(isPr ? 'PullRequest' : 'Issue', id),
    databaseId: id,
    fullDatabaseId: String(id),
    number: item.number,
    title: item.title,
    body: item.body ?? '',
    bodyText: item.body ?? '',
    url: `https://github.com${path}`,
    resourcePath: path,
    createdAt: item.created_at,
    updatedAt: item.closed_at ?? item.created_at,
    publishedAt: item.created_at,
    closedAt: item.closed_at ?? null,
    closed: item.state === 'closed',
    locked: false,
    state: graphqlState(item),
    author: actorNode(scope, item.author),
    authorAssociation: item.author_association ?? 'NONE',
    viewerDidAuthor: item.author.toLowerCase() === scope.identity.toLowerCase(),
    repository: () => (repo ? repositoryNode(scope, repo) : null),
    labels: (args: Args) =>
      connection(
        item.labels.map((name) => labelNode(item.repo, name, labelColor(repo, name))),
        args,
        'labels',
      ),
    comments: (args: Args) => {
      const comments = scope.data.comments
        .filter((c) => c.repo.toLowerCase() === item.repo.toLowerCase() && c.number === item.number)
        .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
      return connection(comments, args, 'comments', (c) => commentNode(scope, c));
    },
  };
  if (!isPr) {
    return { ...common, stateReason: item.state_reason ? item.state_reason.toUpperCase() : null };
  }
  const files = diffEntries(item);
  return {
    ...common,
    merged: Boolean(item.merged_at),
    mergedAt: item.merged_at ?? null,
    isDraft: item.draft ?? false,
    additions: item.additions ?? 0,
    deletions: item.deletions ?? 0,
    changedFiles: files.length,
    baseRefName: 'main',
    files: (args: Args) =>
      connection(
        files.map((f) => ({ path: f.filename, additions: f.additions, deletions: f.deletions, changeType: f.status === 'renamed' ? 'RENAMED' : 'MODIFIED' })),
        args,
        'files',
      ),
  };
}

export function viewerNode(scope: GqlScope): Node {
  return userNode(scope, findUser(scope.data, scope.identity) ?? userOrStub(scope.data, scope.identity));
}
