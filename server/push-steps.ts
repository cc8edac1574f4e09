import { createHash } from 'node:crypto';
import type { Mutation } from '../lib/model/sync';
import { forbidden, gap } from './errors';
import type { PendingHistory, RecordRow } from './merge-records';
import { decodeRow, packFields, type StoredRow } from './record-codec';
import { type Sql, toNumber } from './sql';
import type { Principal } from './store';

/*
 * The steps of one push, each a statement or two inside the push's transaction (SyncStore.push
 * runs them in order).
 */

/** A mutation's fingerprint, independent of key order: what tells a replay from a different write. */
export function mutationDigest(m: Mutation): string {
  const canonical = JSON.stringify(m, (_k, x: unknown) =>
    x !== null && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x as Record<string, unknown>).sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0)),
        )
      : x,
  );
  return createHash('sha256').update(canonical, 'utf8').digest('base64url');
}

/** Pushes of one team take turns: versions are handed out and committed in order, so a pull never skips one. */
export async function lockTeamVersion(tx: Sql, teamId: string): Promise<number> {
  const team = await tx.query<{ version: unknown }>('SELECT version FROM teams WHERE id = $1 FOR UPDATE', [teamId]);
  return toNumber(team[0]?.version ?? 0);
}

/** Where a client's ids stand: the last one applied, and what that mutation said. */
export interface PushingClient {
  lastMutationId: number;
  lastDigest: string | null;
}

/** The client this push comes from, registered on its first push and locked; it must be the caller's. */
export async function claimClient(tx: Sql, who: Principal, clientId: string, now: number): Promise<PushingClient> {
  // One statement registers and locks: a conflict's no-op update takes the row lock and returns the row as stored.
  const client = (
    await tx.query<{ team_id: string; user_id: string; last_mutation_id: unknown; last_digest: string | null }>(
      `INSERT INTO clients (client_id, team_id, user_id, last_mutation_id, updated_at) VALUES ($1, $2, $3, 0, $4)
       ON CONFLICT (client_id) DO UPDATE SET client_id = clients.client_id
       RETURNING team_id, user_id, last_mutation_id, last_digest`,
      [clientId, who.teamId, who.userId, now],
    )
  )[0];
  if (!client || client.team_id !== who.teamId || client.user_id !== who.userId) {
    throw forbidden('This client id belongs to another user; start sync with a new client id.');
  }
  return { lastMutationId: toNumber(client.last_mutation_id), lastDigest: client.last_digest };
}

/**
 * The mutations not applied yet. Ids at or below the client's last applied id were applied before
 * and are skipped (exactly once); a first id beyond the next expected one is a gap (409).
 */
export function freshMutations(client: PushingClient, mutations: readonly Mutation[]): Mutation[] {
  const last = client.lastMutationId;
  const first = mutations[0]?.mid ?? last + 1;
  if (first > last + 1) throw gap(last);
  if (first <= last) {
    // Ids the server already applied: a replay (the answer was lost) resends the very same
    // mutations. Anything else is a client restored from a backup or a copied profile; taking
    // it as a replay would acknowledge writes never applied, so it is told where the ids are.
    const overlap = mutations.find((m) => m.mid === last);
    const replay =
      client.lastDigest === null || (overlap !== undefined && mutationDigest(overlap) === client.lastDigest);
    if (!replay) throw gap(last);
  }
  return mutations.filter((m) => m.mid > last);
}

