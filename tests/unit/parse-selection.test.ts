import { describe, expect, it } from 'vitest';
import { parseSelectionAsLead } from '../../lib/extract/selection/parse-signature';

describe('parseSelectionAsLead', () => {
  it.each([
    [
      'a classic email signature',
      'Best regards,\nJane Doe\nVP of Sales at Acme Corp\njane.doe@acme.example\nM: +1 (415) 555-0134\nhttps://www.linkedin.com/in/janedoe',
      {
        fullName: 'Jane Doe',
        title: 'VP of Sales',
        company: 'Acme Corp',
        emails: ['jane.doe@acme.example'],
        phones: ['+1 (415) 555-0134'],
        urls: ['https://www.linkedin.com/in/janedoe/'],
      },
    ],
    [
      'a one-line signature with separators',
      'Tomás Ruiz | Account Executive | Northwind\nT: +34 91 123 45 67 · tomas@northwind.example',
      {
        fullName: 'Tomás Ruiz',
        title: 'Account Executive',
        company: 'Northwind',
        emails: ['tomas@northwind.example'],
        phones: ['+34 91 123 45 67'],
        urls: [],
      },
    ],
    [
      'a title line then a company line',
      '--\nKwame Mensah\nHead of Procurement\nGlobex Ltd\nwww.globex.example',
      {
        fullName: 'Kwame Mensah',
        title: 'Head of Procurement',
        company: 'Globex Ltd',
        emails: [],
        phones: [],
        urls: ['https://www.globex.example'],
      },
    ],
    [
      'a speaker bio',
      'Priya Raman is the Chief Executive Officer of Northwind Analytics. She has spoken at 40 conferences.',
      {
        fullName: 'Priya Raman',
        title: 'Chief Executive Officer',
        company: 'Northwind Analytics',
        emails: [],
        phones: [],
        urls: [],
      },
    ],
  ])('reads %s', (_case, text, expected) => {
    const c = parseSelectionAsLead(text);
    expect({
      fullName: c?.fullName?.value,
      title: c?.title?.value,
      company: c?.company?.value,
      emails: c?.emails?.map((e) => e.value),
      phones: c?.phones?.map((p) => p.value),
      urls: c?.urls?.map((u) => u.value),
    }).toEqual(expected);
  });

  it('gives nothing for a selection with no person in it', () => {
    expect(parseSelectionAsLead('Pricing starts at $49 per seat per month.')).toBeUndefined();
    expect(parseSelectionAsLead('   ')).toBeUndefined();
  });
});
