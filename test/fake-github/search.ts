// GitHub's issue search syntax (https://docs.github.com/search-github/searching-on-github/searching-issues-and-pull-requests),
// the qualifiers the action uses, all ANDed; a leading '-' negates one.
import type { Dataset, FakeItem } from './dataset.js';
import { GitHubGraphqlError } from './graphql-errors.js';
import { findRepo, findVisibleUser } from './lookup.js';

type Predicate = (item: FakeItem) => boolean;

export interface SearchOutcome {
  items: FakeItem[];
  // Whether the query names one type (is:pr, is:issue, type:…). GitHub lists no nodes for a search that mixes
  // issues and PRs ("Using the search connection to return a combination of issues and pull requests in a
  // single query will result in an empty set of nodes"), though it still counts them.
  typed: boolean;
}

const dayMs = 86400000;

export function searchItems(data: Dataset, query: string): SearchOutcome {
  const predicates: Predicate[] = [];
  let order: 'desc' | 'asc' = 'desc';
  let orderKey: (item: FakeItem) => number = (item) => Date.parse(item.created_at);
  let typed = false;
  for (const token of tokenize(query)) {
    if ((token.qualifier === 'is' || token.qualifier === 'type') && !token.negated && ['pr', 'issue', 'pull-request'].includes(token.value.toLowerCase()))
      typed = true;
    if (token.qualifier === undefined) {
      const text = token.value.toLowerCase();
      if (!text) continue;
      predicates.push((item) => `${item.title}\n${item.body ?? ''}`.toLowerCase().includes(text));
      continue;
    }
    if (token.qualifier === 'sort') {
      const match = /^(created|updated)(?:-(asc|desc))?$/.exec(token.value);
      if (!match) throw invalid(`Unsupported sort: ${token.value}`);
      order = match[2] === 'asc' ? 'asc' : 'desc';
      if (match[1] === 'updated') orderKey = (item) => Date.parse(item.closed_at ?? item.created_at);
      continue;
    }
    const predicate = qualifierPredicate(data, token.qualifier, token.value);
    predicates.push(token.negated ? (item) => !predicate(item) : predicate);
  }
  const items = data.items
    .filter((item) => predicates.every((p) => p(item)))
    .sort((a, b) => (order === 'desc' ? orderKey(b) - orderKey(a) : orderKey(a) - orderKey(b)) || b.number - a.number);
  return { items, typed };
}

interface Token {
  negated: boolean;
  qualifier?: string;
  value: string;
}

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /(-?)([A-Za-z_-]+):("[^"]*"|\S*)|"([^"]*)"|(\S+)/g;
  for (const match of query.matchAll(pattern)) {
    if (match[2] !== undefined) {
      tokens.push({ negated: match[1] === '-', qualifier: match[2].toLowerCase(), value: unquote(match[3] ?? '') });
    } else {
      tokens.push({ negated: false, value: match[4] ?? match[5] ?? '' });
    }
  }
  return tokens;
}

function unquote(value: string): string {
  return value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1) : value;
}

// Unknown users are a fact about the world; malformed syntax is a mistake in the query.
function invalid(message: string, clientMistake = true): GitHubGraphqlError {
  return new GitHubGraphqlError('INVALID', message, clientMistake);
}

const unknownUsers = 'The listed users cannot be searched either because the users do not exist or you do not have permission to view the users.';

