import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { type RunningServer, startServer } from '../../../server/server';
import { type Database, openPglite, openPostgres } from '../../../server/sql';
import type { SyncStore } from '../../../server/store';

/** The default the README's `bash scripts/ensure-postgres.sh` sets up. */
export const PG_URL = process.env.DATABASE_URL || 'postgres://leadclip:leadclip@127.0.0.1:5432/leadclip';

export type BackendKind = 'pglite' | 'postgres';
export const BACKENDS: BackendKind[] = ['pglite', 'postgres'];

export interface TestBackend {
  kind: BackendKind;
  /** Opens (again) the same store: the same PGlite folder or the same PostgreSQL schema. */
  open(): Promise<Database>;
  /** Environment for a child-process server on this store. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** A store nobody else uses: a fresh PGlite folder, or a fresh schema on the test PostgreSQL. */
export async function freshBackend(kind: BackendKind): Promise<TestBackend> {
  const tag = `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  if (kind === 'pglite') {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), `leadclip-pglite-${tag}-`));
    return {
      kind,
      open: () => openPglite(dir),
      env: { LEADCLIP_DATA_DIR: dir },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `leadclip_test_${tag}`;
  const open = async () => {
    try {
      const db = await openPostgres(PG_URL, { schema, max: 4 });
      await db.query('SELECT 1');
      return db;
    } catch (err) {
      // Never skip: a missing PostgreSQL is a broken test machine, and this says how to fix it.
      throw new Error(
        `PostgreSQL is unreachable at ${PG_URL} (${err instanceof Error ? err.message : String(err)}): run \`bash scripts/ensure-postgres.sh\``,
      );
    }
  };
  return {
    kind,
    open,
    env: { DATABASE_URL: PG_URL, LEADCLIP_PG_SCHEMA: schema },
    drop: async () => {
      const db = await open();
      await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await db.close();
    },
  };
}

export interface SeededTeam {
  teamId: string;
  token: string;
  tokenId: string;
  email: string;
}

export async function seedTeam(store: SyncStore, name: string, email = `rep@${name}.test`): Promise<SeededTeam> {
  const team = await store.createTeam(name);
  await store.createUser(team.id, email);
  const { id, token } = await store.createToken(email);
  return { teamId: team.id, token, tokenId: id, email };
}

export interface TeamServer {
  backend: TestBackend;
  server: RunningServer;
  team: SeededTeam;
}

/**
 * A sync server on a fresh store with one seeded team, started before the calling describe block's
 * tests and stopped after them. Read its parts inside tests: they exist once the block has started.
 */
export function teamServerPerSuite(kind: BackendKind, teamName: string): TeamServer {
  const suite = {} as TeamServer;
  beforeAll(async () => {
    suite.backend = await freshBackend(kind);
    suite.server = await startServer({
      db: await suite.backend.open(),
      port: 0,
      rateLimit: { perMinute: 60_000, burst: 10_000 },
    });
    suite.team = await seedTeam(suite.server.store, teamName);
  }, 60_000);
  afterAll(async () => {
    await suite.server?.close();
    await suite.backend?.drop();
  });
  return suite;
}
