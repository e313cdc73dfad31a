// What the contract's signals and verdict (v2) should make of an author in a dataset, computed straight from
// the data with the contract's definitions ("Signals and verdict" in CONTRACT.md). An independent oracle: it
// checks that the personas are what they claim to be, and it imports nothing from src/ on purpose, so a bug in
// the action's code cannot make its own fixtures agree with it.
import type { Dataset, FakeEvent, FakeItem, FakeUser } from '../fake-github/dataset.js';

export type Level = 'green' | 'yellow' | 'red';

export interface AuthorStats {
  login: string;
  accountAgeDays: number;
  profileFields: number;
  externalPrsOpened: number; // PRs on others' repos opened in the window
  externalPrsOpenedMerged: number; // of those, merged (by now)
  externalPrsMerged: number; // PRs on others' repos merged in the window
  externalPrsClosed: number; // PRs on others' repos closed (merged or not) in the window
  externalPrsClosedUnmerged: number;
  closedUnmergedRatio: number | null; // null: fewer than 3 closed without merge, not judged
  notPlannedIssues: number; // issues on others' repos closed as not planned in the window
  repeatedTitles: number; // most distinct owners (not the author) sent one normalised title, merged PRs left out
  repeatedTitlesIn48h: number; // the same, within any 48 hours
  repeatedComments: number; // most distinct owners (not the author) that got one normalised comment, events of the last 30 days
  externalPrsPerWeek: number; // busiest 7 days of PRs opened on others' repos in the window
  goodRecord: boolean; // >= 3 merged elsewhere in the window and >= 1/4 of those closed in the window merged
  eventsInWindow: number;
}

// The PR or issue being triaged: the contract leaves it out of every count.
export interface Triaged {
  repo: string;
  number: number;
}

export interface StatsOptions {
  windowDays?: number; // activity-window-days, default 90
  triaged?: Triaged;
}

const DAY = 86_400_000;
const HOURS_48 = 2 * DAY;
// GitHub keeps 30 days of public events.
export const EVENTS_KEPT_DAYS = 30;
const COMMENT_EVENTS = new Set(['IssueCommentEvent', 'PullRequestReviewCommentEvent']);
const MIN_COMMENT_CHARS = 10;
// Stands for the target repo's name or owner in the masked form; '#' cannot survive normalisation, so no
// title can contain it.
const PLACEHOLDER = '#';

export function profileFieldCount(u: FakeUser): number {
  const filled = (v: string | null | undefined) => typeof v === 'string' && v.trim() !== '';
  let n = 0;
  for (const v of [u.name, u.company, u.blog, u.location, u.email, u.bio]) if (filled(v)) n++;
  if ((u.social_accounts?.length ?? 0) > 0 || filled(u.twitter_username)) n++;
  return n;
}

// The contract's normalised text: NFKC, case-folded, leading [tags] and (tags) off, every punctuation mark,
// symbol and emoji removed, whitespace collapsed and trimmed.
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^\s*(?:(?:\[[^\]]*\]|\([^)]*\))\s*)+/u, '')
    .replace(/[\p{P}\p{S}\p{Extended_Pictographic}]/gu, '')
    .replace(/\u200d|\ufe0e|\ufe0f|\u20e3/gu, '') // emoji joiners, variation selectors, keycaps
    .replace(/\s+/gu, ' ')
    .trim();
}

// The second form: the repo's name and owner (normalised the same way) replaced, as whole words, by one placeholder.
export function maskRepo(normalised: string, repo: string): string {
  const [owner = '', name = ''] = repo.split('/');
  const words = new Set([normaliseText(owner), normaliseText(name)].filter((w) => w !== ''));
  return normalised
    .split(' ')
    .map((w) => (words.has(w) ? PLACEHOLDER : w))
    .join(' ');
}

const ownerOf = (repo: string): string => (repo.split('/')[0] ?? '').toLowerCase();

interface Sent {
  text: string; // as written
  repo: string;
  at: number; // ms
}

// For each text (under both forms), the distinct owners other than the author; the largest count, overall and
// within any 48 hours.
function spread(sent: readonly Sent[], login: string, minChars = 0): { owners: number; ownersIn48h: number } {
  const byKey = new Map<string, { owner: string; at: number }[]>();
  for (const s of sent) {
    const owner = ownerOf(s.repo);
    if (owner === login.toLowerCase()) continue;
    const plain = normaliseText(s.text);
    if (plain.length < minChars || plain === '') continue;
    for (const key of new Set([`plain:${plain}`, `masked:${maskRepo(plain, s.repo)}`])) {
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push({ owner, at: s.at });
    }
  }
  let owners = 0;
  let ownersIn48h = 0;
  for (const list of byKey.values()) {
    owners = Math.max(owners, new Set(list.map((x) => x.owner)).size);
    const sorted = [...list].sort((a, b) => a.at - b.at);
    for (let i = 0; i < sorted.length; i++) {
      const start = sorted[i]?.at ?? 0;
      const inside = sorted.filter((x) => x.at >= start && x.at <= start + HOURS_48);
      ownersIn48h = Math.max(ownersIn48h, new Set(inside.map((x) => x.owner)).size);
    }
  }
  return { owners, ownersIn48h };
}