function qualifierPredicate(data: Dataset, qualifier: string, raw: string): Predicate {
  const value = raw.toLowerCase();
  switch (qualifier) {
    case 'is':
    case 'type':
    case 'state':
      return statePredicate(qualifier, value);
    case 'draft':
      return (item) => item.kind === 'pr' && (item.draft ?? false) === (value === 'true');
    case 'author': {
      // A GitHub App's bot is searched as app/name; its login (name[bot]) is not a user search takes.
      const login = value.startsWith('app/') ? `${value.slice(4)}[bot]` : value;
      if (value.endsWith('[bot]') || !findVisibleUser(data, login)) throw invalid(unknownUsers, false);
      return (item) => item.author.toLowerCase() === login;
    }
    case 'user':
    case 'org': {
      const owns = data.repos.some((r) => r.owner.toLowerCase() === value);
      if (value.endsWith('[bot]') || (!owns && !findVisibleUser(data, value))) throw invalid(unknownUsers, false);
      return (item) => item.repo.toLowerCase().startsWith(`${value}/`);
    }
    case 'repo': {
      const [owner = '', name = ''] = value.split('/');
      if (!findRepo(data, owner, name)) {
        throw invalid(
          'The listed users and repositories cannot be searched either because the resources do not exist or you do not have permission to view them.',
          false,
        );
      }
      return (item) => item.repo.toLowerCase() === value;
    }
    case 'reason': {
      const reasons: Record<string, string> = { 'not planned': 'not_planned', not_planned: 'not_planned', completed: 'completed', reopened: 'reopened' };
      const reason = reasons[value];
      if (!reason) throw invalid(`Unsupported reason: ${raw}`);
      return (item) => item.kind === 'issue' && item.state === 'closed' && item.state_reason === reason;
    }
    case 'label': {
      const names = value.split(',');
      return (item) => item.labels.some((l) => names.includes(l.toLowerCase()));
    }
    case 'no':
      if (value !== 'label') throw invalid(`Unsupported qualifier no:${raw}`);
      return (item) => item.labels.length === 0;
    case 'archived':
      // The fake has no archived repositories.
      return () => value === 'false';
    case 'in':
      // Free text already matches title and body.
      return () => true;
    case 'created':
      return datePredicate(raw, (item) => item.created_at);
    case 'closed':
      return datePredicate(raw, (item) => item.closed_at ?? undefined);
    case 'merged':
      return datePredicate(raw, (item) => item.merged_at ?? undefined);
    default:
      throw invalid(`Unsupported search qualifier: ${qualifier}:${raw}`);
  }
}

function statePredicate(qualifier: string, value: string): Predicate {
  const states: Record<string, Predicate> = {
    pr: (item) => item.kind === 'pr',
    'pull-request': (item) => item.kind === 'pr',
    issue: (item) => item.kind === 'issue',
    open: (item) => item.state === 'open',
    closed: (item) => item.state === 'closed',
    merged: (item) => item.kind === 'pr' && Boolean(item.merged_at),
    unmerged: (item) => item.kind === 'pr' && !item.merged_at,
    draft: (item) => item.kind === 'pr' && (item.draft ?? false),
    public: () => true,
  };
  const allowed: Record<string, string[]> = {
    is: Object.keys(states),
    type: ['pr', 'issue'],
    state: ['open', 'closed'],
  };
  const predicate = states[value];
  if (!predicate || !allowed[qualifier]?.includes(value)) throw invalid(`Unsupported qualifier ${qualifier}:${value}`);
  return predicate;
}

interface Bound {
  lo: number;
  hi: number;
}

// A date is a whole UTC day; a datetime is one second.
function parseBound(text: string): Bound {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const lo = Date.parse(`${text}T00:00:00Z`);
    if (Number.isNaN(lo)) throw invalid(`Invalid date: ${text}`);
    return { lo, hi: lo + dayMs };
  }
  const withZone = /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`;
  const lo = /^\d{4}-\d{2}-\d{2}T/.test(text) ? Date.parse(withZone) : NaN;
  if (Number.isNaN(lo)) throw invalid(`Invalid date: ${text}`);
  return { lo, hi: lo + 1000 };
}

function datePredicate(raw: string, dateOf: (item: FakeItem) => string | undefined): Predicate {
  const test = dateTest(raw);
  return (item) => {
    const date = dateOf(item);
    return date !== undefined && test(Date.parse(date));
  };
}

function dateTest(raw: string): (time: number) => boolean {
  const range = /^(.+?)\.\.(.+)$/.exec(raw);
  if (range) {
    const from = range[1] === '*' ? undefined : parseBound(range[1] ?? '');
    const to = range[2] === '*' ? undefined : parseBound(range[2] ?? '');
    return (t) => (!from || t >= from.lo) && (!to || t < to.hi);
  }
  const op = /^(>=|<=|>|<)?(.+)$/.exec(raw);
  const bound = parseBound(op?.[2] ?? '');
  switch (op?.[1]) {
    case '>=':
      return (t) => t >= bound.lo;
    case '>':
      return (t) => t >= bound.hi;
    case '<=':
      return (t) => t < bound.hi;
    case '<':
      return (t) => t < bound.lo;
    case '':
    case undefined:
      return (t) => t >= bound.lo && t < bound.hi;
    default:
      throw new Error(`unreachable date operator in ${raw}`);
  }
}
