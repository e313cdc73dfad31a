import { describeFailure } from './graphql-query.js';

// A read that may fail without failing the run: its value, or why it could not be read.
export interface Settled<T> {
  value: T | null;
  failure: string | null;
}

export async function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  try {
    return { value: await promise, failure: null };
  } catch (error) {
    return { value: null, failure: describeFailure(error) };
  }
}
