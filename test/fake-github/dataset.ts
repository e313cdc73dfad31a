// The fake GitHub's state: what a test or a persona puts in, and what the fake changes on writes.
// Plain data, so a test can build it from literals and assert on it after a run.

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
  created_at: string; // ISO 8601
  name?: string | null;
  company?: string | null;
  blog?: string | null;
  location?: string | null;
  email?: string | null;
  bio?: string | null;
  twitter_username?: string | null;
  social_accounts?: { provider: string; url: string }[];
  // Contributions the dataset does not otherwise hold (commits, reviews, private work), by day (YYYY-MM-DD).
  contributions?: Record<string, number>;
  // A suspended account: REST answers 404 (like GitHub for most suspended users), GraphQL resolves it to null.
  suspended?: boolean;
}

export interface FakeRepo {
  owner: string; // login of a FakeUser (type Organization or User)
  name: string;
  labels: { name: string; color: string; description?: string | null }[];
  // An archived repository: GitHub refuses every write to it.
  archived?: boolean;
  // login -> the role GitHub's permission check answers (role_name); the owner is admin, anyone else read.
  permissions?: Record<string, 'admin' | 'maintain' | 'write' | 'triage' | 'read'>;
}

// Issues and pull requests share one number space per repo, as on GitHub.
export interface FakeItem {
  repo: string; // "owner/name"
  number: number;
  kind: 'pr' | 'issue';
  author: string; // login
  title: string;
  body?: string | null;
  state: 'open' | 'closed';
  created_at: string;
  closed_at?: string | null;
  merged_at?: string | null; // PRs only
  state_reason?: 'completed' | 'not_planned' | 'reopened' | null; // issues only
  author_association?: string;
  draft?: boolean;
  labels: string[];
  files?: string[]; // PRs: changed paths
  renamed?: Record<string, string>; // PRs: a renamed file's new path -> its old path
  additions?: number;
  deletions?: number;
}

export interface FakeComment {
  id: number;
  node_id?: string;
  repo: string;
  number: number;
  author: string; // login
  body: string;
  created_at: string;
  updated_at?: string;
}

export interface FakeEvent {
  id: string;
  type: string; // PushEvent, PullRequestEvent, IssuesEvent, ...
  actor: string; // login
  repo: string; // "owner/name"
  created_at: string;
  payload?: Record<string, unknown>;
}

export interface FakeInvitation {
  id: number;
  org: string;
  invitee_id: number;
  login: string;
  role: string;
  created_at: string;
}

export interface Dataset {
  // The identity behind the token (GITHUB_TOKEN acts as github-actions[bot]).
  viewer: string;
  // Identity behind the org token used for invitations, if any.
  orgViewer?: string;
  users: FakeUser[];
  repos: FakeRepo[];
  items: FakeItem[];
  comments: FakeComment[];
  events: FakeEvent[];
  // org login -> member logins
  orgMembers: Record<string, string[]>;
  // org login -> members who made their membership public (GET /orgs/{org}/public_members/{user})
  publicMembers?: Record<string, string[]>;
  // org login -> logins with admin rights (the org token must belong to one to invite)
  orgAdmins: Record<string, string[]>;
  invitations: FakeInvitation[];
}

export function emptyDataset(): Dataset {
  return {
    viewer: 'github-actions[bot]',
    users: [{ login: 'github-actions[bot]', id: 41898282, type: 'Bot', created_at: '2018-10-15T00:00:00Z' }],
    repos: [],
    items: [],
    comments: [],
    events: [],
    orgMembers: {},
    orgAdmins: {},
    invitations: [],
  };
}
