import { InputError } from './input-error.js';
import { isPlainLogin } from '../text/escape-text.js';

// Each parser takes the input's name and its raw text (already defaulted) and returns a fully parsed value
// or throws an InputError that says what is allowed.
export type Parser<T> = (input: string, raw: string) => T;

export const text: Parser<string> = (_input, raw) => raw;

// A secret is never echoed back, even in an error.
export const secret: Parser<string> = (_input, raw) => raw.trim();

export const boolean: Parser<boolean> = (input, raw) => {
  const value = raw.trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InputError(input, raw, 'allowed values are true, false (any case)');
};

export function oneOf<const T extends readonly string[]>(allowed: T): Parser<T[number]> {
  return (input, raw) => {
    const value = raw.trim().toLowerCase();
    const found = allowed.find((a) => a === value);
    if (found === undefined) throw new InputError(input, raw, `allowed values are ${allowed.join(', ')}`);
    return found;
  };
}

export function integer(min: number, max: number): Parser<number> {
  return (input, raw) => {
    const value = raw.trim();
    const n = Number(value);
    // Decimal digits only (0x10 and 1e2 are bad values).
    if (!/^-?\d+$/.test(value) || n < min || n > max) {
      throw new InputError(input, raw, `allowed is a whole number from ${min} to ${max}`);
    }
    return n;
  };
}

// Comma- or newline-separated, trimmed, empty entries dropped.
export function splitList(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export const list: Parser<string[]> = (_input, raw) => splitList(raw);

// A list whose every entry must be one of `allowed`; matching ignores case, the result uses the allowed spelling.
// `renamed` maps old names still accepted to their new ones (renamedEntries says which were used).
export function listOf<const T extends readonly string[]>(allowed: T, renamed: Record<string, T[number]> = {}): Parser<T[number][]> {
  return (input, raw) =>
    splitList(raw).map((entry) => {
      const found = allowed.find((a) => a.toLowerCase() === entry.toLowerCase()) ?? renamed[entry.toLowerCase()];
      if (found === undefined) {
        throw new InputError(input, raw, `"${entry}" is not allowed; allowed values are ${allowed.join(', ')}`);
      }
      return found;
    });
}

// Logins (any case) or numeric user ids.
export interface UserList {
  logins: string[];
  ids: number[];
}
export const users: Parser<UserList> = (input, raw) => {
  const result: UserList = { logins: [], ids: [] };
  for (const entry of splitList(raw)) {
    if (/^\d+$/.test(entry)) result.ids.push(Number(entry));
    else if (isPlainLogin(entry)) result.logins.push(entry.toLowerCase());
    else
      throw new InputError(input, raw, `"${entry}" is neither a GitHub login nor a numeric user id; allowed are logins and ids, comma- or newline-separated`);
  }
  return result;
};

export interface Band {
  yellow: number;
  red: number;
}

export interface BandRule {
  min: number;
  max: number;
  whole: boolean;
  descending: boolean;
}

// Two numbers "yellow,red". `descending`: the yellow band starts above the red one (younger is worse),
// so yellow >= red; otherwise yellow <= red. The parser carries its rule, for what moves a band (a backtest).
export function band(options: BandRule): Parser<Band> & { rule: BandRule } {
  const { min, max, whole, descending } = options;
  const kind = whole ? 'whole numbers' : 'numbers';
  const order = descending ? 'the first at least the second' : 'the first at most the second';
  const rule = `allowed is two ${kind} "yellow,red" from ${min} to ${max}, ${order}`;
  const parser: Parser<Band> = (input, raw) => {
    const parts = raw.split(',').map((s) => s.trim());
    // Decimal digits only: Number() would also take 0x10, 1e2 and Infinity.
    const numbers = parts.map((p) => (/^\d+(\.\d+)?$/.test(p) ? Number(p) : Number.NaN));
    const valid = numbers.length === 2 && numbers.every((n) => Number.isFinite(n) && n >= min && n <= max && (!whole || Number.isInteger(n)));
    const [yellow, red] = numbers as [number, number];
    if (!valid || (descending ? yellow < red : yellow > red)) throw new InputError(input, raw, rule);
    return { yellow, red };
  };
  return Object.assign(parser, { rule: options });
}

// A calendar day "YYYY-MM-DD" (UTC) that exists and is not after today; empty: none. The result is the day's
// first instant.
export const pastDay: Parser<Date | null> = (input, raw) => {
  const value = raw.trim();
  if (value === '') return null;
  const rule = `allowed is a date YYYY-MM-DD, a real day no later than today (${new Date().toISOString().slice(0, 10)}), or empty for none`;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new InputError(input, raw, rule);
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // Date.UTC rolls 2024-02-30 over to March 1st: a day that does not come back as written does not exist.
  if (day.toISOString().slice(0, 10) !== value || day.getTime() > Date.now()) throw new InputError(input, raw, rule);
  return day;
};
