// The parts of a webhook payload the action reads. Payloads come from GitHub or a fixture file; every field is
// checked where it is read rather than trusted.
export interface PayloadUser {
  login?: string;
  id?: number;
  type?: string;
}

export interface PayloadItem {
  number?: number;
  title?: string;
  user?: PayloadUser | null;
  author_association?: string;
  created_at?: string;
  merged?: boolean;
  merged_at?: string | null;
  additions?: number;
  deletions?: number;
  changed_files?: number;
  pull_request?: unknown; // on an issue_comment's issue: present when the issue is a PR
}

export interface Payload {
  action?: string;
  pull_request?: PayloadItem;
  issue?: PayloadItem;
  comment?: { body?: string; user?: PayloadUser | null; author_association?: string };
  repository?: { name?: string; owner?: { login?: string } };
}
