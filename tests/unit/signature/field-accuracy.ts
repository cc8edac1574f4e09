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
  right: number;
  total: number;
  share: number;
}

/** Per field: the share of signatures where the reader agrees with the label (stated or not). */
export function accuracyByField(
  results: ReadonlyArray<{ label: SignatureLabel; read: SignaturePerson | undefined }>,
): Record<ScoredField, Accuracy> {
  const out = {} as Record<ScoredField, Accuracy>;
  for (const field of SCORED_FIELDS) {
    const right = results.filter((r) => fieldRight(field, r.label, r.read)).length;
    out[field] = { right, total: results.length, share: results.length ? right / results.length : 0 };
  }
  return out;
}
