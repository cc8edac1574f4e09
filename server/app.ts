import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { cors } from 'hono/cors';
import {
  type ErrorResponse,
  expandMutation,
  HealthResponseSchema,
  PullQuerySchema,
  PushRequestSchema,
  PushResponseSchema,
  SYNC_LIMITS,
} from '../lib/model/sync';
import { forbidden, HttpError, invalid, tooLarge, unauthorized } from './errors';
import { pruneEvery, RateLimiter, type RateLimitOptions } from './rate-limit';
import type { Principal, SyncStore } from './store';

export interface AppOptions {
  store: SyncStore;
  now?: () => number;
  rateLimit?: RateLimitOptions;
  /** Requests without a valid token, per network address, checked before the database is asked anything. */
  anonymousRateLimit?: RateLimitOptions;
  /**
   * Behind a reverse proxy every request comes from the proxy: take the client's address from the
   * last X-Forwarded-For entry instead (the one the proxy itself appended). Only when a proxy is in front.
   */
  trustProxy?: boolean;
  maxBodyBytes?: number;
  maxPushMutations?: number;
}

type Env = { Variables: { who: Principal } };

const tooMany = (waitMs: number) =>
  new HttpError(
    429,
    { error: 'rate_limited', message: 'Too many requests; slow down.' },
    { 'Retry-After': String(Math.ceil(waitMs / 1000)) },
  );

/** The API tokens the admin CLI issues: anything else is refused without a database lookup. */
const TOKEN_SHAPE = /^lcs_[A-Za-z0-9_-]{20,200}$/;

function describeZod(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length > 0 ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** The sync server's HTTP surface (DESIGN.md §4). */
export function createApp(options: AppOptions): Hono<Env> {
  const { store } = options;
  const now = options.now ?? Date.now;
  const limiter = new RateLimiter(options.rateLimit ?? { perMinute: 600, burst: 120 });
  const anonymous = new RateLimiter(options.anonymousRateLimit ?? { perMinute: 60, burst: 30 });
  pruneEvery(limiter, 10 * 60_000);
  pruneEvery(anonymous, 10 * 60_000);
  const maxBody = options.maxBodyBytes ?? SYNC_LIMITS.maxBodyBytes;
  const maxBatch = options.maxPushMutations ?? SYNC_LIMITS.maxPushMutations;
  const app = new Hono<Env>();

  // Tokens travel in a header, never in cookies, so any origin (the extension's) may call.
  app.use('*', cors({ origin: '*', allowHeaders: ['Authorization', 'Content-Type'], exposeHeaders: ['Retry-After'] }));

  app.onError((err, c) => {
    if (err instanceof HttpError) {
      for (const [k, v] of Object.entries(err.headers)) c.header(k, v);
      return c.json(err.body, err.status);
    }
    console.error('sync server error:', err);
    const body: ErrorResponse = { error: 'internal', message: 'The server failed; try again later.' };
    return c.json(body, 500);
  });
  app.notFound((c) => c.json({ error: 'not_found', message: 'No such endpoint.' } satisfies ErrorResponse, 404));

  const bearer = (header: string | undefined): string | undefined => {
    const m = /^Bearer\s+(\S{1,500})$/i.exec(header ?? '');
    return m?.[1] !== undefined && TOKEN_SHAPE.test(m[1]) ? m[1] : undefined;
  };

  const addressOf = (c: Context<Env>): string => {
    if (options.trustProxy) {
      const hops = (c.req.header('X-Forwarded-For') ?? '').split(',').map((h) => h.trim());
      const last = hops.at(-1);
      if (last) return last;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      // In-process requests (tests) have no socket.
      return 'unknown';
    }
  };

  /** Before anything reaches the database: an address that keeps failing to authenticate waits. */
  const gateAnonymous = (c: Context<Env>) => {
    const wait = anonymous.peek(addressOf(c), now());
    if (wait > 0) throw tooMany(wait);
  };
  const spendAnonymous = (c: Context<Env>) => {
    anonymous.take(addressOf(c), now());
  };

  app.get('/v1/health', async (c) => {
    const token = bearer(c.req.header('Authorization'));
    let who: Principal | undefined;
    gateAnonymous(c);
    if (c.req.header('Authorization') !== undefined) {
      who = token === undefined ? undefined : await store.authenticate(token);
      if (!who) {
        spendAnonymous(c);
        throw unauthorized();
      }
      if (who.disabled) throw forbidden('This user is disabled.');
    } else {
      // Without a token health says only that the server is up; it still checks the store answers.
      spendAnonymous(c);
      await store.db.query('SELECT 1');
    }
    return c.json(
      HealthResponseSchema.parse({
        ok: true,
        service: 'leadclip-sync',
        protocol: 1,
        time: now(),
        ...(who ? { team: who.teamName, user: who.email } : {}),
      }),
    );
  });

  /**
   * The body as text, at most `maxBody` bytes. An oversized body is still read
   * to its end (up to a hard cap) before answering 413: a server that answers
   * and hangs up mid-upload makes fetch report a network error instead of the 413.
   */
  const readBody = async (req: Request): Promise<string> => {
    const tooBig = () => tooLarge(`A request body is at most ${maxBody} bytes.`);
    const hardCap = maxBody * 16;
    if (Number(req.headers.get('Content-Length') ?? 0) > hardCap) throw tooBig();
    const reader = req.body?.getReader();
    if (!reader) return '';
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > hardCap) {
        await reader.cancel();
        throw tooBig();
      }
      if (total <= maxBody) chunks.push(value);
    }
    if (total > maxBody) throw tooBig();
    return Buffer.concat(chunks).toString('utf8');
  };

  const authenticate = async (c: Context<Env>): Promise<Principal> => {
    gateAnonymous(c);
    const token = bearer(c.req.header('Authorization'));
    const who = token === undefined ? undefined : await store.authenticate(token);
    if (!who) {
      spendAnonymous(c);
      throw unauthorized();
    }
    if (who.disabled) throw forbidden('This user is disabled.');
    const wait = limiter.take(who.tokenId, now());
    if (wait > 0) throw tooMany(wait);
    return who;
  };

  app.use('/v1/push', async (c, next) => {
    c.set('who', await authenticate(c));
    await next();
  });
  app.use('/v1/pull', async (c, next) => {
    c.set('who', await authenticate(c));
    await next();
  });

  app.post('/v1/push', async (c) => {
    const text = await readBody(c.req.raw);
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw invalid('The body is not JSON.');
    }
    if (
      typeof raw === 'object' &&
      raw !== null &&
      'mutations' in raw &&
      Array.isArray(raw.mutations) &&
      raw.mutations.length > maxBatch
    ) {
      throw tooLarge(`A push carries at most ${maxBatch} mutations.`);
    }
    const parsed = PushRequestSchema.safeParse(raw);
    if (!parsed.success) throw invalid(describeZod(parsed.error.issues));
    const result = await store.push(c.get('who'), parsed.data.clientId, parsed.data.mutations.map(expandMutation), {
      now: now(),
    });
    return c.json(PushResponseSchema.parse(result));
  });

  app.get('/v1/pull', async (c) => {
    const parsed = PullQuerySchema.safeParse(c.req.query());
    if (!parsed.success) throw invalid(describeZod(parsed.error.issues));
    const body = await store.pullJson(c.get('who'), Number(parsed.data.cookie), parsed.data.limit, now());
    // Not parsed again on the way out: built from the store by typed code, and the client parses
    // every page it receives.
    return c.body(body, 200, { 'Content-Type': 'application/json; charset=UTF-8' });
  });

  return app;
}
