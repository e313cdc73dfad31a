// A bad input value: names the input, the value given (never a secret's) and what is allowed.
export class InputError extends Error {
  constructor(
    readonly input: string,
    value: string | null,
    allowed: string,
  ) {
    const shown = value === null ? '' : ` "${value}"`;
    super(`Input '${input}' has an invalid value${shown}: ${allowed}.`);
    this.name = 'InputError';
  }
}
