import type { Client } from '../../fetch/client.js';
import type { Thread } from '../../fetch/thread-part.js';
import type { Settings } from '../../settings/get-settings.js';
import type { Repo, Subject } from '../../types.js';
import { applyLabelBatches, type LabelChange } from '../../writers/apply-label-batches.js';
import { applyWrites, type WriteOutcome } from '../../writers/apply-writes.js';
import { labelNames } from '../../writers/label-names.js';
import { describeWrite, type Write } from '../../writers/plan-writes.js';
import type { ItemRow } from '../results.js';
import { readLabelIds } from './read-backlog.js';

export interface Plan {
  subject: Subject;
  item: ItemRow;
  thread: Thread;
  writes: Write[];
}

// Comments one backfill posts at most. GitHub's secondary limits allow about 80 content-creating requests a
// minute and 500 an hour; paced 1 s apart, 100 take under two minutes and leave the hour's room for everyone
// else's notifications. The rest wait for the next run, which plans them again (nothing is posted twice).
export const commentsPerRun = 100;

// Which comments go out this run: the first `cap` new comments in the items' order (newest first); the others
// are held back. Updates of a report in place notify nobody and are never held back.
export function capComments(plans: readonly Pick<Plan, 'writes'>[], cap: number): { send: Write[][]; held: Write[][] } {
  let left = cap;
  const send: Write[][] = [];
  const held: Write[][] = [];
  for (const plan of plans) {
    const mine = { send: [] as Write[], held: [] as Write[] };
    for (const write of plan.writes) {
      const isNew = write.kind === 'create-comment';
      if (isNew && left === 0) mine.held.push(write);
      else {
        if (isNew) left -= 1;
        mine.send.push(write);
      }
    }
    send.push(mine.send);
    held.push(mine.held);
  }
  return { send, held };
}

// Every item that wants a label the repo lacks plans its creation: it is created once for the run, before any
// item's labels are added (GitHub would create it grey otherwise). Then the label writes of all items go as
// batched GraphQL mutations, and the comments item by item (paced by the client).
// The run-wide writes (label creations) come back as `writes`; each item's own go into its row.
export async function applyPlans(
  client: Client,
  repo: Repo,
  plans: Plan[],
  settings: Settings,
  cap = commentsPerRun,
): Promise<{ writes: WriteOutcome[]; warnings: string[] }> {
  const dryRun = settings['dry-run'];
  const writes: WriteOutcome[] = [];
  const warnings: string[] = [];
  const creates = new Map<string, Write>();
  for (const w of plans.flatMap((p) => p.writes)) if (w.kind === 'create-label') creates.set(w.name.toLowerCase(), w);
  const first = plans[0];
  if (!first) return { writes, warnings };
  let labelIds = first.thread.repoLabels;
  if (creates.size > 0) {
    const applied = await applyWrites(client, first.subject, [...creates.values()], dryRun);
    writes.push(...applied.outcomes);
    warnings.push(...applied.warnings);
    // The new labels' ids, for the mutations (a create answered 422 means it existed: its id is read too).
    if (!dryRun) labelIds = (await readLabelIds(client, repo, labelNames(settings))) ?? labelIds;
  }
  const isLabelWrite = (w: Write): w is LabelChange['writes'][number] => w.kind === 'add-labels' || w.kind === 'remove-label';
  const changes = plans
    .filter((p) => p.writes.some(isLabelWrite))
    .map((p) => ({ subject: p.subject, itemId: p.thread.itemId, writes: p.writes.filter(isLabelWrite) }));
  const { send, held } = capComments(plans, dryRun ? Number.POSITIVE_INFINITY : cap);
  const heldCount = held.flat().length;
  if (heldCount > 0) {
    warnings.push(
      `${heldCount === 1 ? '1 more comment waits' : `${heldCount} more comments wait`} for the next run: a backfill posts at most ${cap} (GitHub allows about 80 a minute and 500 an hour). Run it again to post them.`,
    );
  }
  const [labels] = await Promise.all([
    applyLabelBatches(client, changes, labelIds, dryRun),
    ...plans.map(async ({ subject, item }, n) => {
      const applied = await applyWrites(
        client,
        subject,
        (send[n] ?? []).filter((w) => w.kind !== 'create-label' && !isLabelWrite(w)),
        dryRun,
      );
      item.writes.push(...applied.outcomes);
      item.writes.push(
        ...(held[n] ?? []).map((w) => ({ description: describeWrite(w, subject), status: 'planned' as const, detail: 'waits for the next run' })),
      );
      warnings.push(...applied.warnings);
    }),
  ]);
  for (const plan of plans) plan.item.writes.unshift(...(labels.outcomes.get(plan.subject) ?? []));
  warnings.push(...labels.warnings);
  return { writes, warnings };
}
