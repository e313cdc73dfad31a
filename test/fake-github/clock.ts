// Timestamps as GitHub writes them: ISO 8601 in UTC, no milliseconds.
export function isoNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
