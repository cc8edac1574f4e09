import { describe, expect, it } from 'vitest';
import { extractLeads } from '../../../../lib/extract/extract-leads';
import { outlookExtractor } from '../../../../lib/extract/sites/webmail/outlook';
import type { CandidateInput } from '../../../../lib/model/candidate';
import { fixturePage } from './fixture-page';

const people = (page: string, url: string) => outlookExtractor.extract(fixturePage(`webmail/${page}`), new URL(url));

function card(c: CandidateInput | undefined) {
  return {
    name: c?.fullName?.value,
    title: c?.title?.value,
    company: c?.company?.value,
    emails: c?.emails?.map((e) => e.value),
    phones: c?.phones?.map((p) => p.value),
  };
}

// Every value a person carries: the rep's name or address must be in none of them.
const mentionsRep = (c: CandidateInput) =>
  [c.fullName, c.title, c.company, ...(c.emails ?? []), ...(c.urls ?? [])].some((v) => /riley/i.test(v?.value ?? ''));

describe('Outlook on the web adapter', () => {
  it('reading pane (outlook.office.com): sender and signature, the other recipients; not the rep, not the quoted reply', () => {
    const found = people('outlook-reading-pane.html', 'https://outlook.office.com/mail/inbox/id/AAQkADAw');
    expect(found.map(card)).toEqual([
      {
        name: 'Ana Costa',
        title: 'Director of Finance',
        company: 'Fabrikam, Inc.',
        emails: ['ana.costa@fabrikam.example'],
        phones: ['+1 425 555 0110', '+1 425 555 0177'],
      },
      {
        name: 'Diego Álvarez',
        title: undefined,
        company: undefined,
        emails: ['diego.alvarez@fabrikam.example'],
        phones: [],
      },
      {
        name: 'Helen Park',
        title: undefined,
        company: undefined,
        emails: ['helen.park@northwind.example'],
        phones: [],
      },
    ]);
    expect(found.some(mentionsRep)).toBe(false);
  });

  it('full view (outlook.live.com): an address only in the chip’s title, "- Name" sign-off, the phone’s footer dropped', () => {
    const found = people('outlook-full-view.html', 'https://outlook.live.com/mail/0/deeplink/read/AQMkADAw');
    expect(found.map(card)).toEqual([
      {
        name: 'Hiroshi Tanaka',
        title: 'Operations Manager',
        company: 'Contoso Logistics KK',
        emails: ['hiroshi.tanaka@contoso-logistics.example'],
        phones: ['+81 90-1234-5678'],
      },
    ]);
    expect(found[0]?.urls?.map((u) => u.value)).toEqual(['https://www.linkedin.com/in/hiroshi-tanaka-contoso/']);
    expect(found[0]?.phones?.map((p) => p.label)).toEqual(['mobile']);
  });

  it('thread (outlook.office365.com): each sender once, quoted history and the draft reply ignored', () => {
    const found = people('outlook-thread.html', 'https://outlook.office365.com/mail/inbox/id/AAQkADEw');
    expect(found.map(card)).toEqual([
      {
        name: 'Olivia Brandt',
        title: 'Chief Operating Officer',
        company: 'Tailspin Toys Ltd',
        emails: ['olivia.brandt@tailspin.example'],
        phones: ['+44 161 496 0000'],
      },
      {
        name: 'Nikhil Rao',
        title: 'IT Director',
        company: 'Tailspin Toys Ltd',
        emails: ['nikhil.rao@tailspin.example'],
        phones: ['+44 161 496 0101'],
      },
    ]);
    expect(found.some(mentionsRep)).toBe(false);
    expect(found.flatMap((c) => c.emails?.map((e) => e.value) ?? [])).not.toContain('pat.lee@contoso.example');
  });

  it('a new message being written gives nobody', () => {
    expect(people('outlook-compose.html', 'https://outlook.office.com/mail/deeplink/compose')).toEqual([]);
  });

  it('the whole pipeline lists the message’s people and nobody from the message list', () => {
    const leads = extractLeads(
      fixturePage('webmail/outlook-reading-pane.html'),
      'https://outlook.office.com/mail/inbox',
    );
    expect(leads.map((c) => c.fullName?.value)).toEqual(['Ana Costa', 'Diego Álvarez', 'Helen Park']);
  });
});
