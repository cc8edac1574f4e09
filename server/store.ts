import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DeletedFlag, FieldMap, Mutation, PushResponse } from '../lib/model/sync';
import { mergeBatch, type PendingHistory } from './merge-records';
import {
  claimClient,
  eraseHistoryOf,
  freshMutations,
  loadRecords,
  lockTeamVersion,
  recordPush,
  writeHistory,
  writeRecords,
} from './push-steps';
import { decodeRow, type StoredRow } from './record-codec';
import { type Database, toNumber } from './sql';

/** Who a valid token belongs to. Every data query is scoped by `teamId`. */
export interface Principal {
  tokenId: string;
  userId: string;
  email: string;
  teamId: string;
  teamName: string;
  disabled: boolean;
}

/** A history row as an admin reads it: the value that lost or was refused, and which client sent it. */
export interface HistoryRow extends PendingHistory {
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

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A pull page's row: the team's version, and a record's columns unless the page is empty. */
type PageRow = {
  team_version: unknown;
  tbl: string | null;
  key: string;
  fields: string;
  deleted: string | null;
  version: unknown;
};

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
      const version = await lockTeamVersion(tx, who.teamId);
      const client = await claimClient(tx, who, clientId, options.now);
      const fresh = freshMutations(client, mutations);
      if (fresh.length === 0)
        return { lastMutationId: client.lastMutationId, version, base: version, rejected: [], time: options.now };
      const merged = mergeBatch(await loadRecords(tx, who.teamId, fresh), fresh, options.now);
      await eraseHistoryOf(tx, who.teamId, merged.forgotten);
      const next = await writeRecords(tx, who.teamId, merged.rows, version);
      await writeHistory(tx, who.teamId, clientId, merged.history, options.now);
      await recordPush(tx, who.teamId, clientId, next, fresh, client, options.now);
      return {
        lastMutationId: fresh.at(-1)?.mid ?? client.lastMutationId,
        version: next,
        base: version,
        rejected: merged.rejected,
        time: options.now,
      };
    });
  }

  /**
   * Records of the caller's team changed after `cookie`, oldest change first: the pull answer as
   * JSON text. Fields and tombstones go out as stored (the packed form, one entry per clock), spliced
   * in as the JSON text they are kept as: parsing a thousand records only to write them out again
   * cost more than reading them.
   */
  async pullJson(who: Principal, cookie: number, limit: number, now = Date.now()): Promise<string> {
    // One statement reads the team's version and the page from one snapshot: no transaction to open
    // and commit around two queries. The team row is always there; a page's rows join it.
    const rows = await this.db.query<PageRow>(
      `SELECT t.version AS team_version, r.tbl, r.key, r.fields, r.deleted, r.version
         FROM teams t LEFT JOIN LATERAL (
           SELECT tbl, key, fields, deleted, version FROM records
            WHERE team_id = t.id AND version > (CASE WHEN $2::int8 > t.version THEN 0 ELSE $2::int8 END)
            ORDER BY version LIMIT $3
         ) r ON true
        WHERE t.id = $1`,
      [who.teamId, cookie, limit + 1],
    );
    const teamVersion = toNumber(rows[0]?.team_version ?? 0);
    // A cookie from the future means the server was restored from an older backup: start over rather than miss changes.
    const since = cookie > teamVersion ? 0 : cookie;
    // The team's row alone, without a record, when the page is empty.
    const found = rows.flatMap((r) => (r.tbl === null ? [] : [{ ...r, tbl: r.tbl }]));
    const page = found.slice(0, limit);
    const changes = page.map((r) => {
      const deleted = r.deleted === null ? '' : `,"deleted":${r.deleted}`;
      return `{"table":${JSON.stringify(r.tbl)},"key":${JSON.stringify(r.key)},"fields":${r.fields}${deleted},"version":${toNumber(r.version)}}`;
    });
    const lastVersion = page.length > 0 ? toNumber(page[page.length - 1]?.version) : since;
    const more = found.length > limit;
    return `{"changes":[${changes.join(',')}],"cookie":${JSON.stringify(String(lastVersion))},"more":${more},"time":${now}}`;
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
