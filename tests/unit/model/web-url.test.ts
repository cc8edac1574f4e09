import { describe, expect, it } from 'vitest';
import { CandidateSchema, PageScanSchema } from '../../../lib/model/candidate';
import { ContactSchema } from '../../../lib/model/contact';
import { LeadSchema } from '../../../lib/model/lead';
import { isLeadAsStored } from '../../../lib/model/lead-checked-quickly';
import { ProvenanceSchema } from '../../../lib/model/provenance';
import { isWebUrl } from '../../../lib/model/web-url';

const HOSTILE = [
  'javascript:alert(document.domain)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\nscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'mailto:ada@example.com',
  '//evil.example/x',
  'not a url',
];

describe('only web addresses are links', () => {
  it.each(['https://www.linkedin.com/in/ada', 'http://ada.example/', 'https://x.com/ada?s=1#top'])(
    '%s is a web address',
    (url) => expect(isWebUrl(url)).toBe(true),
  );
  it.each(HOSTILE)('%j is not', (url) => expect(isWebUrl(url)).toBe(false));

  const at = Date.UTC(2026, 0, 1);
  it.each(HOSTILE)('a lead holding %j is refused with a clear error', (url) => {
    const parsed = LeadSchema.safeParse({ id: 'l1', fullName: 'Ada', urls: [url], createdAt: at, updatedAt: at });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/http\(s\)/);
  });
  it.each(HOSTILE)('a contact holding %j is refused', (url) => {
    const parsed = ContactSchema.safeParse({
      id: 'c1',
      accountId: 'a1',
      fullName: 'Ada',
      urls: [url],
      createdAt: at,
      updatedAt: at,
    });
    expect(parsed.success).toBe(false);
  });
  it.each(HOSTILE)('a candidate sent by a content script with %j is refused', (url) => {
    const parsed = CandidateSchema.safeParse({
      fullName: { value: 'Ada', confidence: 0.9, source: 'json-ld' },
      urls: [{ value: url, confidence: 0.9, source: 'links' }],
    });
    expect(parsed.success).toBe(false);
  });
  it('a lead with web links parses', () => {
    const urls = ['https://www.linkedin.com/in/ada', 'http://ada.example/'];
    expect(LeadSchema.parse({ id: 'l1', fullName: 'Ada', urls, createdAt: at, updatedAt: at }).urls).toEqual(urls);
  });

  it.each(HOSTILE)('the page a capture came from, %j, is kept as no address', (url) => {
    expect(PageScanSchema.parse({ pageUrl: url, pageTitle: 'T', candidates: [] }).pageUrl).toBe('');
    const provenance = { pageUrl: url, extractors: ['links'], capturedAt: at };
    expect(ProvenanceSchema.parse(provenance).pageUrl).toBe('');
    // A stored lead holding it is not taken as it is: the full parse runs and clears it.
    const stored = LeadSchema.parse({ id: 'l1', fullName: 'Ada', createdAt: at, updatedAt: at });
    expect(isLeadAsStored({ ...stored, provenance: [{ ...ProvenanceSchema.parse(provenance), pageUrl: url }] })).toBe(
      false,
    );
    expect(LeadSchema.parse({ ...stored, provenance: [provenance] }).provenance[0]?.pageUrl).toBe('');
  });
  it('a web page address, or none, is kept as it is', () => {
    for (const pageUrl of ['https://acme.example/team', '']) {
      expect(ProvenanceSchema.parse({ pageUrl, extractors: [], capturedAt: at }).pageUrl).toBe(pageUrl);
      const stored = LeadSchema.parse({
        id: 'l1',
        fullName: 'Ada',
        createdAt: at,
        updatedAt: at,
        provenance: [{ pageUrl, extractors: [], capturedAt: at }],
      });
      expect(isLeadAsStored(stored)).toBe(true);
    }
  });
});
