// GitHub's public GraphQL schema from @octokit/graphql-schema, built once per process.
import { buildSchema, type GraphQLSchema } from 'graphql';

let loading: Promise<GraphQLSchema> | undefined;

export function loadSchema(): Promise<GraphQLSchema> {
  loading ??= import('@octokit/graphql-schema').then(({ schema }) =>
    // The published SDL defines a few fields twice (EnterpriseOwnerInfo), which strict SDL validation refuses;
    // the schema it builds is the one GitHub serves.
    buildSchema(schema.idl, { assumeValidSDL: true }),
  );
  return loading;
}
