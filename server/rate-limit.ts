/**
 * A token bucket per key (an API token, or a network address for requests
 * without a valid token), in memory: a burst of `burst` requests, then
 * `perMinute` a minute. Memory is enough: a restart forgetting the buckets only
 * lets a client in sooner, and the limit exists to protect the store from a
 * runaway loop or a token-guessing address, not to bill anyone. Each server
 * process keeps its own buckets: behind a balancer with N processes a key gets
 * up to N times the budget (README, "Several server processes").
 */
export interface RateLimitOptions {
  perMinute: number;
  burst: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly options: RateLimitOptions) {}

  /** What `take` would answer, without spending anything. */
  peek(id: string, now: number): number {
    const perMs = this.options.perMinute / 60_000;
    const b = this.buckets.get(id);
    if (!b) return 0;
    const tokens = Math.min(this.options.burst, b.tokens + Math.max(0, now - b.at) * perMs);
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) / perMs);
  }

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

  /** Forget buckets that have refilled: they behave exactly like absent ones. */
  prune(now: number): void {
    const perMs = this.options.perMinute / 60_000;
    for (const [id, b] of this.buckets) {
      if (b.tokens + Math.max(0, now - b.at) * perMs >= this.options.burst) this.buckets.delete(id);
    }
  }
}

/** Keeps the map from growing without bound under a spray of addresses: full buckets carry no information. */
export function pruneEvery(limiter: RateLimiter, everyMs: number): ReturnType<typeof setInterval> {
  const timer = setInterval(() => limiter.prune(Date.now()), everyMs);
  timer.unref?.();
  return timer;
}
