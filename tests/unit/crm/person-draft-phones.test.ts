import { describe, expect, it } from 'vitest';
import { draftFromCandidate } from '../../../lib/crm/person-draft';
import { type Candidate, CandidateSchema } from '../../../lib/model/candidate';

const phone = (value: string) => ({ value, confidence: 0.8, source: 'links' });
const candidate = (phones: string[]): Candidate =>
  CandidateSchema.parse({
    fullName: { value: 'Ada Byron', confidence: 0.9, source: 'meta' },
    phones: phones.map(phone),
  });

const phonesOf = (phones: string[], ctx: { pageUrl: string; regionHint?: string }) =>
  draftFromCandidate(candidate(phones), { pageTitle: '', now: 0, ...ctx }).draft.phones;

describe('a captured lead keeps its phones in E.164', () => {
  it("reads a local number for the country the page's content script named", () => {
    expect(phonesOf(['030 1234567'], { pageUrl: 'https://example.com/team', regionHint: 'DE' })).toEqual([
      '+49301234567',
    ]);
  });

  it("falls back to the page address's country domain", () => {
    expect(phonesOf(['020 7946 0000'], { pageUrl: 'https://acme.co.uk/contact' })).toEqual(['+442079460000']);
  });

  it('one number written two ways is one phone', () => {
    expect(
      phonesOf(['+1 (415) 555-0134', '415.555.0134'], { pageUrl: 'https://acme.example/', regionHint: 'US' }),
    ).toEqual(['+14155550134']);
  });

  it('a number that does not parse is kept as written, for the rep to read', () => {
    expect(phonesOf(['ext. 4471'], { pageUrl: 'https://acme.example/' })).toEqual(['ext. 4471']);
  });
});

describe('each phone keeps the kind the page named', () => {
  it('labels travel with the E.164 number; an unlabelled number has none', () => {
    const c = CandidateSchema.parse({
      fullName: { value: 'Ada Byron', confidence: 0.9, source: 'mail-text' },
      phones: [
        { value: '+44 7911 123456', confidence: 0.8, source: 'mail-text', label: 'mobile' },
        { value: '+44 20 7946 0999', confidence: 0.8, source: 'mail-text', label: 'fax' },
        { value: '+44 20 7946 0000', confidence: 0.8, source: 'mail-text' },
      ],
    });
    const { draft } = draftFromCandidate(c, { pageUrl: 'https://acme.example/', pageTitle: '', now: 0 });
    expect(draft.phones).toEqual(['+447911123456', '+442079460999', '+442079460000']);
    expect(draft.phoneLabels).toEqual({ '+447911123456': 'mobile', '+442079460999': 'fax' });
  });
});
