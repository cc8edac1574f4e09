import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { compareHlc, hlcWall } from '../lib/model/hlc';
import type {
  DeletedFlag,
  FieldMap,
  FieldValue,
  Mutation,
  PackedFields,
  PullResponse,
  PushResponse,
  SyncTable,
} from '../lib/model/sync';
import { SYNC_LIMITS } from '../lib/model/sync';
import { forbidden, gap } from './errors';
import { decodeDeleted, decodeFields, packFields } from './record-codec';
import { type Database, type Sql, toNumber } from './sql';

/** Who a valid token belongs to. Every data query is scoped by `teamId`. */
export interface Principal {
  tokenId: string;
  userId: string;
  email: string;
  teamId: string;
  teamName: string;
  disabled: boolean;
}

export interface HistoryRow {
  table: string;
  key: string;
  field: string;
  value: unknown;
  hlc: string;
  winnerHlc: string | null;
  reason: string;
  clientId: string | null;
}

export interface StoredRecord {
  table: string;
  key: string;
  fields: FieldMap;
  deleted?: DeletedFlag;
  version: number;
}

export interface PushOptions {
  now: number;
}

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

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

interface RecordRow {
  tbl: string;
  key: string;
  fields: FieldMap;
  deleted: DeletedFlag | null;
}

/** A records row as stored: fields and tombstone as JSON text. */
interface StoredRow {
  tbl: string;
  key: string;
  fields: string;
  deleted: string | null;
  version?: unknown;
  [k: string]: unknown;
}

const decodeRow = (r: StoredRow): RecordRow => ({
  tbl: r.tbl,
  key: r.key,
  fields: decodeFields(r.fields),
  deleted: decodeDeleted(r.deleted),
});

interface PendingHistory {
  table: string;
  key: string;
  field: string;
  value: unknown;
  hlc: string;
  winnerHlc: string | null;
  reason: string;
}

const DELETED_FIELD = '_deleted';

/** The server's data operations: plain SQL over either driver. */
export class SyncStore {
  constructor(readonly db: Database) {}

  async authenticate(token: string): Promise<Principal | undefined> {
    const rows = await this.db.query<{
      token_id: string;
      revoked_at: unknown;
      user_id: string;
      email: string;
      disabled_at: unknown;
      team_id: string;
      team_name: string;
    }>(
      `SELECT t.id AS token_id, t.revoked_at, u.id AS user_id, u.email, u.disabled_at, u.team_id, tm.name AS team_name
         FROM tokens t JOIN users u ON u.id = t.user_id JOIN teams tm ON tm.id = u.team_id
        WHERE t.hash = $1`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row || row.revoked_at !== null) return undefined;
    return {
      tokenId: row.token_id,
      userId: row.user_id,
      email: row.email,
      teamId: row.team_id,
      teamName: row.team_name,
      disabled: row.disabled_at !== null,
    };
  }

