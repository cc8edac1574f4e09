import { z } from 'zod';
import { checkedQuickly, isPlainRecord } from './checked-quickly';
import { HLC_PATTERN } from './hlc';

/**
 * The sync protocol (DESIGN.md §4): every request and response the extension
 * and the server exchange, parsed on both sides.
 */

/** The tables that sync. Settings and the outbox stay on the device. */
export const SYNC_TABLES = ['leads', 'contacts', 'accounts', 'deals', 'activities'] as const;
export const SyncTableSchema = z.enum(SYNC_TABLES);
export type SyncTable = z.infer<typeof SyncTableSchema>;

export const SYNC_LIMITS = {
  /** Bigger bodies get 413 before they are parsed. */
  maxBodyBytes: 1_000_000,
  /** Mutations in one push; more gets 413. */
  maxPushMutations: 500,
  maxFieldsPerMutation: 100,
  // The largest page every server version takes: a first sync of a large team is one request per page.
  defaultPullLimit: 1000,
  maxPullLimit: 1000,
  /** Clocks further ahead of the server's own clock than this are rejected. */
  maxClockAheadMs: 5 * 60 * 1000,
} as const;

/** Hosts a plain-http sync server may run on: this computer only. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * Why a sync server URL is refused, or undefined when it is fine. The API token and every lead
 * travel over it, so it must be https; plain http only reaches a server on this computer.
 */
export function syncServerUrlProblem(serverUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(serverUrl);
  } catch {
    return 'The sync server URL is not a web address; it starts with https://';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return undefined;
  if (url.protocol === 'http:') {
    return 'The sync server URL must start with https:// — plain http:// is only for a server on this computer (localhost or 127.0.0.1), because your token and leads travel over it.';
  }
  return 'The sync server URL must start with https://';
}