function commentOf(e: FakeEvent): string | null {
  const comment = e.payload?.comment;
  if (typeof comment !== 'object' || comment === null) return null;
  const body = (comment as Record<string, unknown>).body;
  return typeof body === 'string' ? body : null;
}

export function authorStats(ds: Dataset, login: string, now: Date, opts: StatsOptions | number = {}): AuthorStats {
  const { windowDays = 90, triaged } = typeof opts === 'number' ? { windowDays: opts } : opts;
  const user = ds.users.find((u) => u.login.toLowerCase() === login.toLowerCase());
  if (!user) throw new Error(`no user ${login}`);
  const nowMs = now.getTime();
  const since = nowMs - windowDays * DAY;
  const inWindow = (t: string | null | undefined) => typeof t === 'string' && Date.parse(t) >= since && Date.parse(t) <= nowMs;
  const me = login.toLowerCase();
  const isTriaged = (i: FakeItem) => triaged !== undefined && i.repo.toLowerCase() === triaged.repo.toLowerCase() && i.number === triaged.number;
  const mine = ds.items.filter((i) => i.author.toLowerCase() === me && !isTriaged(i));
  const others = mine.filter((i) => ownerOf(i.repo) !== me);
  const external = others.filter((i) => i.kind === 'pr');

  const opened = external.filter((i) => inWindow(i.created_at));
  const closed = external.filter((i) => i.state === 'closed' && inWindow(i.closed_at));
  const unmerged = closed.filter((i) => !i.merged_at);
  const mergedInWindow = external.filter((i) => inWindow(i.merged_at));

  const titles = spread(
    mine.filter((i) => inWindow(i.created_at) && !(i.kind === 'pr' && i.merged_at)).map((i) => ({ text: i.title, repo: i.repo, at: Date.parse(i.created_at) })),
    login,
  );
  const commentsSince = nowMs - Math.min(windowDays, EVENTS_KEPT_DAYS) * DAY;
  const comments = spread(
    ds.events
      .filter(
        (e) => e.actor.toLowerCase() === me && COMMENT_EVENTS.has(e.type) && Date.parse(e.created_at) >= commentsSince && Date.parse(e.created_at) <= nowMs,
      )
      .flatMap((e) => {
        const body = commentOf(e);
        return body === null ? [] : [{ text: body, repo: e.repo, at: Date.parse(e.created_at) }];
      }),
    login,
    MIN_COMMENT_CHARS,
  );

  const times = opened.map((i) => Date.parse(i.created_at)).sort((a, b) => a - b);
  let busiest = 0;
  for (let a = 0, b = 0; b < times.length; b++) {
    while ((times[b] ?? 0) - (times[a] ?? 0) >= 7 * DAY) a++;
    busiest = Math.max(busiest, b - a + 1);
  }

  return {
    login: user.login,
    accountAgeDays: Math.floor((nowMs - Date.parse(user.created_at)) / DAY),
    profileFields: profileFieldCount(user),
    externalPrsOpened: opened.length,
    externalPrsOpenedMerged: opened.filter((i) => i.merged_at).length,
    externalPrsMerged: mergedInWindow.length,
    externalPrsClosed: closed.length,
    externalPrsClosedUnmerged: unmerged.length,
    closedUnmergedRatio: unmerged.length >= 3 ? unmerged.length / closed.length : null,
    notPlannedIssues: others.filter((i) => i.kind === 'issue' && i.state_reason === 'not_planned' && inWindow(i.closed_at)).length,
    repeatedTitles: titles.owners,
    repeatedTitlesIn48h: titles.ownersIn48h,
    repeatedComments: comments.owners,
    externalPrsPerWeek: busiest,
    goodRecord: mergedInWindow.length >= 3 && mergedInWindow.length * 4 >= closed.length,
    eventsInWindow: ds.events.filter((e) => e.actor.toLowerCase() === me && inWindow(e.created_at)).length,
  };
}

