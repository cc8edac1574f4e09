import { describe, expect, it } from 'vitest';
import { parseMicroformats } from '../../../lib/extract/microformats/parse';
import { emailOf, microformatsExtractor } from '../../../lib/extract/sources/microformats';
import { htmlDocument } from '../helpers';

const PAGE = new URL('https://conf.example/speakers');
const people = (html: string) => microformatsExtractor.extract(htmlDocument(html), PAGE);

describe('microformats parser', () => {
  it('implies name and url on a bare h-card link, resolving against <base>', () => {
    const items = parseMicroformats(
      htmlDocument('<base href="https://jane.example/"><a class="h-card" href="/">Jane Doe</a>'),
      PAGE,
    );
    expect(items).toEqual([{ type: ['h-card'], properties: { name: ['Jane Doe'], url: ['https://jane.example/'] } }]);
  });

  it('joins value-class parts and skips templates', () => {
    const [item] = parseMicroformats(
      htmlDocument(
        '<p class="h-card"><span class="p-tel"><span class="value">+1</span> (mobile) <span class="value">4155550100</span></span><template class="p-name">No</template></p>',
      ),
      PAGE,
    );
    expect(item?.properties.tel).toEqual(['+14155550100']);
  });

  it('reads a classic vcard with backcompat properties and its include pattern', () => {
    const [card] = parseMicroformats(
      htmlDocument(
        '<div class="vcard" itemref="co"><span class="fn">Jane Doe</span><span class="title">CTO</span></div><p id="co" class="org">Acme</p>',
      ),
      PAGE,
    );
    expect(card?.properties).toEqual({ name: ['Jane Doe'], 'job-title': ['CTO'], org: ['Acme'] });
  });

  it('reads an address given as a plain-text email the way parsers do, and the lead source undoes it', () => {
    expect(emailOf('http://example.com/jane@acme.example')).toBe('jane@acme.example');
    expect(emailOf('mailto:Jane@Acme.example?subject=hi')).toBe('jane@acme.example');
    expect(emailOf('https://acme.example/about')).toBe('');
  });
});

describe('microformats source', () => {
  it('turns a person card into a candidate, with first and last names and locality from its adr', () => {
    const [jane] = people(`
      <div class="h-card">
        <span class="p-name">Jane Doe</span> <span class="p-given-name">Jane</span> <span class="p-family-name">Doe</span>
        <span class="p-job-title">Head of Sales</span> at <span class="p-org h-card">Acme</span>
        <a class="u-email" href="mailto:jane@acme.example">mail</a> <span class="p-tel">+1 415 555 0100</span>
        <div class="p-adr h-adr"><span class="p-locality">San Francisco</span></div>
        <a class="u-url" href="https://x.com/janedoe">X</a>
      </div>`);
    expect(jane).toMatchObject({
      fullName: { value: 'Jane Doe', source: 'microformats' },
      firstName: { value: 'Jane' },
      lastName: { value: 'Doe' },
      title: { value: 'Head of Sales' },
      company: { value: 'Acme' },
      location: { value: 'San Francisco' },
      emails: [{ value: 'jane@acme.example' }],
      phones: [{ value: '+1 415 555 0100' }],
      urls: [{ value: 'https://x.com/janedoe' }],
    });
  });

  it('leaves out organisation cards and event venues', () => {
    const found = people(`
      <div class="h-card"><a class="p-name p-org u-url" href="https://acme.example">Acme</a></div>
      <div class="h-event"><span class="p-name">Launch</span><span class="p-location h-card">Town Hall</span></div>
      <div class="vcard"><span class="fn">Jane Doe</span></div>`);
    expect(found.map((p) => p.fullName?.value)).toEqual(['Jane Doe']);
  });
});