/** A sync server URL as settings keep it: empty (not set up) or one `syncServerUrlProblem` accepts. */
export const SyncServerUrlSchema = z
  .string()
  .max(2048)
  .superRefine((u, ctx) => {
    const problem = u === '' ? undefined : syncServerUrlProblem(u);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const HlcSchema = z.string().regex(HLC_PATTERN, 'Not a hybrid logical clock');
export const ClientIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'A client id is 8–64 of A–Z a–z 0–9 _ -');
export const RecordKeySchema = z.string().min(1).max(128);
/** Top-level field names of a record; `_`-prefixed names are reserved. */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
export const FieldNameSchema = z.string().regex(FIELD_NAME, 'Not a field name');

/**
 * Any value JSON can carry. Bodies arrive through JSON.parse, which yields
 * nothing else, so this only insists the value is there; a recursive z.json()
 * walk cost more than the database on a 10,000-lead sync.
 */
const JsonValueSchema = z.custom<z.core.util.JSONType>((x) => x !== undefined, 'A value is required');

/** One field's value and the clock it was written at. `null` means the field is absent. */
export const FieldValueSchema = z.strictObject({ v: JsonValueSchema, hlc: HlcSchema });
export type FieldValue = z.infer<typeof FieldValueSchema>;

export const FieldMapSchema = z
  .record(FieldNameSchema, FieldValueSchema)
  .refine((m) => Object.keys(m).length <= SYNC_LIMITS.maxFieldsPerMutation, 'Too many fields in one mutation');
export type FieldMap = z.infer<typeof FieldMapSchema>;

/**
 * Deletion is a clocked flag like any field: `v: false` brings a record back (undo).
 * `forget: true` (only with `v: true`) is an erasure request: the server drops the
 * record's fields and its history and keeps a fieldless tombstone that nothing can
 * bring back, so every replica drops the record on its next pull.
 */
export const DeletedFlagSchema = z
  .strictObject({ v: z.boolean(), hlc: HlcSchema, forget: z.literal(true).optional() })
  .refine((d) => d.forget === undefined || d.v, 'Only a deletion can forget');
export type DeletedFlag = z.infer<typeof DeletedFlagSchema>;

export const MutationSchema = z
  .strictObject({
    mid: z.number().int().positive(),
    table: SyncTableSchema,
    key: RecordKeySchema,
    fields: FieldMapSchema,
    deleted: DeletedFlagSchema.optional(),
  })
  .refine((m) => m.deleted !== undefined || Object.keys(m.fields).length > 0, 'A mutation changes something');
export type Mutation = z.infer<typeof MutationSchema>;

/** A mutation's fields by name: every push carries thousands, so the valid case is checked in one loop. */
export const WireFieldsRecordSchema = z.record(FieldNameSchema, JsonValueSchema);
export const WireFieldsSchema = checkedQuickly(
  WireFieldsRecordSchema,
  (x) => isPlainRecord(x) && Object.entries(x).every(([k, v]) => FIELD_NAME.test(k) && v !== undefined),
);

/**
 * A mutation as it travels (one clock for the whole mutation: every field a local write changes
 * shares it). `deleted` is the tombstone flag at that clock; `forget` marks an erasure.
 */
export const WireMutationSchema = z
  .strictObject({
    mid: z.number().int().positive(),
    table: SyncTableSchema,
    key: RecordKeySchema,
    hlc: HlcSchema,
    fields: WireFieldsSchema.refine(
      (m) => Object.keys(m).length <= SYNC_LIMITS.maxFieldsPerMutation,
      'Too many fields in one mutation',
    ),
    deleted: z.boolean().optional(),
    forget: z.literal(true).optional(),
  })
  .refine((m) => m.forget === undefined || m.deleted === true, 'Only a deletion can forget')
  .refine((m) => m.deleted !== undefined || Object.keys(m.fields).length > 0, 'A mutation changes something');
export type WireMutation = z.infer<typeof WireMutationSchema>;

/** The per-field form the server merges: every field with the mutation's clock. */
export function expandMutation(w: WireMutation): Mutation {
  const fields: Record<string, FieldValue> = {};
  for (const [f, v] of Object.entries(w.fields)) fields[f] = { v, hlc: w.hlc };
  return {
    mid: w.mid,
    table: w.table,
    key: w.key,
    fields,
    ...(w.deleted !== undefined
      ? { deleted: { v: w.deleted, hlc: w.hlc, ...(w.forget ? { forget: true } : {}) } }
      : {}),
  };
}

export const PushRequestSchema = z.strictObject({
  clientId: ClientIdSchema,
  mutations: z
    .array(WireMutationSchema)
    .min(1)
    .max(SYNC_LIMITS.maxPushMutations)
    .refine(
      (ms) => ms.every((m, i) => i === 0 || m.mid === (ms[i - 1]?.mid ?? 0) + 1),
      'Mutation ids in one push count up by one',
    ),
});
export type PushRequest = z.infer<typeof PushRequestSchema>;

export const RejectedMutationSchema = z.strictObject({ mid: z.number().int().positive(), reason: z.string() });

export const PushResponseSchema = z.strictObject({
  /** Every mutation up to and including this id is applied (or rejected); the client drops them. */
  lastMutationId: z.number().int().nonnegative(),
  /** The team's version counter after this push. */
  version: z.number().int().nonnegative(),
  /**
   * The team's version before this push: the versions after it up to `version` are this push's own
   * writes, so a client that had seen everything up to `base` need not pull them back.
   */
  base: z.number().int().nonnegative().optional(),
  /** Mutations consumed but not applied (kept in the server's history with the reason). */
  rejected: z.array(RejectedMutationSchema),
  /** The server's clock when it answered: a client whose clock runs ahead stamps its writes from this. */
  time: z.number().int().nonnegative().optional(),
});
export type PushResponse = z.infer<typeof PushResponseSchema>;

/** A cookie is the team version the client has seen, opaque to the client. */
export const CookieSchema = z.string().regex(/^\d{1,18}$/, 'Not a sync cookie');

export const PullQuerySchema = z.strictObject({
  cookie: CookieSchema.default('0'),
  limit: z.coerce.number().int().min(1).max(SYNC_LIMITS.maxPullLimit).default(SYNC_LIMITS.defaultPullLimit),
});

/** Each field as `[value, clock index]`: every pull page carries thousands, so checked in one loop. */
export const PackedFieldMapRecordSchema = z.record(
  FieldNameSchema,
  z.tuple([JsonValueSchema, z.number().int().nonnegative()]),
);
export const PackedFieldMapSchema = checkedQuickly(
  PackedFieldMapRecordSchema,
  (x) =>
    isPlainRecord(x) &&
    Object.entries(x).every(
      ([k, v]) =>
        FIELD_NAME.test(k) &&
        Array.isArray(v) &&
        v.length === 2 &&
        v[0] !== undefined &&
        Number.isSafeInteger(v[1]) &&
        (v[1] as number) >= 0,
    ),
);

/**
 * A record's fields as the server stores and sends them: each distinct clock once in `h`, each
 * field as `[value, index into h]`. Fields written together share a clock, so a lead travels
 * with one or two clocks rather than one per field.
 */
export const PackedFieldsSchema = z
  .strictObject({
    h: z.array(HlcSchema),
    f: PackedFieldMapSchema,
  })
  .refine((p) => Object.values(p.f).every(([, i]) => i < p.h.length), 'A field names a clock that is not there');
export type PackedFields = z.infer<typeof PackedFieldsSchema>;

export function unpackFields(p: PackedFields): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const [name, [v, i]] of Object.entries(p.f)) {
    const hlc = p.h[i];
    if (hlc === undefined) throw new Error(`Field ${name} names a clock that is not there`);
    out[name] = { v, hlc };
  }
  return out;
}