/** The stored records the mutations name, locked, by `table\u0000key`. */
export async function loadRecords(
  tx: Sql,
  teamId: string,
  mutations: readonly Mutation[],
): Promise<Map<string, RecordRow>> {
  const ids = new Map<string, { t: string; k: string }>();
  for (const m of mutations) ids.set(`${m.table}\u0000${m.key}`, { t: m.table, k: m.key });
  const list = [...ids.values()];
  // One index lookup per key (LATERAL): a join would scan every record of the team on each push.
  const rows = await tx.query<StoredRow>(
    `SELECT r.tbl, r.key, r.fields, r.deleted FROM unnest($2::text[], $3::text[]) AS u(t, k)
       CROSS JOIN LATERAL (
         SELECT tbl, key, fields, deleted FROM records WHERE team_id = $1 AND tbl = u.t AND key = u.k FOR UPDATE
       ) r`,
    [teamId, list.map((x) => x.t), list.map((x) => x.k)],
  );
  return new Map(rows.map((r) => [`${r.tbl}\u0000${r.key}`, decodeRow(r)]));
}

/** An erasure removes every trace of the forgotten records' values: their history rows too. */
export async function eraseHistoryOf(tx: Sql, teamId: string, forgotten: readonly RecordRow[]): Promise<void> {
  if (forgotten.length === 0) return;
  await tx.query(
    `DELETE FROM history h USING unnest($2::text[], $3::text[]) AS u(t, k)
      WHERE h.team_id = $1 AND h.tbl = u.t AND h.key = u.k`,
    [teamId, forgotten.map((r) => r.tbl), forgotten.map((r) => r.key)],
  );
}

/** Upsert the changed records, each with the team's next version. Returns the team's version after them. */
export async function writeRecords(
  tx: Sql,
  teamId: string,
  rows: readonly RecordRow[],
  version: number,
): Promise<number> {
  if (rows.length === 0) return version;
  // One JSON document for the whole batch: PostgreSQL parses it in C, where text[] parameters
  // would be escaped element by element on the JavaScript side.
  await tx.query(
    `INSERT INTO records (team_id, tbl, key, fields, deleted, version)
     SELECT $1, u.t, u.k, u.f::text, u.d::text, u.v
       FROM json_to_recordset($2::json) AS u(t text, k text, f json, d json, v int8)
     ON CONFLICT (team_id, tbl, key) DO UPDATE
       SET fields = excluded.fields, deleted = excluded.deleted, version = excluded.version`,
    [
      teamId,
      JSON.stringify(
        rows.map((r, i) => ({ t: r.tbl, k: r.key, f: packFields(r.fields), d: r.deleted, v: version + i + 1 })),
      ),
    ],
  );
  return version + rows.length;
}

/** The values that lost or were refused, kept where an admin can find them. */
export async function writeHistory(
  tx: Sql,
  teamId: string,
  clientId: string,
  rows: readonly PendingHistory[],
  now: number,
): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO history (team_id, tbl, key, field, value, hlc, winner_hlc, reason, client_id, at)
     SELECT $1, u.t, u.k, u.f, u.v::jsonb, u.h, u.w, u.r, $2, $3
       FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
         AS u(t, k, f, v, h, w, r)`,
    [
      teamId,
      clientId,
      now,
      rows.map((r) => r.table),
      rows.map((r) => r.key),
      rows.map((r) => r.field),
      rows.map((r) => JSON.stringify(r.value ?? null)),
      rows.map((r) => r.hlc),
      rows.map((r) => r.winnerHlc),
      rows.map((r) => r.reason),
    ],
  );
}

/** The team's new version, and how far this client's ids are applied (with what the last one said). */
export async function recordPush(
  tx: Sql,
  teamId: string,
  clientId: string,
  version: number,
  applied: readonly Mutation[],
  client: PushingClient,
  now: number,
): Promise<void> {
  const lastMutation = applied.at(-1);
  // Both rows in one statement: each statement is a round trip to the database.
  await tx.query(
    `WITH team AS (UPDATE teams SET version = $2 WHERE id = $1)
     UPDATE clients SET last_mutation_id = $4, updated_at = $5, last_digest = $6 WHERE client_id = $3`,
    [
      teamId,
      version,
      clientId,
      lastMutation?.mid ?? client.lastMutationId,
      now,
      lastMutation ? mutationDigest(lastMutation) : client.lastDigest,
    ],
  );
}
