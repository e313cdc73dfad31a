// REST objects shaped like GitHub's: an openapi example as template, the dataset's values on top.
import type { Dataset, FakeComment, FakeEvent, FakeInvitation, FakeItem, FakeUser } from './dataset.js';
import { labelColor, repoOfItem, userOrStub } from './lookup.js';
import { itemId, labelId, nodeId } from './node-ids.js';
import { fromTemplate } from './templates.js';

const api = 'https://api.github.com';

export function avatarUrl(user: FakeUser): string {
  return `https://avatars.githubusercontent.com/u/${user.id}?v=4`;
}

export function userNodeType(user: FakeUser): string {
  return user.type === 'Organization' ? 'Organization' : user.type;
}

export function simpleUser(baseUrl: string, user: FakeUser): Record<string, unknown> {
  const login = encodeURIComponent(user.login);
  const shape = fromTemplate('simple-user', [
    [`${api}/users/octocat`, `${baseUrl}/users/${login}`],
    ['https://github.com/octocat', `https://github.com/${login}`],
    [api, baseUrl],
  ]);
  return {
    ...shape,
    login: user.login,
    id: user.id,
    node_id: nodeId(userNodeType(user), user.id),
    avatar_url: avatarUrl(user),
    type: user.type,
    site_admin: false,
  };
}

export function publicUser(data: Dataset, baseUrl: string, user: FakeUser): Record<string, unknown> {
  const template = fromTemplate('public-user-default-response', [[api, baseUrl]]);
  return {
    ...template,
    ...simpleUser(baseUrl, user),
    name: user.name ?? null,
    company: user.company ?? null,
    // GitHub answers "" for an empty blog, null for the other empty fields.
    blog: user.blog ?? '',
    location: user.location ?? null,
    email: user.email ?? null,
    hireable: null,
    bio: user.bio ?? null,
    twitter_username: user.twitter_username ?? null,
    public_repos: data.repos.filter((r) => r.owner.toLowerCase() === user.login.toLowerCase()).length,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: user.created_at,
    updated_at: user.created_at,
  };
}

export function label(baseUrl: string, repoFull: string, name: string, color: string, description?: string | null): Record<string, unknown> {
  return {
    ...fromTemplate('label'),
    id: labelId(repoFull, name),
    node_id: nodeId('Label', labelId(repoFull, name)),
    url: `${baseUrl}/repos/${repoFull}/labels/${encodeURIComponent(name)}`,
    name,
    description: description ?? null,
    color,
    default: false,
  };
}

export function itemLabels(data: Dataset, baseUrl: string, item: FakeItem): Record<string, unknown>[] {
  const repo = repoOfItem(data, item);
  return item.labels.map((name) => {
    const known = repo?.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
    return label(baseUrl, item.repo, known?.name ?? name, labelColor(repo, name), known?.description);
  });
}

export function commentAssociation(data: Dataset, comment: FakeComment): string {
  const owner = comment.repo.split('/')[0] ?? '';
  if (owner.toLowerCase() === comment.author.toLowerCase()) return 'OWNER';
  const members = data.orgMembers[owner] ?? [];
  if (members.some((m) => m.toLowerCase() === comment.author.toLowerCase())) return 'MEMBER';
  return 'NONE';
}

export function issueComment(data: Dataset, baseUrl: string, comment: FakeComment): Record<string, unknown> {
  const repoApi = `${baseUrl}/repos/${comment.repo}`;
  return {
    ...fromTemplate('issue-comment'),
    id: comment.id,
    node_id: comment.node_id ?? nodeId('IssueComment', comment.id),
    url: `${repoApi}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${comment.repo}/issues/${comment.number}#issuecomment-${comment.id}`,
    body: comment.body,
    user: simpleUser(baseUrl, userOrStub(data, comment.author)),
    created_at: comment.created_at,
    updated_at: comment.updated_at ?? comment.created_at,
    issue_url: `${repoApi}/issues/${comment.number}`,
    author_association: commentAssociation(data, comment),
  };
}

export function event(data: Dataset, baseUrl: string, ev: FakeEvent): Record<string, unknown> {
  const actor = userOrStub(data, ev.actor);
  const repoIndex = data.repos.findIndex((r) => `${r.owner}/${r.name}`.toLowerCase() === ev.repo.toLowerCase());
  return {
    ...fromTemplate('user-public-events-items', [], true),
    id: ev.id,
    type: ev.type,
    actor: {
      id: actor.id,
      login: actor.login,
      display_login: actor.login.replace(/\[bot\]$/, ''),
      gravatar_id: '',
      url: `${baseUrl}/users/${encodeURIComponent(actor.login)}`,
      avatar_url: avatarUrl(actor),
    },
    repo: { id: repoIndex >= 0 ? 100000 + repoIndex + 1 : 1, name: ev.repo, url: `${baseUrl}/repos/${ev.repo}` },
    payload: ev.payload ?? {},
    public: true,
    created_at: ev.created_at,
  };
}

