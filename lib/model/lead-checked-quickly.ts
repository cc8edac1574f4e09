import type { z } from 'zod';
import { checkedQuickly, isPlainRecord } from './checked-quickly';
import { type Lead, LeadSchema } from './lead';
import { LeadSourceSchema } from './lead-source';
import { LeadStatusSchema } from './lead-status';
import { PersonFieldSchema } from './person-fields';
import { LawfulBasisSchema } from './privacy';
import { GradeSchema } from './score';
import { isWebUrl } from './web-url';

/*
 * A lead exactly as LeadSchema writes it (every default filled in, every string trimmed, no other key)
 * is accepted by one pass of plain checks; anything else goes to LeadSchema itself. Pulls, imports and
 * the lead list check thousands of leads at a time, and zod's generic walk (no compiled parsers under
 * the extension's no-eval policy) was most of an import's planning. `isLeadAsStored` must accept
 * nothing LeadSchema rejects or would change (tests/unit/model/lead-checked-quickly.test.ts).
 */

const STATUSES = new Set<unknown>(LeadStatusSchema.options);
const SOURCES = new Set<unknown>(LeadSourceSchema.options);
const BASES = new Set<unknown>(LawfulBasisSchema.options);
const FIELDS = new Set<unknown>(PersonFieldSchema.options);
const GRADES = new Set<unknown>(GradeSchema.options);
const BANT_ANSWERS = new Set<unknown>(['unknown', 'no', 'partly', 'yes']);

const TEXT_FIELDS = [
  'fullName',
  'firstName',
  'lastName',
  'title',
  'company',
  'companyDomain',
  'location',
  'disqualifyReason',
  'notes',
] as const;
/** The trimmed text fields and their lengths, as LeadSchema itself states them. */
const TEXT_LIMITS = TEXT_FIELDS.map(
  (f) => [f, LeadSchema.shape[f].unwrap().maxLength ?? Number.POSITIVE_INFINITY] as const,
);
const REQUIRED = [
  'id',
  ...TEXT_FIELDS,
  'emails',
  'phones',
  'phoneLabels',
  'urls',
  'emailKeys',
  'profileKeys',
  'nameKey',
  'status',
  'source',
  'tags',
  'score',
  'bant',
  'provenance',
  'editedFields',
  'lawfulBasis',
  'doNotContact',
  'createdAt',
  'updatedAt',
];

const isString = (v: unknown, max = Number.POSITIVE_INFINITY): v is string => typeof v === 'string' && v.length <= max;
const isTrimmed = (v: unknown, max: number) => isString(v, max) && v === v.trim();
const isId = (v: unknown) => isString(v, 64) && v.length > 0;
const isTimestamp = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isTag = (v: unknown) => isString(v, 40) && v.length > 0 && v === v.trim().toLowerCase() && !v.includes(',');

/** The own keys an object of one shape must have, and may have. */
interface Shape {
  required: ReadonlySet<string>;
  optional: ReadonlySet<string>;
}
const shape = (required: readonly string[], optional: readonly string[] = []): Shape => ({
  required: new Set(required),
  optional: new Set(optional),
});

/** A plain object whose own keys are all of `required` and any of `optional`, none of them undefined. */
function hasKeys(x: unknown, { required, optional }: Shape): x is Record<string, unknown> {
  if (!isPlainRecord(x) || Object.getOwnPropertySymbols(x).length > 0) return false;
  let found = 0;
  for (const k of Object.keys(x)) {
    if (x[k] === undefined) return false;
    if (required.has(k)) found++;
    else if (!optional.has(k)) return false;
  }
  return found === required.size;
}

function everyOf(v: unknown, max: number, ok: (item: unknown) => boolean): boolean {
  if (!Array.isArray(v) || v.length > max || Object.getPrototypeOf(v) !== Array.prototype) return false;
  for (let i = 0; i < v.length; i++) if (!(i in v) || !ok(v[i])) return false;
  return true;
}

function isRecordOf(v: unknown, key: (k: string) => boolean, value: (x: unknown) => boolean): boolean {
  if (!isPlainRecord(v) || Object.getOwnPropertySymbols(v).length > 0) return false;
  for (const k of Object.keys(v)) if (k === '__proto__' || !key(k) || !value(v[k])) return false;
  return true;
}

const LEAD = shape(REQUIRED, ['convertedTo']);
const SCORE_LINE = shape(['rule', 'kind', 'label', 'points']);
const SCORE = shape(['total', 'fit', 'engagement', 'grade', 'salesReady', 'breakdown', 'computedAt']);
const BANT_ITEM = shape(['answer', 'note']);
const BANT = shape(['budget', 'authority', 'need', 'timeline']);
const INFERRED_EMAIL = shape(['email', 'basis']);
const PROVENANCE = shape(['pageUrl', 'pageTitle', 'extractors', 'capturedAt', 'confidence'], ['inferredEmail']);
const CONVERSION = shape(['contactId', 'accountId'], ['dealId']);

