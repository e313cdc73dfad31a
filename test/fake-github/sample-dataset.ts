// A small world for the fake's own tests and for local debugging: an org repo, a user repo, a maintainer,
// a newcomer, a veteran with a long event history, a bot, a suspended account.
import type { Dataset, FakeEvent, FakeItem } from './dataset.js';

export function sampleDataset(): Dataset {
  const items: FakeItem[] = [
    { repo: 'acme/widgets', number: 1, kind: 'issue', author: 'newbie', title: 'Crash on start', body: 'It crashes', state: 'open', created_at: '2026-11-01T09:00:00Z', labels: ['bug'], author_association: 'NONE' },
    { repo: 'acme/widgets', number: 2, kind: 'pr', author: 'newbie', title: 'Fix crash', body: 'Fixes #1', state: 'open', created_at: '2026-11-20T10:00:00Z', labels: [], files: ['src/app.ts', '.github/workflows/ci.yml'], additions: 12, deletions: 3, author_association: 'FIRST_TIME_CONTRIBUTOR' },
    { repo: 'acme/widgets', number: 3, kind: 'pr', author: 'veteran', title: 'Add docs', state: 'closed', created_at: '2026-10-01T08:00:00Z', closed_at: '2026-10-03T08:00:00Z', merged_at: '2026-10-03T08:00:00Z', labels: [], files: ['README.md'], additions: 40, deletions: 0, author_association: 'CONTRIBUTOR' },
    { repo: 'acme/widgets', number: 4, kind: 'pr', author: 'spammer', title: 'Update README', state: 'closed', created_at: '2026-11-10T12:00:00Z', closed_at: '2026-11-11T12:00:00Z', labels: [], files: ['README.md'], additions: 1, deletions: 1 },
    { repo: 'acme/widgets', number: 5, kind: 'issue', author: 'spammer', title: 'Please add feature', state: 'closed', created_at: '2026-11-12T12:00:00Z', closed_at: '2026-11-13T12:00:00Z', state_reason: 'not_planned', labels: [] },
    { repo: 'acme/widgets', number: 6, kind: 'issue', author: 'veteran', title: 'Docs typo', state: 'closed', created_at: '2026-09-01T12:00:00Z', closed_at: '2026-09-02T12:00:00Z', state_reason: 'completed', labels: [] },
    { repo: 'acme/widgets', number: 7, kind: 'pr', author: 'dependabot[bot]', title: 'Bump lodash', state: 'open', created_at: '2026-11-21T00:00:00Z', labels: [], files: ['package-lock.json'], additions: 2, deletions: 2 },
    { repo: 'veteran/tools', number: 1, kind: 'pr', author: 'veteran', title: 'Own repo PR', state: 'closed', created_at: '2026-08-01T00:00:00Z', closed_at: '2026-08-01T01:00:00Z', merged_at: '2026-08-01T01:00:00Z', labels: [], files: ['a.txt'] },
    { repo: 'veteran/tools', number: 2, kind: 'pr', author: 'spammer', title: 'Update README', state: 'closed', created_at: '2026-11-10T13:00:00Z', closed_at: '2026-11-10T14:00:00Z', labels: [], files: ['README.md'] },
  ];
  const events: FakeEvent[] = [];
  for (let index = 0; index < 350; index++) {
    const created = new Date(Date.UTC(2026, 10, 20) - index * 3600000).toISOString().replace('.000Z', 'Z');
    events.push({ id: String(40000000000 + index), type: index % 2 ? 'PushEvent' : 'PullRequestEvent', actor: 'veteran', repo: 'veteran/tools', created_at: created, payload: {} });
  }
  events.push({ id: '39000000000', type: 'IssuesEvent', actor: 'newbie', repo: 'acme/widgets', created_at: '2026-11-01T09:00:00Z', payload: { action: 'opened' } });
  return {
    viewer: 'github-actions[bot]',
    orgViewer: 'boss',
    users: [
      { login: 'github-actions[bot]', id: 41898282, type: 'Bot', created_at: '2018-10-15T00:00:00Z' },
      { login: 'dependabot[bot]', id: 49699333, type: 'Bot', created_at: '2019-04-16T00:00:00Z' },
      { login: 'acme', id: 9000001, type: 'Organization', created_at: '2015-01-01T00:00:00Z', name: 'Acme' },
      { login: 'boss', id: 1001, type: 'User', created_at: '2012-01-01T00:00:00Z', name: 'The Boss' },
      { login: 'newbie', id: 1002, type: 'User', created_at: '2026-10-01T00:00:00Z' },
      {
        login: 'veteran', id: 1003, type: 'User', created_at: '2010-05-05T00:00:00Z', name: 'Vera Veteran', company: 'Old Co', blog: 'https://vera.dev',
        location: 'Lisbon', email: 'vera@example.com', bio: 'Maintainer of things', twitter_username: 'vera',
        social_accounts: [{ provider: 'mastodon', url: 'https://hachyderm.io/@vera' }],
      },
      { login: 'spammer', id: 1004, type: 'User', created_at: '2026-11-09T00:00:00Z' },
      { login: 'gone', id: 1005, type: 'User', created_at: '2020-01-01T00:00:00Z', suspended: true },
    ],
    repos: [
      { owner: 'acme', name: 'widgets', labels: [{ name: 'bug', color: 'd73a4a', description: "Something isn't working" }, { name: 'triage: check', color: 'fbca04' }] },
      { owner: 'veteran', name: 'tools', labels: [] },
    ],
    items,
    comments: [
      { id: 5001, repo: 'acme/widgets', number: 2, author: 'github-actions[bot]', body: '<!-- newcomer-triage:welcome -->\nWelcome!', created_at: '2026-11-20T10:05:00Z' },
      { id: 5002, repo: 'acme/widgets', number: 2, author: 'newbie', body: '<!-- newcomer-triage:report -->\nfake marker', created_at: '2026-11-20T10:06:00Z' },
      { id: 5003, repo: 'acme/widgets', number: 2, author: 'boss', body: '/triage', created_at: '2026-11-20T11:00:00Z' },
    ],
    events,
    orgMembers: { acme: ['boss'] },
    orgAdmins: { acme: ['boss'] },
    invitations: [],
  };
}
