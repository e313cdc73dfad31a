import type { Client } from '../fetch/client.js';
import { describeFailure } from '../fetch/graphql-query.js';
import type { Subject } from '../types.js';
import { readOnlyWarning, type WriteOutcome } from './apply-writes.js';
import { describeWrite, type Write } from './plan-writes.js';

export interface LabelChange {
  subject: Subject;
  itemId: string;
  writes: Extract<Write, { kind: 'add-labels' | 'remove-label' }>[];
}

// Mutations per request: each is one item's labels; GitHub runs them in order and answers each by alias.
const changesPerRequest = 25;

// A backfill's label writes, many items to a GraphQL request. GitHub weighs a REST write at 5 points of its
// 900-a-minute secondary limit and a GraphQL request with mutations at 5 whatever it holds, so 500 items'
// labels cost 100 points instead of 2,500. `labelIds` maps lower-cased names to node ids.
export async function applyLabelBatches(
  client: Client,
  changes: LabelChange[],
  labelIds: Map<string, string>,
  dryRun: boolean,
): Promise<{ outcomes: Map<Subject, WriteOutcome[]>; warnings: string[] }> {
  const outcomes = new Map<Subject, WriteOutcome[]>();
  const warnings = new Set<string>();
  const outcome = (change: LabelChange, status: WriteOutcome['status'], detail: string) =>
    outcomes.set(
      change.subject,
      change.writes.map((w) => ({ description: describeWrite(w, change.subject), status, detail })),
    );
  if (dryRun) {
    for (const change of changes) outcome(change, 'planned', 'dry run');
    return { outcomes, warnings: [] };
  }
  // A label that could not be created has no id: its items' label writes fail, the others go ahead.
  const known = (w: LabelChange['writes'][number]) => (w.kind === 'add-labels' ? w.names : [w.name]).every((n) => labelIds.has(n.toLowerCase()));
  const ready = changes.filter((c) => c.writes.every(known));
  for (const change of changes.filter((c) => !ready.includes(c))) outcome(change, 'failed', 'the label does not exist in the repository');
  // One request after another: GitHub asks for mutative requests to be made serially, not concurrently.
  for (let i = 0; i < ready.length; i += changesPerRequest) {
    const batch = ready.slice(i, i + changesPerRequest);
    const { mutation, variables } = buildMutation(batch, labelIds);
    try {
      await client.octokit.graphql(mutation, variables);
      for (const change of batch) outcome(change, 'written', '');
    } catch (error) {
      const e = error as Error & { errors?: { path?: unknown[]; type?: string; message: string }[] };
      const aliasOf = (x: { path?: unknown[] }) => (typeof x.path?.[0] === 'string' ? /^[ar](\d+)$/.exec(x.path[0])?.[1] : undefined);
      // Errors that name an alias failed that item only; any other error (rate limit, a refused document)
      // failed the whole request.
      const perItem = e.name === 'GraphqlResponseError' && (e.errors ?? []).every((x) => aliasOf(x) !== undefined);
      for (const [n, change] of batch.entries()) {
        const own = e.errors?.find((x) => aliasOf(x) === String(n));
        if (perItem && !own) outcome(change, 'written', '');
        else if (own?.type === 'FORBIDDEN' || /not accessible by integration/i.test(own?.message ?? e.message)) {
          outcome(change, 'refused', 'read-only token');
          warnings.add(readOnlyWarning(change.subject));
        } else outcome(change, 'failed', own?.message ?? describeFailure(error));
      }
    }
  }
  return { outcomes, warnings: [...warnings] };
}

function buildMutation(batch: LabelChange[], labelIds: Map<string, string>): { mutation: string; variables: Record<string, unknown> } {
  const definitions: string[] = [];
  const fields: string[] = [];
  const variables: Record<string, unknown> = {};
  batch.forEach((change, n) => {
    const ids = (names: string[]) => names.map((name) => labelIds.get(name.toLowerCase()) as string);
    const add = ids(change.writes.flatMap((w) => (w.kind === 'add-labels' ? w.names : [])));
    const remove = ids(change.writes.flatMap((w) => (w.kind === 'remove-label' ? [w.name] : [])));
    definitions.push(`$i${n}: ID!`);
    variables[`i${n}`] = change.itemId;
    if (add.length > 0) {
      definitions.push(`$a${n}: [ID!]!`);
      variables[`a${n}`] = add;
      fields.push(`  a${n}: addLabelsToLabelable(input: { labelableId: $i${n}, labelIds: $a${n} }) { clientMutationId }`);
    }
    if (remove.length > 0) {
      definitions.push(`$r${n}: [ID!]!`);
      variables[`r${n}`] = remove;
      fields.push(`  r${n}: removeLabelsFromLabelable(input: { labelableId: $i${n}, labelIds: $r${n} }) { clientMutationId }`);
    }
  });
  return { mutation: `mutation Labels(${definitions.join(', ')}) {\n${fields.join('\n')}\n}`, variables };
}
