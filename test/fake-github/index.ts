// The fake GitHub's public surface for tests, the demo and the CLI.
import type { Dataset } from './dataset.js';
import { FakeGitHub } from './server.js';
import type { FakeOptions } from './types.js';

export { FakeGitHub } from './server.js';
export type { FakeOptions, FaultRule, RequestLogEntry } from './types.js';
export type { Dataset, FakeComment, FakeEvent, FakeInvitation, FakeItem, FakeRepo, FakeUser } from './dataset.js';
export { emptyDataset } from './dataset.js';
export { unicornPage } from './rest-errors.js';

export function startFake(dataset: Dataset, options: FakeOptions = {}): Promise<FakeGitHub> {
  return FakeGitHub.start(dataset, options);
}
