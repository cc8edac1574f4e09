import type { z } from 'zod';
import {
  ErrorResponseSchema,
  type HealthResponse,
  HealthResponseSchema,
  type PullResponse,
  PullResponseSchema,
  type PushRequest,
  type PushResponse,
  PushResponseSchema,
  syncServerUrlProblem,
} from '../model/sync';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** A failed sync request: `status` 0 is the network (no answer at all). */
export class SyncHttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly retryAfterMs?: number,
    readonly lastMutationId?: number,
    /** The server's own words, when it gave any. */
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }

  /** DESIGN.md §4: network errors, 5xx, 401, 408 and 429 are retried; every other 4xx is not. */
  get retryable(): boolean {
    return this.status === 0 || this.status >= 500 || [401, 408, 429].includes(this.status);
  }
}

/** Retry-After is seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const MEANING: Record<number, string> = {
  401: 'The server does not accept this token.',
  403: 'This token may not do that.',
  409: 'The server expects earlier changes first.',
  413: 'Too much in one request.',
  422: 'The server could not read the request.',
  429: 'Too many requests; waiting before trying again.',
};

/** The sync server's three endpoints, every response parsed with zod. */
export class SyncHttpClient {
  private readonly base: string;

  constructor(
    serverUrl: string,
    private readonly token: string,
    private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init),
  ) {
    this.base = serverUrl.replace(/\/+$/, '');
  }

  private async request<S extends z.ZodType>(path: string, schema: S, init: RequestInit = {}): Promise<z.infer<S>> {
    let res: Response;
    try {
      res = await this.fetchImpl(`${this.base}${path}`, {
        ...init,
        headers: {
          ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
          ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        },
      });
    } catch (err) {
      throw new SyncHttpError(`Cannot reach the sync server: ${err instanceof Error ? err.message : String(err)}`, 0);
    }
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      body = undefined;
    }
    if (!res.ok) {
      const parsed = ErrorResponseSchema.safeParse(body);
      const detail = parsed.success ? parsed.data.message : `HTTP ${res.status}`;
      throw new SyncHttpError(
        `${MEANING[res.status] ?? 'The sync server failed.'} (${res.status}: ${detail})`,
        res.status,
        parseRetryAfter(res.headers.get('Retry-After')),
        parsed.success ? parsed.data.lastMutationId : undefined,
        parsed.success ? parsed.data.message : undefined,
      );
    }
    const parsed = schema.safeParse(body);
    // A 200 we cannot read is the server's fault, and may pass: treat it like a 5xx.
    if (!parsed.success) throw new SyncHttpError('The sync server sent an answer this version cannot read.', 502);
    return parsed.data;
  }

  health(): Promise<HealthResponse> {
    return this.request('/v1/health', HealthResponseSchema);
  }

  push(body: PushRequest): Promise<PushResponse> {
    return this.request('/v1/push', PushResponseSchema, { method: 'POST', body: JSON.stringify(body) });
  }

  pull(cookie: string, limit: number): Promise<PullResponse> {
    const q = new URLSearchParams({ cookie, limit: String(limit) });
    return this.request(`/v1/pull?${q}`, PullResponseSchema);
  }
}

/** The options page's "Test connection": the health endpoint with the token. */
export async function testConnection(
  serverUrl: string,
  token: string,
  fetchImpl?: FetchLike,
): Promise<{ ok: true; message: string } | { ok: false; message: string }> {
  const problem = syncServerUrlProblem(serverUrl);
  if (problem) return { ok: false, message: problem };
  if (!token.trim()) return { ok: false, message: 'Enter your API token.' };
  try {
    const health = await new SyncHttpClient(serverUrl, token.trim(), fetchImpl).health();
    return {
      ok: true,
      message: `Connected${health.team ? ` to team ${health.team}` : ''}${health.user ? ` as ${health.user}` : ''}.`,
    };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
