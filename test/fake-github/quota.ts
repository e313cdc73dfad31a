// A primary rate-limit bucket (core or graphql), counting down per request like GitHub's.
const limit = 5000;

export class Quota {
  remaining: number;
  readonly reset = Math.floor(Date.now() / 1000) + 3600;

  constructor(
    readonly resource: 'core' | 'graphql',
    remaining: number,
  ) {
    this.remaining = remaining;
  }

  // One request's worth; false when none was left.
  consume(): boolean {
    if (this.remaining <= 0) return false;
    this.remaining -= 1;
    return true;
  }

  get used(): number {
    return Math.max(0, limit - this.remaining);
  }

  headers(): Record<string, string> {
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(this.remaining),
      'x-ratelimit-reset': String(this.reset),
      'x-ratelimit-used': String(this.used),
      'x-ratelimit-resource': this.resource,
    };
  }

  overview(): { limit: number; used: number; remaining: number; reset: number } {
    return { limit, used: this.used, remaining: this.remaining, reset: this.reset };
  }

  graphqlView(): { limit: number; remaining: number; used: number; resetAt: string } {
    return { limit, remaining: this.remaining, used: this.used, resetAt: new Date(this.reset * 1000).toISOString() };
  }
}
