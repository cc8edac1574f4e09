// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  PackedFieldMapRecordSchema,
  PackedFieldMapSchema,
  WireFieldsRecordSchema,
  WireFieldsSchema,
} from '../../../lib/model/sync';

/** What a schema says about an input: accepted (with what), or refused with which messages where. */
function verdict(schema: z.ZodType, x: unknown) {
  const r = schema.safeParse(x);
  return r.success
    ? { ok: true, data: r.data }
    : { ok: false, issues: r.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`) };
}

const fieldName = fc.oneof(
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,8}$/),
  fc.constantFrom('_deleted', '__proto__', '1st', 'a-b', '', 'constructor', 'toString', 'x'.repeat(65)),
  fc.string({ maxLength: 4 }),
);
const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
const index = fc.oneof(
  fc.nat(5),
  fc.integer({ min: -3, max: -1 }),
  fc.double(),
  fc.constantFrom('0', 2 ** 53, -0, 1.5, Number.MAX_SAFE_INTEGER),
);
/** Inputs near the valid shape and far from it: a quick check that is too kind shows up here. */
const anything = fc.oneof(fc.anything(), fc.constant(null), fc.constant([]), fc.constant(new Date(0)));

/**
 * Sync checks thousands of field maps per page with a quick loop and asks zod's own record schema
 * only to explain a refusal. The two must never disagree: a field map the exact schema refuses must
 * not reach the store, and a refusal reads the same as before.
 */
describe('field maps checked quickly say what the exact schemas say', () => {
  it('a push mutation’s fields', () => {
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(fieldName, value, { maxKeys: 6 }), anything), (x) => {
        expect(verdict(WireFieldsSchema, x)).toEqual(verdict(WireFieldsRecordSchema, x));
      }),
      { numRuns: 2000 },
    );
  });

  it('a pulled record’s packed fields', () => {
    const entry = fc.oneof(
      fc.tuple(value, index),
      fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
      fc.jsonValue({ maxDepth: 1 }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(fieldName, entry, { maxKeys: 6 }), anything), (x) => {
        expect(verdict(PackedFieldMapSchema, x)).toEqual(verdict(PackedFieldMapRecordSchema, x));
      }),
      { numRuns: 2000 },
    );
  });
});
