/**
 * A token bucket per API token, in memory: a burst of `burst` requests, then
 * `perMinute` a minute. Memory is enough: a restart forgetting the buckets only
 * lets a client in sooner, and the limit exists to protect the store from a
 * runaway loop, not to bill anyone.
 */
export interface RateLimitOptions {
  perMinute: number;
  burst: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly options: RateLimitOptions) {}

  /** 0 when the request may go ahead, else the milliseconds until it may. */
  take(id: string, now: number): number {
    const perMs = this.options.perMinute / 60_000;
    const b = this.buckets.get(id) ?? { tokens: this.options.burst, at: now };
    // A clock set back (corrected) must not drain the bucket: time that ran backwards refills nothing.
    const tokens = Math.min(this.options.burst, b.tokens + Math.max(0, now - b.at) * perMs);
    if (tokens >= 1) {
      this.buckets.set(id, { tokens: tokens - 1, at: now });
      return 0;
    }
    this.buckets.set(id, { tokens, at: now });
    return Math.ceil((1 - tokens) / perMs);
  }
}