const isScoreLine = (v: unknown) =>
  hasKeys(v, SCORE_LINE) &&
  isString(v.rule, 60) &&
  (v.kind === 'fit' || v.kind === 'engagement') &&
  isString(v.label, 200) &&
  isFiniteNumber(v.points);

const isScore = (v: unknown) =>
  hasKeys(v, SCORE) &&
  isFiniteNumber(v.total) &&
  v.total >= 0 &&
  v.total <= 100 &&
  isFiniteNumber(v.fit) &&
  v.fit >= 0 &&
  isFiniteNumber(v.engagement) &&
  v.engagement >= 0 &&
  GRADES.has(v.grade) &&
  typeof v.salesReady === 'boolean' &&
  everyOf(v.breakdown, Number.POSITIVE_INFINITY, isScoreLine) &&
  isTimestamp(v.computedAt);

const isBantItem = (v: unknown) => hasKeys(v, BANT_ITEM) && BANT_ANSWERS.has(v.answer) && isString(v.note, 1000);
const isBant = (v: unknown) =>
  hasKeys(v, BANT) && isBantItem(v.budget) && isBantItem(v.authority) && isBantItem(v.need) && isBantItem(v.timeline);

const isConfidence = (v: unknown) => isFiniteNumber(v) && v >= 0 && v <= 1;
const isInferredEmail = (v: unknown) => hasKeys(v, INFERRED_EMAIL) && isString(v.email, 254) && isString(v.basis, 200);
const isProvenance = (v: unknown) =>
  hasKeys(v, PROVENANCE) &&
  isString(v.pageUrl, 2048) &&
  (v.pageUrl === '' || isWebUrl(v.pageUrl)) &&
  isString(v.pageTitle, 500) &&
  everyOf(v.extractors, 20, (e) => isString(e, 40)) &&
  isTimestamp(v.capturedAt) &&
  isRecordOf(v.confidence, (k) => FIELDS.has(k), isConfidence) &&
  (v.inferredEmail === undefined || isInferredEmail(v.inferredEmail));

const isConversion = (v: unknown) =>
  hasKeys(v, CONVERSION) && isId(v.contactId) && isId(v.accountId) && (v.dealId === undefined || isId(v.dealId));

/** Whether LeadSchema would take `x` and give it back as it is. */
export function isLeadAsStored(x: unknown): boolean {
  if (!hasKeys(x, LEAD)) return false;
  for (const [field, max] of TEXT_LIMITS) if (!isTrimmed(x[field], max)) return false;
  return (
    isId(x.id) &&
    everyOf(x.emails, 20, (e) => isString(e, 254)) &&
    everyOf(x.phones, 20, (p) => isString(p, 40)) &&
    isRecordOf(
      x.phoneLabels,
      (k) => k.length <= 40,
      (v) => isString(v, 20),
    ) &&
    everyOf(x.urls, 30, (u) => isString(u, 2048) && isWebUrl(u)) &&
    everyOf(x.emailKeys, Number.POSITIVE_INFINITY, (k) => isString(k)) &&
    everyOf(x.profileKeys, Number.POSITIVE_INFINITY, (k) => isString(k)) &&
    isString(x.nameKey) &&
    STATUSES.has(x.status) &&
    SOURCES.has(x.source) &&
    everyOf(x.tags, 50, isTag) &&
    isScore(x.score) &&
    isBant(x.bant) &&
    everyOf(x.provenance, 100, isProvenance) &&
    everyOf(x.editedFields, Number.POSITIVE_INFINITY, (f) => FIELDS.has(f)) &&
    BASES.has(x.lawfulBasis) &&
    typeof x.doNotContact === 'boolean' &&
    (x.convertedTo === undefined || isConversion(x.convertedTo)) &&
    isTimestamp(x.createdAt) &&
    isTimestamp(x.updatedAt)
  );
}

/** LeadSchema, with a stored-shape lead accepted by one quick pass. */
export const LeadRecordSchema = checkedQuickly(LeadSchema, isLeadAsStored);

/** LeadSchema.safeParse, with its own issues when it refuses (the import explains them by their codes). */
export function safeParseLead(x: unknown): z.ZodSafeParseResult<Lead> {
  return isLeadAsStored(x) ? { success: true, data: x as Lead } : LeadSchema.safeParse(x);
}