export function diffEntries(item: FakeItem): Record<string, unknown>[] {
  const files = item.files ?? [];
  const share = (total: number | undefined, index: number): number => {
    const all = total ?? 0;
    const base = Math.floor(all / Math.max(files.length, 1));
    return index === 0 ? all - base * (files.length - 1) : base;
  };
  return files.map((path, index) => {
    const additions = share(item.additions, index);
    const deletions = share(item.deletions, index);
    const sha = sha40(`${item.repo}#${item.number}:${path}`);
    return {
      ...fromTemplate('diff-entry-items', [], true),
      sha,
      filename: path,
      status: item.renamed?.[path] ? 'renamed' : 'modified',
      ...(item.renamed?.[path] ? { previous_filename: item.renamed[path] } : {}),
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `https://github.com/${item.repo}/blob/${sha}/${path}`,
      raw_url: `https://github.com/${item.repo}/raw/${sha}/${path}`,
      contents_url: `https://api.github.com/repos/${item.repo}/contents/${path}?ref=${sha}`,
    };
  });
}

function sha40(text: string): string {
  let out = '';
  let hash = 5381;
  for (let round = 0; out.length < 40; round++) {
    for (const ch of `${round}${text}`) hash = (hash * 33 + ch.charCodeAt(0)) >>> 0;
    out += hash.toString(16).padStart(8, '0');
  }
  return out.slice(0, 40);
}

function itemReplacements(baseUrl: string, item: FakeItem): [string, string][] {
  return [
    [`${api}/repos/octocat/Hello-World/issues/1347`, `${baseUrl}/repos/${item.repo}/issues/${item.number}`],
    [`${api}/repos/octocat/Hello-World/pulls/1347`, `${baseUrl}/repos/${item.repo}/pulls/${item.number}`],
    ['https://github.com/octocat/Hello-World/pull/1347', `https://github.com/${item.repo}/pull/${item.number}`],
    ['https://github.com/octocat/Hello-World/issues/1347', `https://github.com/${item.repo}/issues/${item.number}`],
    [`${api}/repos/octocat/Hello-World`, `${baseUrl}/repos/${item.repo}`],
    [api, baseUrl],
  ];
}

export function issue(data: Dataset, baseUrl: string, item: FakeItem): Record<string, unknown> {
  const id = itemId(data, item);
  const shape: Record<string, unknown> = {
    ...fromTemplate('issue', itemReplacements(baseUrl, item)),
    id,
    node_id: nodeId(item.kind === 'pr' ? 'PullRequest' : 'Issue', id),
    number: item.number,
    state: item.state,
    title: item.title,
    body: item.body ?? null,
    user: simpleUser(baseUrl, userOrStub(data, item.author)),
    labels: itemLabels(data, baseUrl, item),
    comments: data.comments.filter((c) => c.repo.toLowerCase() === item.repo.toLowerCase() && c.number === item.number).length,
    created_at: item.created_at,
    updated_at: item.closed_at ?? item.created_at,
    closed_at: item.closed_at ?? null,
    closed_by: null,
    assignee: null,
    assignees: [],
    milestone: null,
    author_association: item.author_association ?? 'NONE',
    state_reason: item.kind === 'issue' ? (item.state_reason ?? null) : null,
  };
  if (item.kind === 'pr') {
    shape.draft = item.draft ?? false;
    shape.pull_request = {
      url: `${baseUrl}/repos/${item.repo}/pulls/${item.number}`,
      html_url: `https://github.com/${item.repo}/pull/${item.number}`,
      diff_url: `https://github.com/${item.repo}/pull/${item.number}.diff`,
      patch_url: `https://github.com/${item.repo}/pull/${item.number}.patch`,
      merged_at: item.merged_at ?? null,
    };
  } else {
    delete shape.pull_request;
    delete shape.draft;
  }
  return shape;
}

export function pullRequest(data: Dataset, baseUrl: string, item: FakeItem): Record<string, unknown> {
  const id = itemId(data, item);
  return {
    ...fromTemplate('pull-request-simple-items', itemReplacements(baseUrl, item), true),
    id,
    node_id: nodeId('PullRequest', id),
    number: item.number,
    state: item.state,
    title: item.title,
    body: item.body ?? null,
    user: simpleUser(baseUrl, userOrStub(data, item.author)),
    labels: itemLabels(data, baseUrl, item),
    created_at: item.created_at,
    updated_at: item.closed_at ?? item.created_at,
    closed_at: item.closed_at ?? null,
    merged_at: item.merged_at ?? null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    milestone: null,
    author_association: item.author_association ?? 'NONE',
    draft: item.draft ?? false,
  };
}

export function invitation(data: Dataset, baseUrl: string, inv: FakeInvitation, inviter: FakeUser): Record<string, unknown> {
  const invitee = data.users.find((u) => u.id === inv.invitee_id);
  return {
    ...fromTemplate('organization-invitation', [[api, baseUrl]]),
    id: inv.id,
    login: inv.login,
    node_id: nodeId('OrganizationInvitation', inv.id),
    email: invitee?.email ?? null,
    role: inv.role,
    created_at: inv.created_at,
    inviter: simpleUser(baseUrl, inviter),
    team_count: 0,
    invitation_teams_url: `${baseUrl}/organizations/${orgId(data, inv.org)}/invitations/${inv.id}/teams`,
  };
}

export function orgId(data: Dataset, org: string): number {
  return data.users.find((u) => u.login.toLowerCase() === org.toLowerCase())?.id ?? 1;
}
