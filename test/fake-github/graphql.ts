// POST /graphql: parse and validate against GitHub's schema, execute over the dataset, answer like GitHub.
import {
  execute,
  type GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { GitHubGraphqlError, UnimplementedError } from './graphql-errors.js';
import type { GqlScope } from './graphql-objects.js';
import { mutationRoot } from './graphql-mutations.js';
import { queryRoot, type GraphqlQuota } from './graphql-root.js';
import { documentNodes, maxNodes, nodeLimitError } from './graphql-nodes.js';
import { loadSchema } from './graphql-schema.js';
import type { FakeResponse } from './types.js';

export interface GraphqlRequest {
  scope: GqlScope;
  quota: GraphqlQuota;
  readOnly: boolean;
  // A classic token's scopes; undefined for an installation token.
  oauthScopes?: string[];
  // Errors that mean the client (or the fake) is wrong, not that GitHub said no: tests assert there are none.
  recordError: (message: string) => void;
  // Whether GitHub would time out on a query of this many nodes (FakeOptions.graphqlTimeout).
  timesOut?: (nodes: number) => boolean;
}

export interface GraphqlAnswer {
  response: FakeResponse;
  operationName?: string;
  // GitHub's node count of the query, when it parsed.
  nodes?: number;
  // GitHub gave up on it at 10 s: the server answers as GitHub does then.
  timedOut?: boolean;
}

interface GraphqlBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

type Located = { message: string; locations?: readonly { line: number; column: number }[] };

function requestErrors(errors: readonly GraphQLError[], request: GraphqlRequest): FakeResponse {
  const formatted: Located[] = errors.map((error) => {
    request.recordError(error.message);
    return error.locations ? { message: error.message, locations: error.locations } : { message: error.message };
  });
  return { status: 200, body: { errors: formatted } };
}

export function operationNameOf(document: DocumentNode, requested: unknown): string | undefined {
  if (typeof requested === 'string' && requested) return requested;
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operation?.name?.value;
}

const fieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, _context, info) => {
  if (source === null || typeof source !== 'object') return null;
  if (!(info.fieldName in source)) {
    throw new UnimplementedError(`fake-github does not implement ${info.parentType.name}.${info.fieldName}`);
  }
  const value = (source as Record<string, unknown>)[info.fieldName];
  return typeof value === 'function' ? (value as (a: unknown) => unknown)(args) : value;
};

export async function handleGraphql(body: unknown, request: GraphqlRequest): Promise<GraphqlAnswer> {
  const schema = await loadSchema();
  const { query, variables, operationName } = (body ?? {}) as GraphqlBody;
  if (typeof query !== 'string') {
    request.recordError('A query attribute must be specified and must be a string.');
    return { response: { status: 200, body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] } } };
  }
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    return { response: requestErrors([error as GraphQLError], request) };
  }
  const name = operationNameOf(document, operationName);
  const answer = (response: FakeResponse): GraphqlAnswer => (name === undefined ? { response } : { response, operationName: name });
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) return answer(requestErrors(validationErrors, request));
  const nodes = documentNodes(document, (variables ?? {}) as Record<string, unknown>);
  if (nodes > maxNodes) {
    const error = nodeLimitError(nodes);
    request.recordError(String(error.message));
    return { ...answer({ status: 200, body: { errors: [error] } }), nodes };
  }
  if (request.timesOut?.(nodes)) return { ...answer({ status: 200 }), nodes, timedOut: true };
  const scopeError = missingScopes(schema, document, request.oauthScopes);
  if (scopeError) return answer({ status: 200, body: { errors: [scopeError] } });
  const result = await execute({
    schema,
    document,
    rootValue: isMutation(document, name) ? mutationRoot(request.scope, request.readOnly) : queryRoot(request.scope, request.quota),
    variableValues: (variables ?? undefined) as Record<string, unknown> | undefined,
    operationName: typeof operationName === 'string' ? operationName : undefined,
    fieldResolver,
  });
  // No data at all: the variables or the operation choice were wrong, a client error like validation.
  if (result.data === undefined && result.errors) return answer(requestErrors(result.errors, request));
  const errors = (result.errors ?? []).map((error) => executionError(error, request));
  return answer({ status: 200, body: errors.length > 0 ? { data: result.data ?? null, errors } : { data: result.data } });
}

// GitHub refuses a whole document that selects User.email with a classic token lacking user:email or
// read:user, before running any of it.
function missingScopes(schema: GraphQLSchema, document: DocumentNode, scopes: string[] | undefined): Record<string, unknown> | null {
  if (!scopes || scopes.includes('user:email') || scopes.includes('read:user') || scopes.includes('user')) return null;
  const typeInfo = new TypeInfo(schema);
  let location: { line: number; column: number } | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (!location && node.name.value === 'email' && typeInfo.getParentType()?.name === 'User' && node.loc) {
          location = { line: node.loc.startToken.line, column: node.loc.startToken.column };
        }
      },
    }),
  );
  if (!location) return null;
  return {
    type: 'INSUFFICIENT_SCOPES',
    locations: [location],
    message: `Your token has not been granted the required scopes to execute this query. The 'email' field requires one of the following scopes: ['user:email', 'read:user'], but your token has only been granted the: [${scopes.map((x) => `'${x}'`).join(', ')}] scopes. Please modify your token's scopes at: https://github.com/settings/tokens.`,
  };
}

function isMutation(document: DocumentNode, name: string | undefined): boolean {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const chosen = operations.find((o) => name === undefined || o.name?.value === name) ?? operations[0];
  return chosen?.operation === OperationTypeNode.MUTATION;
}

// GitHub's shape: {type, path, locations, message}; `type` only for errors GitHub itself types.
function executionError(error: GraphQLError, request: GraphqlRequest): Record<string, unknown> {
  const original = error.originalError;
  const base = { path: error.path, locations: error.locations, message: error.message };
  if (original instanceof GitHubGraphqlError) {
    if (original.clientMistake) request.recordError(`${error.path?.join('.') ?? ''}: ${original.type}: ${error.message}`);
    return { type: original.type, ...base };
  }
  request.recordError(`${error.path?.join('.') ?? ''}: ${error.message}`);
  return base;
}

export const rateLimitedGraphql = {
  errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation ID 1.' }],
};
