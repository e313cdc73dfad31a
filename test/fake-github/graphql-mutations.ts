// The Mutation root: the label mutations a backfill batches, resolved by global node id like GitHub. Any
// other mutation is reported as unimplemented; a read-only token is refused as on GitHub.
import type { FakeItem } from './dataset.js';
import { GitHubGraphqlError, UnimplementedError } from './graphql-errors.js';
import { itemNode, type GqlScope } from './graphql-objects.js';
import { itemId, labelId, nodeId } from './node-ids.js';
import { maxLabelsPerItem } from './rest-labels.js';

type Args = Record<string, unknown>;
interface LabelInput {
  labelableId: string;
  labelIds: string[];
  clientMutationId?: string | null;
}

function findLabelable(scope: GqlScope, id: string): FakeItem {
  const item = scope.data.items.find((i) => nodeId(i.kind === 'pr' ? 'PullRequest' : 'Issue', itemId(scope.data, i)) === id);
  if (!item) throw new GitHubGraphqlError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
  // GitHub's answer for a mutation on an archived repository.
  if (scope.data.repos.some((r) => r.archived === true && `${r.owner}/${r.name}`.toLowerCase() === item.repo.toLowerCase())) {
    throw new GitHubGraphqlError('UNPROCESSABLE', 'Repository was archived so is read-only');
  }
  return item;
}

function labelNames(scope: GqlScope, item: FakeItem, ids: string[]): string[] {
  const repo = scope.data.repos.find((r) => `${r.owner}/${r.name}` === item.repo);
  return ids.map((id) => {
    const label = repo?.labels.find((l) => nodeId('Label', labelId(item.repo, l.name)) === id);
    if (!label) throw new GitHubGraphqlError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
    return label.name;
  });
}

function payload(scope: GqlScope, item: FakeItem, input: LabelInput): Record<string, unknown> {
  return { clientMutationId: input.clientMutationId ?? null, labelable: itemNode(scope, item) };
}

export function mutationRoot(scope: GqlScope, readOnly: boolean): Record<string, unknown> {
  const guard = () => {
    if (readOnly) throw new GitHubGraphqlError('FORBIDDEN', 'Resource not accessible by integration');
  };
  const implemented: Record<string, (args: Args) => unknown> = {
    addLabelsToLabelable: (args) => {
      guard();
      const input = args.input as LabelInput;
      const item = findLabelable(scope, input.labelableId);
      const names = labelNames(scope, item, input.labelIds);
      // GitHub refuses labels past 100 on an item here too. Its exact GraphQL words are not documented nor found
      // in users' reports; REST's are "Issues cannot have more than 100 labels"
      // (https://github.com/actions/labeler/issues/115), so this is an UNPROCESSABLE error in those words.
      if (new Set([...item.labels, ...names].map((n) => n.toLowerCase())).size > maxLabelsPerItem) {
        throw new GitHubGraphqlError('UNPROCESSABLE', `Issues cannot have more than ${maxLabelsPerItem} labels`);
      }
      for (const name of names) {
        if (!item.labels.some((l) => l.toLowerCase() === name.toLowerCase())) item.labels.push(name);
      }
      return payload(scope, item, input);
    },
    removeLabelsFromLabelable: (args) => {
      guard();
      const input = args.input as LabelInput;
      const item = findLabelable(scope, input.labelableId);
      const names = labelNames(scope, item, input.labelIds).map((n) => n.toLowerCase());
      item.labels = item.labels.filter((l) => !names.includes(l.toLowerCase()));
      return payload(scope, item, input);
    },
  };
  return new Proxy(implemented, {
    has: () => true,
    get: (target, field) =>
      target[String(field)] ??
      (() => {
        guard();
        throw new UnimplementedError(`fake-github does not implement Mutation.${String(field)}`);
      }),
  });
}
