import type { Database } from './sql';

/**
 * The server's schema, oldest first. Like the extension's Dexie history:
 * never edit or remove a migration that has shipped; add the next one.
 * Times are int8 milliseconds so both drivers read them the same way.
 */
export const MIGRATIONS: readonly (readonly string[])[] = [
  [
    `CREATE TABLE teams (
      id text PRIMARY KEY,
      name text NOT NULL UNIQUE,
      -- The per-team change counter: every changed record takes the next value; pull cookies are these.
      version int8 NOT NULL DEFAULT 0,
      created_at int8 NOT NULL
    )`,
    `CREATE TABLE users (
      id text PRIMARY KEY,
      team_id text NOT NULL REFERENCES teams(id),
      email text NOT NULL UNIQUE,
      disabled_at int8,
      created_at int8 NOT NULL
    )`,
    `CREATE TABLE tokens (
      id text PRIMARY KEY,
      user_id text NOT NULL REFERENCES users(id),
      -- SHA-256 of the token, hex: the token itself is shown once and never stored.
      hash text NOT NULL UNIQUE,
      created_at int8 NOT NULL,
      revoked_at int8
    )`,
    `CREATE TABLE clients (
      client_id text PRIMARY KEY,
      team_id text NOT NULL REFERENCES teams(id),
      user_id text NOT NULL REFERENCES users(id),
      last_mutation_id int8 NOT NULL DEFAULT 0,
      updated_at int8 NOT NULL
    )`,
    `CREATE TABLE records (
      team_id text NOT NULL REFERENCES teams(id),
      tbl text NOT NULL,
      key text NOT NULL,
      -- Per-field values and clocks, JSON text in the compact form of server/record-codec.ts: text,
      -- not jsonb, because the server never queries inside it and jsonb costs a parse per write.
      fields text NOT NULL,
      deleted text,
      version int8 NOT NULL,
      PRIMARY KEY (team_id, tbl, key)
    )`,
    `CREATE INDEX records_by_version ON records (team_id, version)`,
    `CREATE TABLE history (
      id bigserial PRIMARY KEY,
      team_id text NOT NULL REFERENCES teams(id),
      tbl text NOT NULL,
      key text NOT NULL,
      field text NOT NULL,
      value jsonb,
      hlc text NOT NULL,
      winner_hlc text,
      reason text NOT NULL,
      client_id text,
      at int8 NOT NULL
    )`,
    `CREATE INDEX history_by_record ON history (team_id, tbl, key)`,
  ],
  [
    // What the client's last applied mutation said: a resend of ids the server already has is a
    // replay only if that mutation is the same; otherwise the client was restored from a backup.
    'ALTER TABLE clients ADD COLUMN last_digest text',
  ],
];

/** Applies the migrations this database lacks, each in its own transaction. Safe to run from several servers at once. */
export async function migrate(db: Database): Promise<number> {
  await db.query('CREATE TABLE IF NOT EXISTS schema_migrations (version int4 PRIMARY KEY, applied_at int8 NOT NULL)');
  let applied = 0;
  for (const [index, statements] of MIGRATIONS.entries()) {
    const version = index + 1;
    const done = await db.transaction(async (tx) => {
      // Two servers starting against one PostgreSQL take turns here instead of both creating tables.
      await tx.query('SELECT pg_advisory_xact_lock(7474)');
      const have = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [version]);
      if (have.length > 0) return false;
      for (const statement of statements) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [version, Date.now()]);
      return true;
    });
    if (done) applied += 1;
  }
  return applied;
}