/** A record as the client merges it: every field with its clock, and the tombstone if any. */
export const ChangeSchema = z.strictObject({
  table: SyncTableSchema,
  key: RecordKeySchema,
  fields: z.record(FieldNameSchema, FieldValueSchema),
  deleted: DeletedFlagSchema.optional(),
  version: z.number().int().positive(),
});
export type Change = z.infer<typeof ChangeSchema>;

/** A changed record as it travels in a pull. */
export const WireChangeSchema = z.strictObject({
  table: SyncTableSchema,
  key: RecordKeySchema,
  fields: PackedFieldsSchema,
  deleted: DeletedFlagSchema.optional(),
  version: z.number().int().positive(),
});
export type WireChange = z.infer<typeof WireChangeSchema>;

export function expandChange(w: WireChange): Change {
  return {
    table: w.table,
    key: w.key,
    fields: unpackFields(w.fields),
    ...(w.deleted ? { deleted: w.deleted } : {}),
    version: w.version,
  };
}

export const PullResponseSchema = z.strictObject({
  changes: z.array(WireChangeSchema),
  cookie: CookieSchema,
  more: z.boolean(),
  /** The server's clock when it answered (see PushResponse.time). */
  time: z.number().int().nonnegative().optional(),
});
export type PullResponse = z.infer<typeof PullResponseSchema>;

export const HealthResponseSchema = z.strictObject({
  ok: z.literal(true),
  service: z.literal('leadclip-sync'),
  protocol: z.literal(1),
  time: z.number().int(),
  /** Present when the request carried a valid token. */
  team: z.string().optional(),
  user: z.string().optional(),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

export const ERROR_CODES = [
  'unauthorized',
  'forbidden',
  'mutation_gap',
  'too_large',
  'invalid',
  'rate_limited',
  'not_found',
  'internal',
] as const;

export const ErrorResponseSchema = z.strictObject({
  error: z.enum(ERROR_CODES),
  message: z.string(),
  /** On 409: the last mutation id the server applied for this client; resend from the next one. */
  lastMutationId: z.number().int().nonnegative().optional(),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

// ——— what the extension keeps on the device (Dexie version 3) ———

/** One local change waiting to be pushed. Its mutation id is assigned at push time: lastMutationId + its place in line. */
export const OutboxRowSchema = z.object({
  seq: z.number().int().positive().optional(),
  table: SyncTableSchema,
  key: RecordKeySchema,
  fields: z.record(z.string(), FieldValueSchema),
  deleted: DeletedFlagSchema.optional(),
});
export type OutboxRow = z.infer<typeof OutboxRowSchema>;

/** A node's hybrid logical clock: the next clock it issues comes after everything it has issued or seen. */
export const HlcStateSchema = z.object({
  /** The highest wall time this node has issued or seen. */
  wall: z.number().int().nonnegative(),
  counter: z.number().int().nonnegative(),
  node: z.string(),
});
export type HlcState = z.infer<typeof HlcStateSchema>;

export const SyncStateSchema = z.object({
  id: z.literal('state'),
  clientId: ClientIdSchema,
  /** On once sync has been enabled: from then on every local write gets an outbox row. */
  tracking: z.boolean(),
  /** Every local record has been given to the outbox (the snapshot taken when tracking began). */
  snapshotDone: z.boolean(),
  lastMutationId: z.number().int().nonnegative(),
  cookie: CookieSchema,
  hlc: HlcStateSchema,
  lastSyncAt: z.number().int().nonnegative().optional(),
  lastError: z.string().optional(),
  /** Do not try before this time (a 429's Retry-After, or backoff after failures). */
  retryAt: z.number().int().nonnegative().optional(),
  /** The server this state belongs to: a different URL starts over. */
  serverUrl: z.string().default(''),
  /**
   * How far behind this computer's clock the server's was (negative milliseconds), measured at
   * `skewAt` (local time) when this computer ran more than a minute ahead. New clocks are stamped
   * from the server's time until the next answer says otherwise.
   */
  skewMs: z.number().int().optional(),
  skewAt: z.number().int().nonnegative().optional(),
});
export type SyncState = z.infer<typeof SyncStateSchema>;

/** Per-record field clocks: what per-field last-writer-wins compares against. */
export const SyncRecordSchema = z.object({
  table: SyncTableSchema,
  key: RecordKeySchema,
  clocks: z.record(z.string(), HlcSchema),
  deleted: DeletedFlagSchema.optional(),
});
export type SyncRecord = z.infer<typeof SyncRecordSchema>;
