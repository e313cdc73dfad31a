import type { Repo } from '../types.js';
import type { Client } from './client.js';
import { settle, type Settled } from './settle.js';

// GitHub's legacy base role of a user on a repo (`permission`: admin, write, read or none; maintain reads as
// write, triage as read). Read with metadata: read, which every GITHUB_TOKEN has.
const writeOrAbove = ['admin', 'write'];

// Whether `login` can push to the repo, however they got it (a private org member, a team member, whom the
// webhook payload shows as CONTRIBUTOR or NONE).
export function hasWriteAccess(client: Client, repo: Repo, login: string): Promise<Settled<boolean>> {
  return settle(
    (async () => {
      const { data } = await client.octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
        owner: repo.owner,
        repo: repo.name,
        username: login,
      });
      const permission = (data as { permission?: unknown } | null)?.permission;
      if (typeof permission !== 'string') {
        throw new Error(`GitHub answered GET /repos/${repo.owner}/${repo.name}/collaborators/${login}/permission without the permission it documents`);
      }
      return writeOrAbove.includes(permission);
    })(),
  );
}
