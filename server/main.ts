// `npm run server`: the sync server on the embedded store (PGlite in ./.leadclip-server or
// $LEADCLIP_DATA_DIR), or on PostgreSQL when DATABASE_URL is set. Port $PORT (8787), host $HOST;
// LEADCLIP_TRUST_PROXY=1 behind a reverse proxy.
import { startServer } from './server';
import { openFromEnv } from './sql';

const env = process.env;
const db = await openFromEnv(env);
const perMinute = Number(env.LEADCLIP_RATE_LIMIT_PER_MINUTE ?? 600);
const running = await startServer({
  db,
  port: Number(env.PORT ?? 8787),
  hostname: env.HOST || '127.0.0.1',
  rateLimit: { perMinute, burst: Math.max(1, Math.ceil(perMinute / 5)) },
  // Set behind a reverse proxy (README): client addresses then come from X-Forwarded-For.
  trustProxy: env.LEADCLIP_TRUST_PROXY === '1',
});
const where = db.kind === 'postgres' ? 'PostgreSQL' : `PGlite in ${env.LEADCLIP_DATA_DIR || '.leadclip-server'}`;
console.log(`LeadClip sync server (${where}) listening on ${running.url}`);

const stop = () => {
  running.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
