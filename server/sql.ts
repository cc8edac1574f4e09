import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/**
 * The one SQL layer: plain parameterised PostgreSQL ($1, $2 …) that runs
 * unchanged on both drivers. PGlite is PostgreSQL compiled to WebAssembly, so
 * the dialect is the same; only connecting and transactions differ.
 */
export type Row = Record<string, unknown>;

export interface Sql {
  query<T extends Row = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The embedded store: a folder on disk, nothing to install. `undefined` keeps it in memory (tests). */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    async query<T extends Row>(text: string, params: readonly unknown[] = []) {
      return (await db.query<T>(text, [...params])).rows;
    },
    // PGlite is one connection: it queues every other query behind an open transaction.
    async transaction<T>(fn: (tx: Sql) => Promise<T>) {
      return db.transaction(async (tx) =>
        fn({
          async query<R extends Row>(text: string, params: readonly unknown[] = []) {
            return (await tx.query<R>(text, [...params])).rows;
          },
        }),
      );
    },
    async close() {
      await db.close();
    },
  };
}

export interface PostgresOptions {
  /** Every table lives in this schema (created when missing); tests use a fresh one per run. */
  schema?: string;
  max?: number;
}

/** A team's PostgreSQL, through a pool. */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Not a schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its connection must not crash the server; the pool replaces it.
  pool.on('error', (err) => console.error('PostgreSQL connection error:', err.message));
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  const run = async <T extends Row>(client: pg.Pool | pg.PoolClient, text: string, params: readonly unknown[]) =>
    (await client.query<T>(text, [...params])).rows;
  return {
    kind: 'postgres',
    query: (text, params = []) => run(pool, text, params),
    async transaction<T>(fn: (tx: Sql) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({ query: (text, params = []) => run(client, text, params) });
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}

/** DATABASE_URL picks PostgreSQL; otherwise the embedded store in LEADCLIP_DATA_DIR or ./.leadclip-server. */
export async function openFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<Database> {
  const url = env.DATABASE_URL;
  if (url) {
    const schema = env.LEADCLIP_PG_SCHEMA;
    return openPostgres(url, schema ? { schema } : {});
  }
  return openPglite(env.LEADCLIP_DATA_DIR || '.leadclip-server');
}

/** int8 columns come back as strings from `pg` and numbers from PGlite. */
export function toNumber(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) throw new Error(`Not a number from the database: ${String(value)}`);
  return n;
}
