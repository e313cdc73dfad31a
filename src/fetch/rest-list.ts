// A REST list answer as GitHub documents it (an array of objects), or an error that says it was not one, so a
// broken answer is a failed read in the maintainer's words rather than "data.map is not a function".
export function restList<T>(data: unknown, route: string): T[] {
  if (!Array.isArray(data) || data.some((entry) => typeof entry !== 'object' || entry === null)) {
    const what = typeof data === 'string' ? (/<html/i.test(data) ? 'an HTML page' : 'text') : Array.isArray(data) ? 'a list of non-objects' : `${typeof data}`;
    throw new Error(`GitHub answered ${route} with ${what}, not the list it documents`);
  }
  return data as T[];
}
