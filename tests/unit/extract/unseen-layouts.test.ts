import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLeads } from '../../../lib/extract/extract-leads';
import type { Candidate } from '../../../lib/model/candidate';
import { htmlDocument } from '../helpers';

/*
 * Layouts the development pages do not hold, each written for this test with invented people: what a
 * rep would capture from them, field by field.
 */

const DIR = join(import.meta.dirname, '../../fixtures/extract/unseen-layouts');

function people(file: string, address: string) {
  const found = extractLeads(htmlDocument(readFileSync(join(DIR, file), 'utf8')), new URL(address));
  return found.map((c: Candidate) => ({
    name: c.fullName?.value ?? '',
    title: c.title?.value ?? '',
    company: c.company?.value ?? '',
    emails: c.emails.map((e) => e.value),
    urls: c.urls.map((u) => u.value),
  }));
}

describe('layouts the development pages do not hold', () => {
  it("reads a testimonial's attribution under the quote: the customer, their job and their firm", () => {
    expect(
      people('testimonials.html', 'https://ledgerly.example/customers').map((p) => [p.name, p.title, p.company]),
    ).toEqual([
      ['Rosalind Achterberg', 'Controller', 'Pinewood Foods'],
      ['Tobias Lindgren', 'CFO', 'Nordhavn Logistics'],
      ['Amara Nwosu', 'Head of Finance Operations', 'Crestview Health'],
    ]);
  });

  it("reads the officers a company's legal notice names, with the label's job and the company", () => {
    const found = people('legal-notice.html', 'https://www.nordwerk-maschinenbau.example/impressum');
    expect(found.filter((p) => p.name).map((p) => [p.name, p.title, p.company])).toEqual([
      ['Dr. Henrike Vossberg', 'Geschäftsführer', 'Nordwerk Maschinenbau GmbH'],
      ['Malte Brandstätter', 'Geschäftsführer', 'Nordwerk Maschinenbau GmbH'],
    ]);
    // "Impressum" is what the page is, never the company's name.
    for (const p of found) expect(p.company).toBe('Nordwerk Maschinenbau GmbH');
  });

  it("reads a board's figure captions, the organisation as their company", () => {
    expect(
      people('board-figures.html', 'https://riverbendcf.example/board').map((p) => [p.name, p.title, p.company]),
    ).toEqual([
      ['Graciela Montoya', 'Chair', 'Riverbend Community Foundation'],
      ['Winston Achebe', 'Treasurer', 'Riverbend Community Foundation'],
      ['Hannelore Vick', 'Secretary', 'Riverbend Community Foundation'],
    ]);
  });

  it('takes "Professor" before a name as an honorific, not the job the line states', () => {
    const staff = people('honorifics.html', 'https://www.kelvin.example/ims/people');
    expect(staff.map((p) => [p.name, p.title, p.emails])).toEqual([
      ['Prof. Dr. Hans-Jürgen Müller', 'Head of Institute', ['h.mueller@kelvin.example']],
      ['Dr. Ngozi Okafor', 'Senior Lecturer', ['n.okafor@kelvin.example']],
      ['Professor Sven Lindqvist', 'Chair in Ocean Engineering', ['s.lindqvist@kelvin.example']],
    ]);
  });

  it('splits "Name | Job | Firm" lines into the three', () => {
    expect(
      people('bar-lines.html', 'https://revopssummit.example/speakers').map((p) => [p.name, p.title, p.company]),
    ).toEqual([
      ['Bettina Kroll', 'VP Revenue Operations', 'Quartzline'],
      ['Darnell Fitzgerald', 'Director of Sales Enablement', 'Heronway'],
      ['Yuki Hasegawa', 'Head of RevOps', 'Lumora Health'],
    ]);
  });

  it("reads an exhibitor's contact from labelled rows, and the firm as the page spells it", () => {
    const [contact, ...others] = people('labelled-rows.html', 'https://northernpackexpo.example/exhibitors/greyhawk');
    expect(others).toEqual([]);
    // Neither "Contact name" nor "Job title" (the labels) is a value; the domain's letters give way to the heading's.
    expect(contact).toMatchObject({
      name: 'Rhiannon Pryce',
      title: 'Export Sales Manager',
      company: 'Greyhawk Labels Ltd',
      emails: ['r.pryce@greyhawklabels.example'],
    });
  });

  it('writes names, jobs and firms a page prints in capitals the way a CRM stores them', () => {
    const team = people('shouted-names.html', 'https://orchardcapital.example/leadership');
    expect(team.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Marcus Ellington', 'Managing Partner', 'Orchard Capital'],
      ['June Takahashi-Reyes', 'Chief Investment Officer', 'Orchard Capital'],
      // "Portfolio Operations" after the comma is where the job sits, not an employer.
      ['Oluwaseun Adeyemi Jr.', 'Vice President, Portfolio Operations', 'Orchard Capital'],
    ]);
  });

  it("keeps a card's icon-only LinkedIn link with the person the card names", () => {
    const team = people('icon-links.html', 'https://www.brightwave.example/team');
    expect(team.map((p) => [p.name, p.title, p.urls])).toEqual([
      ['Ingrid Solberg', 'Co-founder & CEO', ['https://www.linkedin.com/in/ingrid-solberg-bw/']],
      ['Tomasz Wójcik', 'Head of Engineering', ['https://www.linkedin.com/in/tomasz-wojcik-bw/']],
      ['Aisha Bello', 'Customer Success Lead', ['https://www.linkedin.com/in/aisha-bello-bw/']],
    ]);
  });

  it('reads a contact page that names its people in sentences, and the site, not its domain, as their employer', () => {
    const found = people('contact-prose.html', 'https://www.tallisrobotics.example/contact');
    expect(found.map((p) => [p.name, p.title, p.emails[0]])).toEqual([
      ['Marisol Quintero', 'Head of Sales', 'marisol@tallisrobotics.example'],
      ['Declan Byrne', '', 'press@tallisrobotics.example'],
      // A team's or a desk's address is nobody's: "Customer Success", "Human Resources" are no names.
      ['', '', 'partners@tallisrobotics.example'],
      ['', '', 'success@tallisrobotics.example'],
      ['', '', 'jobs@tallisrobotics.example'],
    ]);
    for (const p of found) expect(p.company).toBe('Tallis Robotics');
  });

  it('reads a board written as a definition list: each term a person, their day job from the descriptions', () => {
    const board = people('dl-directory.html', 'https://cascadecu.example/board');
    expect(board.map((p) => p.name)).toEqual(['Marguerite Ashdown', 'Ezekiel Obuya', 'Fumiko Tanabe-Ross']);
    expect(board[1]).toMatchObject({ title: 'Partner', company: 'Obuya & Leclerc LLP' });
    expect(board[2]).toMatchObject({ title: 'Controller', company: 'Alder Logistics' });
  });

  it('never takes an office code or a room for the employer', () => {
    const staff = people('directory-table.html', 'https://eng.northvale.ac.uk/staff');
    expect(staff.map((p) => p.name)).toEqual(['Theodora Brennan', 'Aarav Chaudhry', 'Margaux Dubois']);
    for (const p of staff) expect(p.company).not.toMatch(/^ENG \d/);
    const [faculty] = people('faculty.html', 'https://chem.fairview.edu/people/okereke');
    expect(faculty).toMatchObject({ name: 'Rosalind Okereke', title: 'Associate Professor of Chemistry' });
    expect(faculty?.company).not.toMatch(/room|building/i);
  });

  it('keeps each person\'s own page linked as "Last, First", and every number a line stacks but the fax', () => {
    const listed = people('lastfirst-list.html', 'https://www.westbrook.edu/history/people');
    expect(listed[0]).toMatchObject({
      name: 'Clara Abernathy',
      urls: ['https://www.westbrook.edu/history/people/abernathy-clara'],
    });
    const phones = extractLeads(
      htmlDocument(readFileSync(join(DIR, 'lastfirst-list.html'), 'utf8')),
      new URL('https://www.westbrook.edu/history/people'),
    ).map((c) => c.phones.map((p) => p.value));
    expect(phones).toEqual([['312-555-0180', '312-555-0199'], ['312-555-0143'], ['312-555-0121']]);
    const staff = people('directory-table.html', 'https://eng.northvale.ac.uk/staff');
    expect(staff[2]?.urls).toEqual(['https://eng.northvale.ac.uk/people/dubois-m']);
  });

  it("gives a law firm's attorneys the firm's own name, not their email domain's", () => {
    const attorneys = people('bio-cards.html', 'https://haldaneroos.example/attorneys');
    expect(attorneys.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Sabine Roos', 'Managing Partner', 'Haldane & Roos LLP'],
      ['Marcus Haldane', 'Partner', 'Haldane & Roos LLP'],
      ['Yuki Sato', 'Associate', 'Haldane & Roos LLP'],
    ]);
  });

  it('takes the job a bio opens with, not the bio, and the company from the page it is on', () => {
    expect(
      people('bios.html', 'https://corvane.example/about/leadership').map((p) => [p.name, p.title, p.company]),
    ).toEqual([
      ['Amelia Raventós', 'Chief Executive Officer', 'Corvane Logistics'],
      ['Desmond Achebe', 'Chief Financial Officer', 'Corvane Logistics'],
      ['Keiko Hashimoto', 'VP Engineering', 'Corvane Logistics'],
    ]);
  });

  it('never reads a fediverse handle (@ravi@hachyderm.example) as an email address', () => {
    const [ravi] = people('mastodon.html', 'https://hachyderm.example/@ravi');
    expect(ravi).toMatchObject({
      name: 'Ravi Subramaniam',
      title: 'Staff engineer',
      company: 'Corvid Systems',
      emails: [],
    });
    expect(ravi?.urls).toContain('https://github.com/ravisub');
  });

  it("reads an agenda's speakers with the affiliation in brackets after each name, a panel's second speaker too", () => {
    const speakers = people('agenda.html', 'https://dataleadersforum.example/agenda');
    expect(speakers.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Farida Nazari', 'Chief Data Officer', 'Olmsted Bank'],
      ['Pieter de Groot', '', 'Halvard Insurance'],
      ['Chloé Marchand', 'Staff Data Engineer', 'Vireo Health'],
      ['Sam Okoye', 'Analytics Engineer', 'Brightpath'],
    ]);
  });

  it('takes neither a phone number for a job nor the page\'s "Contact" for the company', () => {
    const team = people('role-first.html', 'https://kestreloutdoor.example/contact');
    expect(team.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Brody McAllister', '', 'Kestrel Outdoor'],
      ['Saanvi Rao', '', 'Kestrel Outdoor'],
    ]);
  });

  it("reads a blog post's author from its byline and author box, and no one from a blog's index", () => {
    expect(people('author-box.html', 'https://salesfolk.example/blog/pipeline-reviews')).toEqual([
      {
        name: 'Jonah Whitfield',
        title: 'Principal Consultant',
        company: 'Salesfolk',
        emails: [],
        urls: ['https://www.linkedin.com/in/jonahwhitfield/', 'https://salesfolk.example/author/jonah-whitfield'],
      },
    ]);
    expect(people('blog-index.html', 'https://salesfolk.example/blog')).toEqual([]);
  });

  it('reads a team list written "Name — Job"', () => {
    const team = people('dash-team.html', 'https://greenhollow.example/team').filter((p) => p.name);
    expect(team.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Ines Carvalho', 'Managing Partner', 'Greenhollow Capital'],
      ['Lars Eklund', 'Partner', 'Greenhollow Capital'],
      ['Mei-Ling Zhou', 'Principal', 'Greenhollow Capital'],
      ['Gabriel Osei', 'Associate', 'Greenhollow Capital'],
    ]);
  });

  it("reads a podcast episode's guest as the page introduces them, with their LinkedIn, and not its host", () => {
    expect(people('podcast.html', 'https://revenueroom.example/ep142')).toEqual([
      {
        name: 'Harriet Olumide',
        title: 'VP of Finance',
        company: 'Cobaltline',
        emails: [],
        urls: ['https://www.linkedin.com/in/harriet-olumide/'],
      },
    ]);
  });

  it('never takes a link\'s "Email Dana" for a person: the address is the agent\'s own', () => {
    expect(people('realtor.html', 'https://harborpointrealty.example/agents/dana-whitcombe')).toEqual([
      expect.objectContaining({
        name: 'Dana Whitcombe',
        company: 'Harbor Point Realty',
        emails: ['dana@harborpointrealty.example'],
      }),
    ]);
  });

  it("reads a doctor's profile: the degrees after the name left out, the specialty as title, the practice as employer", () => {
    const [doctor] = extractLeads(
      htmlDocument(readFileSync(join(DIR, 'doctor.html'), 'utf8')),
      new URL('https://lakeshoremedical.example/doctors/anand-krishnaswamy'),
    );
    expect(doctor?.fullName?.value).not.toMatch(/MD|FACC/);
    expect([doctor?.firstName?.value, doctor?.lastName?.value]).toEqual(['Anand', 'Krishnaswamy']);
    expect(doctor?.phones.map((p) => p.value)).toEqual(['773-555-0119']);
    expect(doctor?.title?.value).toBe('Interventional Cardiology');
    // "Lakeshore Medical Group · Heart & Vascular Center": the group, not its centre.
    expect(doctor?.company?.value).toBe('Lakeshore Medical Group');
  });

  it('a specialty is a title only under a clinician: a professor\'s "Sociology" line is not one', () => {
    const html = (name: string) =>
      `<html><head><title>${name}</title></head><body><main><h1>${name}</h1><p>Pediatrics</p><p>Riverside Children's Clinic</p><p>Phone: 555-0100</p></main></body></html>`;
    const read = (name: string) =>
      extractLeads(htmlDocument(html(name)), new URL('https://riverside.example/people/x'))[0]?.title?.value ?? '';
    expect(read('Dr. Lucia Ferreira')).toBe('Pediatrics');
    expect(read('Lucia Ferreira, MD')).toBe('Pediatrics');
    expect(read('Lucia Ferreira')).toBe('');
  });

  it('reads a table whose columns split the name into first and last, one person a row', () => {
    expect(
      people('name-cols.html', 'https://packexponorth.example/exhibitors/contacts').map((p) => [
        p.name,
        p.title,
        p.company,
        p.emails,
      ]),
    ).toEqual([
      ['Renata Szabo', 'Sales Director', 'Flexwrap Kft.', ['renata.szabo@flexwrap.example']],
      ['Owen MacLeod', 'Key Account Manager', 'Boxline Ltd', ['owen.macleod@boxline.example']],
      ['Yara Haddad', 'Business Development Manager', 'Cedar Films', ['y.haddad@cedarfilms.example']],
    ]);
  });

  it("reads a paper's authors from its citation tags, with their institution and email", () => {
    const authors = people('authors.html', 'https://journal.example/article/123');
    expect(authors).toEqual([
      expect.objectContaining({
        name: 'Agnes Lindqvist',
        company: 'KTH Royal Institute of Technology',
        emails: ['agnes.lindqvist@kth.example'],
      }),
      expect.objectContaining({ name: 'Julián Moreno-Ibarra', company: 'Universidad de Chile' }),
    ]);
  });

  it("gives a forum profile one person: the name before the handle, the job split from its employer, the page's X account", () => {
    expect(people('forum-profile.html', 'https://community.fieldnotes.example/u/mirela_costa/summary')).toEqual([
      {
        name: 'Mirela Costa',
        title: 'Product marketing lead',
        company: 'Lumenhaus',
        emails: [],
        urls: ['https://x.com/mirelacosta'],
      },
    ]);
  });

  it('splits "Founder, Pipeline Partners": a firm named in the plural is not a second job', () => {
    const speakers = people('speakers.html', 'https://revopssummit.example/speakers');
    expect(speakers.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Hélène Marchetti', 'VP Revenue Operations', 'Tidewell'],
      ['Tomasz Wróblewski', 'Director of Sales Enablement', 'Brisa Cloud'],
      ['Naledi Khumalo', 'Founder', 'Pipeline Partners'],
    ]);
  });

  it("reads a press release's media contact and the executive it quotes", () => {
    const named = people('press.html', 'https://harrowgatefoods.co.uk/news/nordic');
    expect(named).toContainEqual(
      expect.objectContaining({
        name: 'Oliver Tranter',
        title: 'Head of Communications',
        emails: ['press@harrowgatefoods.co.uk'],
      }),
    );
    expect(named).toContainEqual(
      expect.objectContaining({ name: 'Priyanka Mehra-Lind', title: 'Chief Operating Officer' }),
    );
  });

  it('makes no person of a contact page of social links', () => {
    expect(people('social-links.html', 'https://brightwater.studio/contact').filter((p) => p.name)).toEqual([]);
    expect(people('social-links.html', 'https://brightwater.studio/contact').filter((p) => p.urls.length > 0)).toEqual(
      [],
    );
  });

  it("gives a newsroom's media contact the site's name as employer, never the headline, and no one of its menu and link words", () => {
    const found = people('newsroom-contacts.html', 'https://www.larkspurhealth.example/newsroom/bedside-sensor');
    expect(found.map((p) => [p.name, p.company, p.emails])).toEqual([
      ['Odile Brennan', 'Larkspur Health', ['obrennan@larkspurhealth.example']],
    ]);
  });

  it("reads a team grid whose lines name each member's area of work, and no one of the values grid beside it", () => {
    const found = people('team-areas.html', 'https://quillmark.example/team/');
    expect(found.map((p) => [p.name, p.title])).toEqual([
      ['Ottilie Brandt', 'Content Creation & Design'],
      ['Jasper Lindahl', 'Backend Development'],
      ['Mirela Constantin', 'Chair'],
      ['Kofi Mensah-Boateng', 'System Administration'],
    ]);
    expect(found.filter((p) => p.name !== 'Mirela Constantin').map((p) => p.company)).toEqual([
      'Quillmark',
      'Quillmark',
      'Quillmark',
    ]);
  });

  it("reads a legal notice's board listed under its own heading, one name an item, and stops at the next heading", () => {
    const found = people('impressum-list.html', 'https://feldhain.example/impressum/');
    expect(found.map((p) => [p.name, p.title])).toEqual([
      ['Henrike Albrecht', 'Vorstand'],
      ['Jonas Terfehr', 'Vorstand'],
      ['Mareike Oltmanns', 'Vorstand'],
    ]);
  });

  it('reads a board whose members are bold run-in headings ("Name, Post:") before a long bio', () => {
    const found = people('board-run-in.html', 'https://hollowbrook.example/board/');
    expect(found.map((p) => [p.name, p.title])).toEqual([
      ['Rosamund Achterberg', 'President'],
      ['Tobias Okonkwo-Reyes', 'Treasurer'],
      ['Nell Farrington', 'Trustee'],
    ]);
  });

  it("reads an attorney's own page whose name heading sits under the firm's logo and name", () => {
    const found = people('attorney-profile.html', 'https://ashdownpell.example/attorneys/marguerite-o-ashdown/');
    expect(found.map((p) => [p.name, p.company])).toEqual([['Marguerite O. Ashdown', 'Ashdown & Pell, LLP']]);
  });

  it('reads a staff table laid out a person to a column: names in one row, their jobs in the row under it', () => {
    const found = people('staff-columns.html', 'https://harlow-collection.example/staff.html');
    expect(found.map((p) => [p.name, p.title])).toEqual([
      ['Wendell Ivers', 'Curator'],
      ['Adaeze Okafor', 'Collections Manager'],
    ]);
  });

  it("reads a firm's attorneys listed as bare links to their own pages, and nothing of the practice areas linked alike", () => {
    const found = people('attorneys-links.html', 'https://brandtvoss.example/attorneys/');
    expect(found.map((p) => [p.name, p.company, p.urls])).toEqual([
      ['Helena M. Brandt', 'Brandt & Voss, LLP', ['https://brandtvoss.example/attorneys/helena-m-brandt/']],
      ['Desmond Voss', 'Brandt & Voss, LLP', ['https://brandtvoss.example/attorneys/desmond-voss/']],
      ['Priya Raman-Oakes', 'Brandt & Voss, LLP', ['https://brandtvoss.example/attorneys/priya-raman-oakes/']],
    ]);
  });
});