  /**
   * Apply one push in one transaction. Mutation ids at or below the client's
   * last applied id were applied before and are skipped (exactly once); a
   * first id beyond the next expected one is a gap (409).
   */
  async push(
    who: Principal,
    clientId: string,
    mutations: readonly Mutation[],
    options: PushOptions,
  ): Promise<PushResponse> {
    return this.db.transaction(async (tx) => {
      // Pushes of one team take turns: versions are handed out and committed in order, so a pull never skips one.
      const team = await tx.query<{ version: unknown }>('SELECT version FROM teams WHERE id = $1 FOR UPDATE', [
        who.teamId,
      ]);
      let version = toNumber(team[0]?.version ?? 0);
      await tx.query(
        `INSERT INTO clients (client_id, team_id, user_id, last_mutation_id, updated_at) VALUES ($1, $2, $3, 0, $4)
         ON CONFLICT (client_id) DO NOTHING`,
        [clientId, who.teamId, who.userId, options.now],
      );
      const client = (
        await tx.query<{ team_id: string; user_id: string; last_mutation_id: unknown; last_digest: string | null }>(
          'SELECT team_id, user_id, last_mutation_id, last_digest FROM clients WHERE client_id = $1 FOR UPDATE',
          [clientId],
        )
      )[0];
      if (!client || client.team_id !== who.teamId || client.user_id !== who.userId) {
        throw forbidden('This client id belongs to another user; start sync with a new client id.');
      }
      const last = toNumber(client.last_mutation_id);
      const first = mutations[0]?.mid ?? last + 1;
      if (first > last + 1) throw gap(last);
      if (first <= last) {
        // Ids the server already applied: a replay (the answer was lost) resends the very same
        // mutations. Anything else is a client restored from a backup or a copied profile; taking
        // it as a replay would acknowledge writes never applied, so it is told where the ids are.
        const overlap = mutations.find((m) => m.mid === last);
        const replay =
          client.last_digest === null || (overlap !== undefined && mutationDigest(overlap) === client.last_digest);
        if (!replay) throw gap(last);
      }
      const fresh = mutations.filter((m) => m.mid > last);
      if (fresh.length === 0) return { lastMutationId: last, version, rejected: [], time: options.now };

      const existing = await this.loadRecords(tx, who.teamId, fresh);
      const changed = new Map<string, RecordRow>();
      const history: PendingHistory[] = [];
      const rejected: PushResponse['rejected'] = [];
      const limit = options.now + SYNC_LIMITS.maxClockAheadMs;

      for (const m of fresh) {
        const clocks = [...Object.values(m.fields).map((f) => f.hlc), ...(m.deleted ? [m.deleted.hlc] : [])];
        if (clocks.some((h) => hlcWall(h) > limit)) {
          const reason = 'rejected: clock more than 5 minutes ahead of the server';
          rejected.push({ mid: m.mid, reason });
          // Nothing is silently lost: the rejected values are kept where an admin can find them.
          for (const [field, fv] of Object.entries(m.fields)) {
            history.push({ table: m.table, key: m.key, field, value: fv.v, hlc: fv.hlc, winnerHlc: null, reason });
          }
          if (m.deleted) {
            const { v, hlc } = m.deleted;
            history.push({ table: m.table, key: m.key, field: DELETED_FIELD, value: v, hlc, winnerHlc: null, reason });
          }
          continue;
        }
        const id = `${m.table}\u0000${m.key}`;
        const current = changed.get(id) ?? existing.get(id);
        const next = mergeMutation(current, m, history, limit);
        if (next) changed.set(id, next);
      }

      const rows = [...changed.values()];
      // An erasure removes every trace of the forgotten records' values: their history rows,
      // including any this very push would have written.
      const forgotten = rows.filter((r) => r.deleted?.forget === true);
      if (forgotten.length > 0) {
        const gone = new Set(forgotten.map((r) => `${r.tbl}\u0000${r.key}`));
        const kept = history.filter((h) => !gone.has(`${h.table}\u0000${h.key}`));
        history.length = 0;
        history.push(...kept);
        await tx.query(
          `DELETE FROM history h USING unnest($2::text[], $3::text[]) AS u(t, k)
            WHERE h.team_id = $1 AND h.tbl = u.t AND h.key = u.k`,
          [who.teamId, forgotten.map((r) => r.tbl), forgotten.map((r) => r.key)],
        );
      }
      if (rows.length > 0) {
        const versions = rows.map(() => ++version);
        // One JSON document for the whole batch: PostgreSQL parses it in C, where text[] parameters
        // would be escaped element by element on the JavaScript side.
        await tx.query(
          `INSERT INTO records (team_id, tbl, key, fields, deleted, version)
           SELECT $1, u.t, u.k, u.f::text, u.d::text, u.v
             FROM json_to_recordset($2::json) AS u(t text, k text, f json, d json, v int8)
           ON CONFLICT (team_id, tbl, key) DO UPDATE
             SET fields = excluded.fields, deleted = excluded.deleted, version = excluded.version`,
          [
            who.teamId,
            JSON.stringify(
              rows.map((r, i) => ({ t: r.tbl, k: r.key, f: packFields(r.fields), d: r.deleted, v: versions[i] })),
            ),
          ],
        );
      }
      await this.writeHistory(tx, who.teamId, clientId, history, options.now);
      await tx.query('UPDATE teams SET version = $2 WHERE id = $1', [who.teamId, version]);
      const lastMutationId = fresh.at(-1)?.mid ?? last;
      const lastMutation = fresh.at(-1);
      await tx.query(
        'UPDATE clients SET last_mutation_id = $2, updated_at = $3, last_digest = $4 WHERE client_id = $1',
        [clientId, lastMutationId, options.now, lastMutation ? mutationDigest(lastMutation) : client.last_digest],
      );
      return { lastMutationId, version, rejected, time: options.now };
    });
  }

