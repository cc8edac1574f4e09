import { describe, expect, it } from 'vitest';
import { extractLeads } from '../../../../lib/extract/extract-leads';
import { gmailExtractor } from '../../../../lib/extract/sites/webmail/gmail';
import type { CandidateInput } from '../../../../lib/model/candidate';
import { fixturePage } from './fixture-page';

const GMAIL = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzvXKpLqWcRmBnDsJhGtVfPq');
const REP = 'riley.rep@northwind.example';
const people = (page: string, url = GMAIL) => gmailExtractor.extract(fixturePage(`webmail/${page}`), url);

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

describe('Gmail adapter', () => {
  it('reading pane: the sender with their signature, then the cc; not the rep, not the inbox list', () => {
    const found = people('gmail-reading-pane.html');
    expect(found.map(card)).toEqual([
      {
        name: 'Jane Doe',
        title: 'VP of Operations',
        company: 'Acme Robotics Inc.',
        emails: ['jane.doe@acme-robotics.example'],
        phones: ['+1 (415) 555-0134', '+1 (415) 555-0188'],
      },
      {
        name: 'Kwame Mensah',
        title: undefined,
        company: undefined,
        emails: ['kwame.mensah@acme-robotics.example'],
        phones: [],
      },
    ]);
    // The signature's labels travel with the numbers, for the rep to see which to call.
    expect(found[0]?.phones?.map((p) => p.label)).toEqual(['work', 'mobile']);
    expect(found[0]?.urls?.map((u) => u.value)).toEqual([
      'https://www.linkedin.com/in/jane-doe-acme/',
      'https://acme-robotics.example',
    ]);
    expect(found.some(mentionsRep)).toBe(false);
  });

  it('full view: a plain-text signature under "Thanks,", the legal footer left out', () => {
    expect(people('gmail-full-view.html').map(card)).toEqual([
      {
        name: 'Tobi Okafor',
        title: 'Chief Information Security Officer',
        company: 'Brightline Health',
        emails: ['t.okafor@brightline-health.example'],
        phones: ['+44 20 7946 0321', '+44 7700 900123'],
      },
    ]);
  });

  it('thread: every sender counts, a quoted signature stays with its owner, the rep and the reply box give nothing', () => {
    const found = people('gmail-thread.html');
    expect(found.map(card)).toEqual([
      // collapsed: the chip names the sender; the body is not on the page
      { name: 'Li Wei', title: undefined, company: undefined, emails: ['li.wei@globex.example'], phones: [] },
      {
        name: 'Marta Nowak',
        title: 'Head of Logistics',
        company: 'Globex Corporation',
        emails: ['marta.nowak@globex.example'],
        phones: ['+48 22 555 01 77'],
      },
      { name: 'Sam Ortiz', title: undefined, company: undefined, emails: ['sam.ortiz@globex.example'], phones: [] },
    ]);
    expect(found.some(mentionsRep)).toBe(false);
  });

  it('a New Message window and the inbox list give nobody', () => {
    expect(people('gmail-compose.html')).toEqual([]);
  });

  it('reads only on Gmail’s own address', () => {
    expect(people('gmail-reading-pane.html', new URL('https://example.com/mail'))).toEqual([]);
  });

  it('never lists the rep, even when the page names them only in the account button', () => {
    const doc = fixturePage('webmail/gmail-reading-pane.html');
    // The rep's own message in the conversation: Gmail names them "me" in the chip.
    const chip = doc.querySelector('span.gD');
    chip?.setAttribute('email', REP);
    chip?.setAttribute('name', 'Riley Rep');
    const found = gmailExtractor.extract(doc, GMAIL);
    expect(found.flatMap((c) => c.emails?.map((e) => e.value) ?? [])).not.toContain(REP);
  });

  it('the whole pipeline on a Gmail page lists the message’s people and nobody from the list or the menus', () => {
    const leads = extractLeads(fixturePage('webmail/gmail-reading-pane.html'), GMAIL);
    expect(leads.map((c) => c.fullName?.value)).toEqual(['Jane Doe', 'Kwame Mensah']);
  });
});
