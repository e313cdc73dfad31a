// Injected faults: the first rule matching a request's method, path and (GraphQL) operation name applies,
// `times` times or forever.
import type { FaultRule } from './types.js';

interface ActiveRule {
  rule: FaultRule;
  left: number;
}

export class FaultList {
  private rules: ActiveRule[] = [];

  add(rule: FaultRule): void {
    this.rules.push({ rule, left: rule.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.rules = [];
  }

  // The rule for this request, counted as used.
  take(method: string, path: string, operation?: string): FaultRule | undefined {
    const active = this.rules.find(({ rule, left }) => left > 0 && matches(rule, method, path, operation));
    if (!active) return undefined;
    active.left -= 1;
    return active.rule;
  }
}

function matches(rule: FaultRule, method: string, path: string, operation: string | undefined): boolean {
  if (rule.method && rule.method.toUpperCase() !== method) return false;
  if (rule.operation !== undefined && rule.operation !== operation) return false;
  if (typeof rule.path === 'string') return rule.path === path;
  rule.path.lastIndex = 0;
  return rule.path.test(path);
}

// The operation a GraphQL body asks for: its operationName, or the name of its first operation.
export function operationOf(body: unknown): string | undefined {
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof operationName === 'string' && operationName) return operationName;
  return typeof query === 'string' ? /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] : undefined;
}
