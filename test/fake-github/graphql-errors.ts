// An error GitHub's GraphQL API reports with a `type` (NOT_FOUND, INVALID, ...) next to the field's path.
export class GitHubGraphqlError extends Error {
  constructor(
    readonly type: string,
    message: string,
    // GitHub answers it too, but only a wrong query causes it (bad pagination, a qualifier GitHub does not
    // know): recorded in graphqlErrors so a test notices.
    readonly clientMistake = false,
  ) {
    super(message);
  }
}

// A field the fake does not implement: recorded in graphqlErrors, so a test notices the gap.
export class UnimplementedError extends Error {}
