import type { SignaturePerson } from '../../../lib/extract/signature/signature-person';

/** What a labeller wrote down for one signature; a missing field means the signature does not state it. */
export interface SignatureLabel {
  name?: string;
  title?: string;
  company?: string;
  /** One of the person's numbers, as written. */
  phone?: string;
  email?: string;
}

export const SCORED_FIELDS = ['name', 'title', 'company', 'phone', 'email'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

const norm = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
const digits = (s: string) => s.replace(/\D/g, '');

/** Right when both agree: the labelled value read (a phone among those read), or nothing read where nothing is stated. */
export function fieldRight(field: ScoredField, label: SignatureLabel, read: SignaturePerson | undefined): boolean {
  const want = norm(label[field]);
  if (field === 'phone') {
    const got = (read?.phones ?? []).map((p) => digits(p.number));
    return want ? got.includes(digits(want)) : got.length === 0;
  }
  if (field === 'email') {
    const got = read?.emails ?? [];
    return want ? got.includes(want) : got.length === 0;
  }
  return norm(read?.[field]) === want;
}

export interface Accuracy {
  /** Over every message: the label agrees with what was read, stated or not. */
  right: number;
  total: number;
  share: number;
  /** Over the messages whose label states the field: the labelled value was read. */
  statedRight: number;
  stated: number;
  /** statedRight / stated, or undefined when no message states the field. */
  statedShare: number | undefined;
  /** Messages where the field is not stated but the reader read a value anyway. */
  falseValues: number;
}

/** Whether the reader read any value for the field. */
function readSomething(field: ScoredField, read: SignaturePerson | undefined): boolean {
  if (field === 'phone') return (read?.phones ?? []).length > 0;
  if (field === 'email') return (read?.emails ?? []).length > 0;
  return norm(read?.[field]) !== '';
}

/**
 * Per field: the share of signatures where the reader agrees with the label (stated or not), the
 * share over the signatures that state it, and how many values were read where none is stated.
 * The first alone flatters a reader on a corpus where most messages state no title: reading nothing
 * scores there.
 */
export function accuracyByField(
  results: ReadonlyArray<{ label: SignatureLabel; read: SignaturePerson | undefined }>,
): Record<ScoredField, Accuracy> {
  const out = {} as Record<ScoredField, Accuracy>;
  for (const field of SCORED_FIELDS) {
    const right = results.filter((r) => fieldRight(field, r.label, r.read)).length;
    const stated = results.filter((r) => norm(r.label[field]) !== '');
    const statedRight = stated.filter((r) => fieldRight(field, r.label, r.read)).length;
    const falseValues = results.filter((r) => norm(r.label[field]) === '' && readSomething(field, r.read)).length;
    out[field] = {
      right,
      total: results.length,
      share: results.length ? right / results.length : 0,
      statedRight,
      stated: stated.length,
      statedShare: stated.length ? statedRight / stated.length : undefined,
      falseValues,
    };
  }
  return out;
}

/** One line per field: "title 49/51 all, 4/5 stated, 1 false". */
export function describeAccuracy(accuracy: Record<ScoredField, Accuracy>): string {
  return SCORED_FIELDS.map((f) => {
    const a = accuracy[f];
    return `${f} ${a.right}/${a.total} all, ${a.statedRight}/${a.stated} stated, ${a.falseValues} false`;
  }).join('; ');
}
