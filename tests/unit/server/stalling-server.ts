/**
 * Test-only: the sync server as `npm run server` starts it, but with its database wrapped so that a
 * push's transaction stops just before it commits (the statement that moves the team's version), says so on
 * stdout, and waits. The crash test kills the process there. Production code has no such hook.
 */
import { startServer } from '../../../server/server';
import { type Database, openFromEnv, type Sql } from '../../../server/sql';

const STALL_MS = 60_000;
const BEFORE_COMMIT = /^\s*WITH team AS \(UPDATE teams SET version/i;

function stallingBeforeCommit(tx: Sql): Sql {
  return {
    async query(text, params) {
      if (BEFORE_COMMIT.test(text)) {
        console.log('push stalled before commit');
        await new Promise((resolve) => setTimeout(resolve, STALL_MS));
      }
      return tx.query(text, params);
    },
  };
}

const db = await openFromEnv(process.env);
const stalling: Database = {
  kind: db.kind,
  query: (text, params) => db.query(text, params),
  transaction: (fn) => db.transaction((tx) => fn(stallingBeforeCommit(tx))),
  close: () => db.close(),
};
const running = await startServer({ db: stalling, port: Number(process.env.PORT ?? 0), hostname: '127.0.0.1' });
console.log(`LeadClip sync server (stalling, ${db.kind}) listening on ${running.url}`);
