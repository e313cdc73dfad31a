import type { Client } from '../../fetch/client.js';
import type { Thread } from '../../fetch/thread-part.js';
import type { Settings } from '../../settings/get-settings.js';
import type { Repo, Subject } from '../../types.js';
import { applyLabelBatches, type LabelChange } from '../../writers/apply-label-batches.js';
import { applyWrites, type WriteOutcome } from '../../writers/apply-writes.js';
import { labelNames, type Write } from '../../writers/plan-writes.js';
import type { ItemRow } from '../results.js';
import { readLabelIds } from './read-backlog.js';

export interface Plan {
  subject: Subject;
  item: ItemRow;
  thread: Thread;
  writes: Write[];
}

// Every item that wants a label the repo lacks plans its creation: it is created once for the run, before any
// item's labels are added (GitHub would create it grey otherwise). Then the label writes of all items go as
// batched GraphQL mutations, and the comments item by item (paced by the client).
// The run-wide writes (label creations) come back as `writes`; each item's own go into its row.
export async function applyPlans(client: Client, repo: Repo, plans: Plan[], settings: Settings): Promise<{ writes: WriteOutcome[]; warnings: string[] }> {
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
  const [labels] = await Promise.all([
    applyLabelBatches(client, changes, labelIds, dryRun),
    ...plans.map(async ({ subject, item, writes }) => {
      const applied = await applyWrites(
        client,
        subject,
        writes.filter((w) => w.kind !== 'create-label' && !isLabelWrite(w)),
        dryRun,
      );
      item.writes.push(...applied.outcomes);
      warnings.push(...applied.warnings);
    }),
  ]);
  for (const plan of plans) plan.item.writes.unshift(...(labels.outcomes.get(plan.subject) ?? []));
  warnings.push(...labels.warnings);
  return { writes, warnings };
}