  private async loadRecords(tx: Sql, teamId: string, mutations: readonly Mutation[]): Promise<Map<string, RecordRow>> {
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

  private async writeHistory(
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

  /** Records of the caller's team changed after `cookie`, oldest change first. */
  async pull(who: Principal, cookie: number, limit: number, now = Date.now()): Promise<PullResponse> {
    return this.db.transaction(async (tx) => {
      const team = await tx.query<{ version: unknown }>('SELECT version FROM teams WHERE id = $1', [who.teamId]);
      const teamVersion = toNumber(team[0]?.version ?? 0);
      // A cookie from the future means the server was restored from an older backup: start over rather than miss changes.
      const since = cookie > teamVersion ? 0 : cookie;
      const rows = await tx.query<StoredRow>(
        `SELECT tbl, key, fields, deleted, version FROM records
          WHERE team_id = $1 AND version > $2 ORDER BY version LIMIT $3`,
        [who.teamId, since, limit + 1],
      );
      const page = rows.slice(0, limit);
      // Sent as stored: the packed fields (one entry per clock) go out without being unpacked.
      const changes = page.map((r) => {
        const deleted = decodeDeleted(r.deleted);
        return {
          table: r.tbl as SyncTable,
          key: r.key,
          fields: JSON.parse(r.fields) as PackedFields,
          ...(deleted ? { deleted } : {}),
          version: toNumber(r.version),
        };
      });
      const lastVersion = changes.at(-1)?.version ?? since;
      return { changes, cookie: String(lastVersion), more: rows.length > limit, time: now };
    });
  }

  /** Every record of a team, for tests and the admin CLI. */
  async records(teamId: string): Promise<StoredRecord[]> {
    const rows = await this.db.query<StoredRow>(
      'SELECT tbl, key, fields, deleted, version FROM records WHERE team_id = $1 ORDER BY tbl, key',
      [teamId],
    );
    return rows.map((r) => {
      const d = decodeRow(r);
      return {
        table: d.tbl,
        key: d.key,
        fields: d.fields,
        ...(d.deleted ? { deleted: d.deleted } : {}),
        version: toNumber(r.version),
      };
    });
  }

  async history(teamId: string, table?: string, key?: string): Promise<HistoryRow[]> {
    const rows = await this.db.query<{
      tbl: string;
      key: string;
      field: string;
      value: unknown;
      hlc: string;
      winner_hlc: string | null;
      reason: string;
      client_id: string | null;
    }>(
      `SELECT tbl, key, field, value, hlc, winner_hlc, reason, client_id FROM history
        WHERE team_id = $1 AND ($2::text IS NULL OR tbl = $2) AND ($3::text IS NULL OR key = $3) ORDER BY id`,
      [teamId, table ?? null, key ?? null],
    );
    return rows.map((r) => ({
      table: r.tbl,
      key: r.key,
      field: r.field,
      value: r.value,
      hlc: r.hlc,
      winnerHlc: r.winner_hlc,
      reason: r.reason,
      clientId: r.client_id,
    }));
  }

  // ——— administration (the CLI) ———

  async createTeam(name: string, now = Date.now()): Promise<{ id: string; name: string }> {
    const id = randomUUID();
    await this.db.query('INSERT INTO teams (id, name, version, created_at) VALUES ($1, $2, 0, $3)', [id, name, now]);
    return { id, name };
  }

  /** `team` is the team's name or id. */
  async createUser(
    team: string,
    email: string,
    now = Date.now(),
  ): Promise<{ id: string; email: string; teamId: string }> {
    const teams = await this.db.query<{ id: string }>('SELECT id FROM teams WHERE id = $1 OR name = $1', [team]);
    const teamId = teams[0]?.id;
    if (!teamId) throw new Error(`No team "${team}"`);
    const id = randomUUID();
    const normalised = email.trim().toLowerCase();
    await this.db.query('INSERT INTO users (id, team_id, email, created_at) VALUES ($1, $2, $3, $4)', [
      id,
      teamId,
      normalised,
      now,
    ]);
    return { id, email: normalised, teamId };
  }

  private async findUser(user: string): Promise<string> {
    const rows = await this.db.query<{ id: string }>('SELECT id FROM users WHERE id = $1 OR email = $2', [
      user,
      user.trim().toLowerCase(),
    ]);
    const id = rows[0]?.id;
    if (!id) throw new Error(`No user "${user}"`);
    return id;
  }

  /** A new token for a user (email or id). The token is returned once; only its hash is kept. */
  async createToken(user: string, now = Date.now()): Promise<{ id: string; token: string }> {
    const userId = await this.findUser(user);
    const id = `tok_${randomBytes(6).toString('hex')}`;
    const token = `lcs_${randomBytes(32).toString('base64url')}`;
    await this.db.query('INSERT INTO tokens (id, user_id, hash, created_at) VALUES ($1, $2, $3, $4)', [
      id,
      userId,
      hashToken(token),
      now,
    ]);
    return { id, token };
  }

  async revokeToken(id: string, now = Date.now()): Promise<boolean> {
    const rows = await this.db.query(
      'UPDATE tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING id',
      [id, now],
    );
    return rows.length > 0;
  }

  /** A disabled user's tokens still identify them, but they may no longer read or write (403). */
  async setUserDisabled(user: string, disabled: boolean, now = Date.now()): Promise<void> {
    const userId = await this.findUser(user);
    await this.db.query('UPDATE users SET disabled_at = $2 WHERE id = $1', [userId, disabled ? now : null]);
  }

  async listTokens(): Promise<{ id: string; email: string; team: string; revoked: boolean }[]> {
    const rows = await this.db.query<{ id: string; email: string; team: string; revoked_at: unknown }>(
      `SELECT t.id, u.email, tm.name AS team, t.revoked_at FROM tokens t
         JOIN users u ON u.id = t.user_id JOIN teams tm ON tm.id = u.team_id ORDER BY tm.name, u.email, t.created_at`,
    );
    return rows.map((r) => ({ id: r.id, email: r.email, team: r.team, revoked: r.revoked_at !== null }));
  }
}

/**
 * Per-field last-writer-wins. Returns the record's next state, or undefined
 * when the mutation changes nothing (a replay, or every field lost). Every
 * value that loses — the incoming one or the one it replaces — goes to history.
 */
export function mergeMutation(
  current: RecordRow | undefined,
  m: Mutation,
  history: PendingHistory[],
  futureWall = Number.POSITIVE_INFINITY,
): RecordRow | undefined {
  // A stored clock further ahead than the server now accepts came from a wrong clock (the server's,
  // once): it must not outrank every real edit until the calendar catches up.
  const beats = (incoming: string, have: string) =>
    compareHlc(incoming, have) > 0 || (incoming !== have && hlcWall(have) > futureWall);
  // A forgotten record stays forgotten: later writes to it (from a replica that had not pulled the
  // erasure yet) are dropped, values and all, rather than kept in history.
  if (current?.deleted?.forget) return undefined;
  if (m.deleted?.forget) {
    return { tbl: m.table, key: m.key, fields: {}, deleted: { v: true, hlc: m.deleted.hlc, forget: true } };
  }
  const fields: Record<string, FieldValue> = { ...(current?.fields ?? {}) };
  let deleted = current?.deleted ?? null;
  let changed = current === undefined;
  for (const [field, incoming] of Object.entries(m.fields)) {
    const have = fields[field];
    const order = have ? (beats(incoming.hlc, have.hlc) ? 1 : compareHlc(incoming.hlc, have.hlc)) : 1;
    if (order === 0) continue;
    if (order > 0) {
      if (have) history.push(loser(m, field, have, incoming.hlc, 'superseded'));
      fields[field] = incoming;
      changed = true;
    } else if (have) {
      history.push(loser(m, field, incoming, have.hlc, 'lost'));
    }
  }
  if (m.deleted) {
    const order = deleted ? (beats(m.deleted.hlc, deleted.hlc) ? 1 : compareHlc(m.deleted.hlc, deleted.hlc)) : 1;
    if (order > 0) {
      if (deleted) history.push(loser(m, DELETED_FIELD, deleted, m.deleted.hlc, 'superseded'));
      deleted = m.deleted;
      changed = true;
    } else if (order < 0 && deleted) {
      history.push(loser(m, DELETED_FIELD, m.deleted, deleted.hlc, 'lost'));
    }
  }
  if (!changed) return undefined;
  return { tbl: m.table, key: m.key, fields, deleted };
}

function loser(
  m: Mutation,
  field: string,
  value: { v: unknown; hlc: string },
  winnerHlc: string,
  reason: string,
): PendingHistory {
  return { table: m.table, key: m.key, field, value: value.v, hlc: value.hlc, winnerHlc, reason };
}
