// GitHub's count of the nodes a query may return ("Node limit", in its GraphQL docs): each connection asked
// for with `first` or `last` N contributes N times the product of the Ns of the connections it sits in. The
// sum is capped at 500,000; below that it says how heavy a query is, which is what a batch is sized by.
// Counted on the query's text: the action's own queries give every page size as a literal, and a selection
// without `first`/`last` (a user, a repository, a fragment) multiplies by 1. Both fragments of a union are
// counted, as GitHub's static count does.
export const nodeLimit = 500_000;

export function countNodes(query: string): number {
  const scopes: number[] = [1];
  let total = 0;
  let pending: number | null = null; // the page size of the field whose selection opens next
  let i = 0;
  while (i < query.length) {
    const ch = query[i] as string;
    if (ch === '(') {
      const close = query.indexOf(')', i);
      const args = query.slice(i + 1, close === -1 ? query.length : close);
      const size = /\b(?:first|last)\s*:\s*(\d+)/.exec(args);
      pending = size ? Number(size[1]) : null;
      i = close === -1 ? query.length : close + 1;
      continue;
    }
    if (ch === '{') {
      const enclosing = scopes.at(-1) ?? 1;
      if (pending !== null) total += pending * enclosing;
      scopes.push(enclosing * (pending ?? 1));
      pending = null;
    } else if (ch === '}') {
      scopes.pop();
      pending = null;
    } else if (/[A-Za-z_]/.test(ch) && pending !== null) {
      // A field after the arguments and before any selection: the arguments were a scalar's (label(name:)).
      pending = null;
    }
    i += 1;
  }
  return total;
}

// Queries are sized to this many nodes: a hundredth of GitHub's limit. The limit bounds what a query may ask,
// not how long GitHub takes to answer it, and GitHub documents no time per node; this budget keeps a batch's
// answer close to a single unit's. A batch that still times out is asked again in halves (runInHalves).
export const nodeBudget = 5_000;

// How many units (an author's profile, an item's thread) go in one query: as many as the budget holds, at
// least one, and never more than `most`.
export function unitsPerQuery(unitQuery: string, most: number): number {
  const nodes = countNodes(unitQuery);
  return Math.max(1, Math.min(most, Math.floor(nodeBudget / Math.max(1, nodes))));
}
