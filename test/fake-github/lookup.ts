// Finding things in the dataset the way GitHub does: logins and names case-insensitively.
import type { Dataset, FakeItem, FakeRepo, FakeUser } from './dataset.js';

export function findUser(data: Dataset, login: string): FakeUser | undefined {
  const wanted = login.toLowerCase();
  return data.users.find((u) => u.login.toLowerCase() === wanted);
}

// A user the API shows: suspended accounts answer like missing ones.
export function findVisibleUser(data: Dataset, login: string): FakeUser | undefined {
  const user = findUser(data, login);
  return user && !user.suspended ? user : undefined;
}

export function findUserById(data: Dataset, id: number): FakeUser | undefined {
  return data.users.find((u) => u.id === id);
}

export function findRepo(data: Dataset, owner: string, name: string): FakeRepo | undefined {
  const full = `${owner}/${name}`.toLowerCase();
  return data.repos.find((r) => `${r.owner}/${r.name}`.toLowerCase() === full);
}

export function repoFullName(repo: FakeRepo): string {
  return `${repo.owner}/${repo.name}`;
}

export function findItem(data: Dataset, repo: FakeRepo, number: number): FakeItem | undefined {
  const full = repoFullName(repo).toLowerCase();
  return data.items.find((i) => i.repo.toLowerCase() === full && i.number === number);
}

export function repoOfItem(data: Dataset, item: FakeItem): FakeRepo | undefined {
  const [owner = '', name = ''] = item.repo.split('/');
  return findRepo(data, owner, name);
}

export function labelColor(repo: FakeRepo | undefined, name: string): string {
  return repo?.labels.find((l) => l.name.toLowerCase() === name.toLowerCase())?.color ?? 'ededed';
}

// A user we must render even when the dataset forgot them (an author with no FakeUser).
export function userOrStub(data: Dataset, login: string): FakeUser {
  return (
    findUser(data, login) ?? {
      login,
      id: stubId(login),
      type: login.endsWith('[bot]') ? 'Bot' : 'User',
      created_at: '2020-01-01T00:00:00Z',
    }
  );
}

function stubId(login: string): number {
  let hash = 11;
  for (const ch of login) hash = (hash * 33 + ch.charCodeAt(0)) % 900000000;
  return 100000000 + hash;
}

export function isOrgMember(data: Dataset, org: string, login: string): boolean {
  const members = data.orgMembers[org] ?? data.orgMembers[org.toLowerCase()] ?? [];
  return members.some((m) => m.toLowerCase() === login.toLowerCase());
}

export function isOrgAdmin(data: Dataset, org: string, login: string): boolean {
  const admins = data.orgAdmins[org] ?? data.orgAdmins[org.toLowerCase()] ?? [];
  return admins.some((m) => m.toLowerCase() === login.toLowerCase());
}
