// An event payload the action cannot use (not a JSON object, or without what its event must carry): a bad
// input, reported as one error naming the event file.
export class EventError extends Error {
  constructor(what: string) {
    super(what);
    this.name = 'EventError';
  }
}
