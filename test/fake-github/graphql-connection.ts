// Relay connections as GitHub serves them: at most 100 a page, opaque cursors, and first or last required
// once nodes or edges are asked for (totalCount alone needs neither).
import { GitHubGraphqlError } from './graphql-errors.js';

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<N> {
  totalCount: number;
  nodes: () => N[];
  edges: () => { cursor: string; node: N }[];
  pageInfo: () => PageInfo;
}

export interface ConnectionOptions {
  // How far pagination reaches (search stops at 1000) while totalCount tells the whole.
  reachable?: number;
}

export function encodeCursor(index: number): string {
  return Buffer.from(`cursor:v2:${index}`).toString('base64');
}

function decodeCursor(cursor: string): number {
  const match = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) throw new GitHubGraphqlError('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`, true);
  return Number(match[1]);
}

function present(value: number | null | undefined): value is number {
  return value !== undefined && value !== null;
}

export function connection<T, N = T>(
  all: T[],
  args: ConnectionArgs,
  name: string,
  render: (item: T) => N = (item) => item as unknown as N,
  options: ConnectionOptions = {},
): Connection<N> {
  const { first, last } = args;
  for (const [argName, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (!present(value)) continue;
    if (value > 100) {
      throw new GitHubGraphqlError(
        'EXCESSIVE_PAGINATION',
        `Requesting ${value} records on the \`${name}\` connection exceeds the \`${argName}\` limit of 100 records.`,
        true,
      );
    }
    if (value < 0) throw new GitHubGraphqlError('INVALID', `\`${argName}\` on \`${name}\` cannot be negative.`, true);
  }
  const limit = Math.min(all.length, options.reachable ?? all.length);
  let start = 0;
  let end = limit;
  if (args.after) start = Math.min(limit, decodeCursor(args.after) + 1);
  if (args.before) end = Math.max(start, Math.min(end, decodeCursor(args.before)));
  if (present(first)) end = Math.min(end, start + first);
  if (present(last)) start = Math.max(start, end - last);
  let rendered: { cursor: string; node: N }[] | undefined;
  const edges = (): { cursor: string; node: N }[] => {
    if (!present(first) && !present(last)) {
      throw new GitHubGraphqlError(
        'MISSING_PAGINATION_BOUNDARIES',
        `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
        true,
      );
    }
    rendered ??= all.slice(start, end).map((item, offset) => ({ cursor: encodeCursor(start + offset), node: render(item) }));
    return rendered;
  };
  return {
    totalCount: all.length,
    edges,
    nodes: () => edges().map((edge) => edge.node),
    pageInfo: () => {
      const hasBounds = present(first) || present(last);
      return {
        hasNextPage: hasBounds ? end < limit : false,
        hasPreviousPage: hasBounds ? start > 0 : false,
        startCursor: hasBounds && end > start ? encodeCursor(start) : null,
        endCursor: hasBounds && end > start ? encodeCursor(end - 1) : null,
      };
    },
  };
}