// The contract's default thresholds.
export const DEFAULTS = {
  'account-age': [1095, 90],
  'profile-fields': [3, 1],
  'closed-unmerged-ratio': [0.2, 0.5],
  'not-planned-issues': [4, 6],
  'repeated-titles': [4, 6],
  'repeated-comments': [5, 10],
  'external-prs-per-week': [10, 25],
} as const;

export type AuthorSignalId = keyof typeof DEFAULTS;
export type Levels = Record<AuthorSignalId, Level>;

const CONTEXT: readonly AuthorSignalId[] = ['account-age', 'profile-fields', 'external-prs-per-week'];
const EVIDENCE: readonly AuthorSignalId[] = ['closed-unmerged-ratio', 'not-planned-issues', 'repeated-titles', 'repeated-comments'];

// Levels of the author's signals with the default thresholds (sensitive-files is about the PR: see below).
export function defaultLevels(s: AuthorStats): Levels {
  const below = (v: number, [y, r]: readonly [number, number]): Level => (v < r ? 'red' : v < y ? 'yellow' : 'green');
  const atLeast = (v: number, [y, r]: readonly [number, number]): Level => (v >= r ? 'red' : v >= y ? 'yellow' : 'green');
  const above = (v: number | null, [y, r]: readonly [number, number]): Level => (v === null ? 'green' : v > r ? 'red' : v > y ? 'yellow' : 'green');
  // A red title or comment signal shows as yellow when the author has a good record.
  const guard = (l: Level): Level => (l === 'red' && s.goodRecord ? 'yellow' : l);
  const age = below(s.accountAgeDays, DEFAULTS['account-age']);
  const titles = s.repeatedTitlesIn48h >= DEFAULTS['repeated-titles'][0] ? 'red' : atLeast(s.repeatedTitles, DEFAULTS['repeated-titles']);
  return {
    'account-age': age,
    // Judged only for accounts younger than account-age's yellow band.
    'profile-fields': s.accountAgeDays < DEFAULTS['account-age'][0] ? below(s.profileFields, DEFAULTS['profile-fields']) : 'green',
    'closed-unmerged-ratio': above(s.closedUnmergedRatio, DEFAULTS['closed-unmerged-ratio']),
    'not-planned-issues': atLeast(s.notPlannedIssues, DEFAULTS['not-planned-issues']),
    'repeated-titles': guard(titles),
    'repeated-comments': guard(atLeast(s.repeatedComments, DEFAULTS['repeated-comments'])),
    'external-prs-per-week': atLeast(s.externalPrsPerWeek, DEFAULTS['external-prs-per-week']),
  };
}

// The contract's default sensitive-paths, as globs: `*` inside one folder, `**` any depth (none included).
export const SENSITIVE_PATHS: readonly string[] = [
  '.github/workflows/**',
  '.github/actions/**',
  '**/action.yml',
  '**/action.yaml',
  '.github/dependabot.yml',
  '**/CODEOWNERS',
  '.devcontainer/**',
  '.vscode/**',
  '.claude/**',
  '.cursor/**',
  '.gemini/**',
  '**/AGENTS.md',
  '**/CLAUDE.md',
  '.github/copilot-instructions.md',
  '.github/instructions/**',
  '.mcp.json',
];

function globRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (glob.startsWith('**/', i)) {
      re += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('/**', i) && i + 3 === glob.length) {
      re += '/.*';
      i += 2;
    } else if (c === '*') re += '[^/]*';
    else re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

// sensitive-files for a PR's changed paths (undefined for an issue).
export function sensitiveFilesLevel(files: readonly string[] | undefined): Level | undefined {
  if (files === undefined) return undefined;
  const globs = SENSITIVE_PATHS.map(globRegExp);
  return files.some((f) => globs.some((g) => g.test(f))) ? 'yellow' : 'green';
}

// The v2 verdict from the author's levels and stats (and sensitive-files for a PR).
export function verdictOf(levels: Levels, s: AuthorStats, sensitive?: Level): Level {
  if (EVIDENCE.some((id) => levels[id] === 'red')) return 'red';
  // Context makes red only as a spray or a flood of PRs that nobody takes.
  const fewMerged = s.externalPrsOpenedMerged * 4 < s.externalPrsOpened;
  const spray = levels['account-age'] === 'red' && levels['external-prs-per-week'] === 'red';
  const flood = s.externalPrsPerWeek >= 4 * DEFAULTS['external-prs-per-week'][1];
  if (fewMerged && (spray || flood)) return 'red';
  if (EVIDENCE.some((id) => levels[id] === 'yellow') || sensitive === 'yellow') return 'yellow';
  if (CONTEXT.filter((id) => levels[id] !== 'green').length >= 2) return 'yellow';
  return 'green';
}
