// A primary rate-limit bucket (core or graphql), counting down per request like GitHub's. GitHub gives
// GITHUB_TOKEN 1,000 REST requests and 1,000 GraphQL points an hour per repository; a user's token 5,000.
export const installationLimit = 1000;
export const userLimit = 5000;

export class Quota {
  remaining: number;
  readonly reset = Math.floor(Date.now() / 1000) + 3600;

  constructor(
    readonly resource: 'core' | 'graphql',
    remaining: number,
    readonly limit = userLimit,
  ) {
    this.remaining = Math.min(remaining, limit);
  }

  // One request's worth; false when none was left.
  consume(): boolean {
    if (this.remaining <= 0) return false;
    this.remaining -= 1;
    return true;
  }

  get used(): number {
    return Math.max(0, this.limit - this.remaining);
  }

  headers(): Record<string, string> {
    return {
      'x-ratelimit-limit': String(this.limit),
      'x-ratelimit-remaining': String(this.remaining),
      'x-ratelimit-reset': String(this.reset),
      'x-ratelimit-used': String(this.used),
      'x-ratelimit-resource': this.resource,
    };
  }

  overview(): { limit: number; used: number; remaining: number; reset: number } {
    return { limit: this.limit, used: this.used, remaining: this.remaining, reset: this.reset };
  }

  graphqlView(): { limit: number; remaining: number; used: number; resetAt: string } {
    return { limit: this.limit, remaining: this.remaining, used: this.used, resetAt: new Date(this.reset * 1000).toISOString() };
  }
}
