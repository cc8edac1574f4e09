// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withScore } from '../../../lib/crm/score-lead';
import { LeadSchema } from '../../../lib/model/lead';
import { isLeadAsStored, LeadRecordSchema } from '../../../lib/model/lead-checked-quickly';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';

const NOW = Date.UTC(2026, 11, 6);

/** A stored lead as the app writes one: scored, with a capture, a tag, a converted link. */
function storedLead(i: number) {
  return withScore(
    LeadSchema.parse({
      id: `lead-${i}`,
      fullName: 'Ada Lovelace',
      firstName: 'Ada',
      lastName: 'Lovelace',
      title: 'VP of Sales',
      company: 'Northwind',
      companyDomain: 'northwind.example',
      emails: ['ada@northwind.example'],
      phones: ['+442071838750'],
      phoneLabels: { '+442071838750': 'office' },
      urls: ['https://www.linkedin.com/in/ada-lovelace/'],
      emailKeys: ['ada@northwind.example'],
      profileKeys: ['linkedin:ada-lovelace'],
      nameKey: 'ada lovelace|northwind',
      tags: ['vip', 'conf-2026'],
      provenance: [
        {
          pageUrl: 'https://northwind.example/team',
          pageTitle: 'Team',
          extractors: ['jsonld'],
          capturedAt: NOW,
          confidence: { fullName: 0.9, email: 1 },
          inferredEmail: { email: 'ada@northwind.example', basis: '4 of 5 people at northwind.example' },
        },
      ],
      editedFields: ['title'],
      convertedTo: { contactId: 'c-1', accountId: 'a-1', dealId: 'd-1' },
      createdAt: NOW,
      updatedAt: NOW,
    }),
    [],
    DEFAULT_SETTINGS.scoring,
    NOW,
  );
}

/** A path to every value inside a lead, so a test can change any one of them. */
function paths(x: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(x)) return [at, ...x.flatMap((v, i) => paths(v, [...at, i]))];
  if (typeof x === 'object' && x !== null) return [at, ...Object.entries(x).flatMap(([k, v]) => paths(v, [...at, k]))];
  return [at];
}

function withValueAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy: Record<string | number, unknown> | unknown[] = Array.isArray(root) ? [...root] : { ...(root as object) };
  (copy as Record<string | number, unknown>)[head as string] = withValueAt(
    (root as Record<string | number, unknown>)[head as string],
    rest,
    value,
  );
  return copy;
}

function withoutKey(root: unknown, path: readonly (string | number)[]): unknown {
  const parent = path.slice(0, -1);
  const key = path.at(-1);
  let node: unknown = root;
  for (const p of parent) node = (node as Record<string | number, unknown>)[p as string];
  if (typeof node !== 'object' || node === null || Array.isArray(node) || key === undefined) return root;
  const { [key]: _gone, ...rest } = node as Record<string, unknown>;
  return withValueAt(root, parent, rest);
}

const odd = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    '',
    ' padded ',
    'UPPER',
    'a,b',
    'x'.repeat(41),
    'x'.repeat(65),
    'x'.repeat(201),
    'javascript:alert(1)',
    'https://ok.example/',
    -1,
    0.5,
    1.5,
    101,
    2 ** 53,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    undefined,
    null,
    true,
    [],
    {},
    'fit',
    'A',
    'E',
    'new',
    'consent',
    'web',
    'fullName',
    'unknown',
  ),
);

describe('a lead checked quickly says what LeadSchema says', () => {
  it('takes a stored lead as it is, in one pass', () => {
    const lead = storedLead(1);
    expect(isLeadAsStored(lead)).toBe(true);
    expect(LeadRecordSchema.parse(lead)).toBe(lead);
  });

  it('never takes what LeadSchema refuses or would change, whichever value is changed or left out', () => {
    const lead = storedLead(2);
    const all = paths(lead).filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...all), odd, fc.boolean(), (path, value, drop) => {
        const x = drop ? withoutKey(lead, path) : withValueAt(lead, path, value);
        if (!isLeadAsStored(x)) return;
        const exact = LeadSchema.safeParse(x);
        expect(exact.success).toBe(true);
        expect(exact.data).toStrictEqual(x);
      }),
      { numRuns: 5000 },
    );
  });

  it('holds every list to the length LeadSchema allows, whichever list grows', () => {
    const lead = storedLead(4);
    const lists = paths(lead).filter((p) => {
      const v = p.reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k as string], lead);
      return Array.isArray(v) && v.length > 0;
    });
    fc.assert(
      fc.property(fc.constantFrom(...lists), fc.nat(120), (path, n) => {
        const list = path.reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k as string], lead);
        const x = withValueAt(
          lead,
          path,
          Array.from({ length: n }, () => (list as unknown[])[0]),
        );
        const exact = LeadSchema.safeParse(x);
        expect(isLeadAsStored(x)).toBe(exact.success);
        if (exact.success) expect(exact.data).toStrictEqual(x);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a lead with an unknown key, a missing default, or anything that is not a lead', () => {
    const lead = storedLead(3);
    const { notes: _missing, ...withoutNotes } = lead;
    for (const x of [{ ...lead, extra: 1 }, withoutNotes, null, [], 'lead', { ...lead, id: '' }]) {
      expect(isLeadAsStored(x)).toBe(false);
    }
    // LeadSchema fills the default in, and the quick schema gives the same answer through it.
    expect(LeadRecordSchema.parse(withoutNotes)).toStrictEqual(LeadSchema.parse(withoutNotes));
  });

  it('accepts the same leads as LeadSchema, and returns what it returns', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.record({ id: fc.string(), createdAt: fc.nat(), updatedAt: fc.nat() })),
        (x) => {
          const quick = LeadRecordSchema.safeParse(x);
          const exact = LeadSchema.safeParse(x);
          expect(quick.success).toBe(exact.success);
          if (quick.success && exact.success) expect(quick.data).toStrictEqual(exact.data);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
