import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCandidate, quickCandidate } from '../../../lib/extract/candidate-check';
import { CandidateSchema } from '../../../lib/model/candidate';

// Valid people, each then given at most one flaw: a quick check that is too kind shows up at once.
const short = fc.string({ maxLength: 10 });
const value = fc.record(
  { value: short, confidence: fc.double({ min: 0, max: 1, noNaN: true }), source: short, label: short },
  { requiredKeys: ['value', 'confidence', 'source'] },
);
const link = fc.record({ value: fc.webUrl(), confidence: fc.double({ min: 0, max: 1, noNaN: true }), source: short });
const valid = fc.record(
  {
    fullName: fc.oneof(value, fc.constant(undefined)),
    title: value,
    company: value,
    location: value,
    emails: fc.oneof(fc.array(value, { maxLength: 3 }), fc.array(value, { minLength: 30, maxLength: 30 })),
    phones: fc.array(value, { maxLength: 3 }),
    urls: fc.oneof(fc.array(link, { maxLength: 3 }), fc.array(link, { minLength: 30, maxLength: 30 })),
    sources: fc.oneof(fc.array(short, { maxLength: 3 }), fc.array(short, { minLength: 20, maxLength: 20 })),
  },
  { requiredKeys: [] },
);
type Person = Record<string, unknown>;
const flaws: Array<(p: Person, v: Person, u: Person) => Person> = [
  (p) => p,
  (p, v) => ({ ...p, emails: Array.from({ length: 31 }, () => v) }),
  (p, _v, u) => ({ ...p, urls: Array.from({ length: 31 }, () => u) }),
  (p) => ({ ...p, sources: Array.from({ length: 21 }, () => 'jsonld') }),
  (p) => ({ ...p, sources: ['x'.repeat(41)] }),
  (p, v) => ({ ...p, title: { ...v, label: 'x'.repeat(21) } }),
  (p, v) => ({ ...p, title: { ...v, label: 'x'.repeat(20) } }),
  (p, v) => ({ ...p, title: { ...v, label: undefined } }),
  (p, v) => ({ ...p, title: { ...v, value: 'x'.repeat(2049) } }),
  (p, v) => ({ ...p, title: { ...v, value: 'x'.repeat(2048) } }),
  (p, v) => ({ ...p, title: { ...v, source: 'x'.repeat(41) } }),
  (p, v) => ({ ...p, title: { ...v, confidence: 1.0000001 } }),
  (p, v) => ({ ...p, title: { ...v, confidence: Number.NaN } }),
  (p, v) => ({ ...p, title: { ...v, confidence: '0.5' } }),
  (p, v) => ({ ...p, title: { ...v, extra: 1 } }),
  (p, v) => ({ ...p, title: [v] }),
  (p) => ({ ...p, title: null }),
  (p) => ({ ...p, extra: 1 }),
  () => JSON.parse(`{"__proto__": {"polluted": true}, "sources": []}`) as Person,
  (p) => Object.assign(Object.create(null), p),
  (p, v) => ({ ...p, urls: [{ ...v, value: 'https://acme.example/' }] }),
  (p, _v, u) => ({ ...p, urls: [{ ...u, value: 'javascript:alert(1)' }] }),
  (p, _v, u) => ({ ...p, urls: [{ ...u, value: `https://acme.example/${'a'.repeat(2030)}` }] }),
  (p, v) => ({ ...p, phones: [v, 'not a value'] }),
  (p) => ({ ...p, emails: 'jane@acme.example' }),
  // biome-ignore lint/suspicious/noSparseArray: a hole is a value the schema must refuse
  (p, v) => ({ ...p, phones: [v, , v] }),
];
const anything = fc.oneof(
  fc
    .tuple(valid, value, link, fc.nat(flaws.length - 1))
    .map(([p, v, u, i]) => (flaws[i] ?? ((x: Person) => x))(p, v, u)),
  fc.anything(),
  fc.constant(new Date(0)),
  fc.constant(null),
);

function exact(x: unknown) {
  const r = CandidateSchema.safeParse(x);
  return r.success ? r.data : undefined;
}

describe('a found person checked quickly is what CandidateSchema makes of it', () => {
  it('accepts nothing the schema refuses, and gives what the schema gives', () => {
    fc.assert(
      fc.property(anything, (x) => {
        const quick = quickCandidate(x);
        if (quick) expect(quick).toStrictEqual(exact(x));
        expect(parseCandidate(x)).toStrictEqual(exact(x));
      }),
      { numRuns: 3000 },
    );
  });

  it('vouches for the shape extractors write, so zod is the exception', () => {
    const person = {
      fullName: { value: 'Jane Doe', confidence: 0.9, source: 'jsonld' },
      title: undefined,
      emails: [{ value: 'jane@acme.example', confidence: 0.8, source: 'mailto' }],
      phones: [{ value: '+1 555 0100', confidence: 0.7, source: 'person-blocks', label: 'mobile' }],
      urls: [{ value: 'https://www.linkedin.com/in/jane-doe/', confidence: 0.8, source: 'links' }],
      sources: ['jsonld', 'mailto'],
    };
    expect(quickCandidate(person)).toStrictEqual(exact(person));
    expect(quickCandidate({ sources: ['meta'] })).toStrictEqual({
      emails: [],
      phones: [],
      urls: [],
      sources: ['meta'],
    });
    expect(
      quickCandidate({ ...person, urls: [{ value: 'javascript:alert(1)', confidence: 1, source: 'links' }] }),
    ).toBe(undefined);
  });
});
