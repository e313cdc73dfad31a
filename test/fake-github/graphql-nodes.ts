// GitHub's node limit, counted on the parsed document: every connection field asked for with `first` or
// `last` N (a literal or a variable) counts N times the product of the Ns of the connections around it.
// GitHub refuses a query over 500,000 before running it.
import { Kind, visit, type DocumentNode, type FieldNode, type ValueNode } from 'graphql';

export const maxNodes = 500_000;

export function documentNodes(document: DocumentNode, variables: Record<string, unknown>): number {
  const multipliers: number[] = [1];
  const pushed: boolean[] = [];
  let total = 0;
  visit(document, {
    Field: {
      enter(node: FieldNode) {
        const size = pageSize(node, variables);
        pushed.push(size !== null);
        if (size === null) return;
        const around = multipliers.at(-1) ?? 1;
        total += size * around;
        multipliers.push(size * around);
      },
      leave() {
        if (pushed.pop()) multipliers.pop();
      },
    },
  });
  return total;
}

function pageSize(node: FieldNode, variables: Record<string, unknown>): number | null {
  const arg = node.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
  if (!arg) return null;
  const value = valueOf(arg.value, variables);
  return typeof value === 'number' ? value : null;
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return null;
}

// GitHub's words, with its thousands separators.
export function nodeLimitError(nodes: number): Record<string, unknown> {
  return {
    type: 'MAX_NODE_LIMIT_EXCEEDED',
    message: `This query requests up to ${nodes.toLocaleString('en-US')} possible nodes which exceeds the maximum limit of ${maxNodes.toLocaleString('en-US')}.`,
  };
}
