import { describe, expect, it } from 'vitest';
import { personBlocksExtractor, readPersonBlocks } from '../../../../lib/extract/blocks/person-blocks';
import { extractLeads } from '../../../../lib/extract/extract-leads';
import type { CandidateInput } from '../../../../lib/model/candidate';
import { htmlDocument } from '../../helpers';

// Pages written for LeadClip, one per record shape the general reader must find (no real people).
const read = (html: string, url = 'https://example.org/people/') => readPersonBlocks(htmlDocument(html), new URL(url));

function person(found: readonly CandidateInput[], name: string) {
  const c = found.find((x) => x.fullName?.value === name);
  if (!c) throw new Error(`${name} not found among ${found.map((x) => x.fullName?.value).join(', ')}`);
  return {
    title: c.title?.value ?? '',
    company: c.company?.value ?? '',
    location: c.location?.value ?? '',
    emails: (c.emails ?? []).map((v) => v.value),
    phones: (c.phones ?? []).map((v) => v.value),
    urls: (c.urls ?? []).map((v) => v.value),
  };
}

describe('person blocks: repeated records', () => {
  it('a staff directory table: "LAST, First (code)" names, office codes are no title, fax is no number to call', () => {
    const rows = [
      [
        'QUILLFEATHER,',
        'ODALYS MAREN',
        '(7QX2)',
        '410 HARBOR ST',
        'PORTLAND OR 97204-1120',
        '(503) 555-0148',
        '(503) 555-0199',
      ],
      ['Brennick,', 'Tobiah', '(4PMFM)', '22 MILL RD', 'ALBANY NY 12207-0001', '(518) 555-0123', ''],
    ];
    const html = `<table><tbody>${rows
      .map(
        ([last, first, code, street, city, phone, fax]) => `<tr><td>
          <span class="name">${last}
            ${first} <span class="code">${code}</span></span>
          <span class="address">${street}<br>${city}</span>
          <span class="number"><strong>Phone:</strong> <a href="tel:${phone}">${phone}</a><br>
          ${fax ? `<strong>Fax:</strong> ${fax}<br>` : ''}
          <strong>Email:</strong> <a href="mailto:${first?.split(' ')[0]?.toLowerCase()}@agency.example">${first?.split(' ')[0]?.toLowerCase()}@agency.example</a></span>
        </td><td></td></tr>`,
      )
      .join('')}</tbody></table>`;
    const found = read(html);
    expect(found.map((c) => c.fullName?.value)).toEqual(['Odalys Maren Quillfeather', 'Tobiah Brennick']);
    const odalys = person(found, 'Odalys Maren Quillfeather');
    expect(odalys.title).toBe('');
    expect(odalys.phones).toEqual(['(503) 555-0148']);
    expect(odalys.emails).toEqual(['odalys@agency.example']);
    expect(odalys.location).toBe('Portland, OR');
  });

  it('a faculty list: "<a>Name</a>, Title" under department headings, the department never the title, the link resolved', () => {
    const html = `<title>Faculty Directory - Larkspur College</title><h1>Faculty Directory</h1><ul>
      <li><h2>Department of Chemistry</h2><ul>
        <li><a href="/faculty/101.php">Imogen Castellane</a>, Associate Professor</li>
        <li><a href="/faculty/102.php">Rufus Oyelaran</a>, Professor &amp; Chair</li></ul></li>
      <li><h2>Writing Center</h2><ul><li>Perpetua Vance, Director</li></ul></li></ul>`;
    const found = read(html, 'https://www.larkspur.example/faculty/index.php');
    expect(found.map((c) => c.fullName?.value)).toEqual(['Imogen Castellane', 'Rufus Oyelaran', 'Perpetua Vance']);
    expect(person(found, 'Imogen Castellane')).toMatchObject({
      title: 'Associate Professor',
      urls: ['https://www.larkspur.example/faculty/101.php'],
    });
    expect(person(found, 'Perpetua Vance').title).toBe('Director');
  });

  it('a table of names and department codes: the code stays out of the title, the own page is the profile', () => {
    const html = `<table><thead><tr><th>Member</th><th>Affiliation</th></tr></thead><tbody>
      <tr><td><a href="https://labs.example.edu/~ocast/">Orla Castigan</a></td><td><span class="badge">BIO</span></td></tr>
      <tr><td><a href="https://labs.example.edu/~tneu/">Teodor Neuwirth</a></td><td><span class="badge">STAT</span></td></tr>
      <tr><td><a href="https://labs.example.edu/~mhalv/">Mireille Halvorsen</a></td><td><span class="badge">BMB (ECOS)</span></td></tr>
    </tbody></table>`;
    const found = read(html);
    expect(found).toHaveLength(3);
    expect(person(found, 'Teodor Neuwirth')).toMatchObject({ title: '', urls: ['https://labs.example.edu/~tneu/'] });
  });

  it('team cards: the role marked above the photo, then name, employer and country with a handle', () => {
    const card = (role: string, name: string, employer: string, country: string, handle: string) =>
      `<div class="portrait"><p class="teamrole">${role}</p><img src="x.jpg" alt="${name}">
       <p>${name}<br>${employer}<br>${country} <a href="https://twitter.com/${handle}">@${handle}</a></p></div>`;
    const html = `<div class="faces">${card('Sponsorship', 'Wendeline Arkwright', 'Harbor Loft', 'Belgium', 'wendel')}${card(
      'Program',
      'Casimir Ostrowe',
      'Fieldnote Studio',
      'Netherlands',
      'casimiro',
    )}</div>`;
    const found = read(html);
    expect(person(found, 'Casimir Ostrowe')).toEqual({
      title: 'Program',
      company: 'Fieldnote Studio',
      location: 'Netherlands',
      emails: [],
      phones: [],
      urls: ['https://twitter.com/casimiro'],
    });
  });

  it('member cards: the business is the heading, the person the "Contact Name:"', () => {
    const card = (biz: string, contact: string, email: string) => `<div class="business"><div class="business-content">
      <h3>${biz}</h3><p>Boutique consulting for harbour logistics.</p>
      <div><span>Contact Name: ${contact}</span><br><span>Phone: 212-555-0187</span><br>
      <span>Email: <a href="mailto: ${email}">${email}</a></span><br>
      <span>Address: <a href="https://maps.example/x">12 Pier Road New York, NY UNITED STATES 10001</a></span></div></div></div>`;
    const found = read(
      card('7 Anchor Partners LLC', 'Marisol Treadway', 'marisol@anchor.example') +
        card('Bluefin Works', 'Osric Pembleton', 'osric@bluefin.example'),
    );
    expect(person(found, 'Marisol Treadway')).toMatchObject({
      company: '7 Anchor Partners LLC',
      emails: ['marisol@anchor.example'],
      phones: ['212-555-0187'],
      location: 'New York, NY',
    });
    expect(person(found, 'Osric Pembleton').company).toBe('Bluefin Works');
  });

  it('a conference programme: several "Name, Title, Company" lines in one block, moderators too', () => {
    const html = `<table><tr><td><span class="parahead">A101 · Open Data</span><br><strong>10:30 AM</strong><br>
      <strong><a href="speakers.asp?s=1">Hester Quayle</a></strong><em>, Director, Brightwater Public Library</em><br>
      <strong><a href="speakers.asp?s=2">Lionel Achebe-Roth</a></strong><em>, Systems Librarian, Tamsin College</em><br>
      <p>A long description of the session that goes on about open data and what libraries can do with it in the next decade.</p>
      </td></tr><tr><td><strong>Moderated by </strong><a href="speakers.asp?s=3">Ysolde Marchetti</a><em>, Information Services Librarian, Kelby College</em><br></td></tr></table>`;
    const found = read(html);
    expect(person(found, 'Hester Quayle')).toMatchObject({ title: 'Director', company: 'Brightwater Public Library' });
    expect(person(found, 'Lionel Achebe-Roth')).toMatchObject({
      title: 'Systems Librarian',
      company: 'Tamsin College',
    });
    expect(person(found, 'Ysolde Marchetti').company).toBe('Kelby College');
  });
});

describe('person blocks: one-person blocks and plain documents', () => {
  it('a press release: the media contact under its label, and people quoted with job and employer', () => {
    const html = `<article><p>“We are thrilled,” said Barnaby Coulthard, Vice President of Partnerships at Northwind Freight. “More soon.”</p>
      <p>The launch follows a year of growth, according to Ottilie Fenwick, Director of Analytics at Larkspur.</p>
      <p><b>MEDIA CONTACT:<br></b>Juniper Ashdown<br>Tidewater Communications<br><a href="mailto:press@tidewater.example">press@tidewater.example</a></p></article>`;
    const found = read(html, 'https://news.example/releases/1');
    expect(person(found, 'Juniper Ashdown')).toMatchObject({
      title: 'Media contact',
      company: 'Tidewater Communications',
      emails: ['press@tidewater.example'],
    });
    expect(person(found, 'Barnaby Coulthard')).toMatchObject({
      title: 'Vice President of Partnerships',
      company: 'Northwind Freight',
    });
    expect(person(found, 'Ottilie Fenwick')).toMatchObject({ title: 'Director of Analytics', company: 'Larkspur' });
  });

  it("a plain-text document's Authors' Addresses: each name starts a record, the email in plain text", () => {
    const html = `<pre>
INTERNET DRAFT                                      Q. Alderwood
Document: draft-example-00                            Fernhill Labs

18.  Authors' Addresses

    Quentin B. Alderwood
    Fernhill Labs

    Email: quentin@fernhill.example


    R. Maplethorpe
    (independent)

    Email: rmaple@tuxmail.example
</pre>`;
    const found = read(html, 'https://docs.example/draft-example-00');
    expect(person(found, 'Quentin B. Alderwood')).toMatchObject({
      company: 'Fernhill Labs',
      emails: ['quentin@fernhill.example'],
    });
    expect(person(found, 'R. Maplethorpe').emails).toEqual(['rmaple@tuxmail.example']);
  });

  it('a member detail page: "Contact: Last, First", phone labelled P:, fax F: left out, the company from the heading', () => {
    const html = `<h1>Garnet &amp; Gale</h1><p>88 Quarry Lane, Ste. 4<br>Los Angeles, California 90024<br>United States of America</p>
      <p><strong>Contact:</strong> Whitcombe, Ansel<br><strong>Email:</strong> <a href="mailto:info@garnetgale.example">info@garnetgale.example</a><br>
      <strong>P:</strong> 619-555-0142<br><strong>F:</strong> 323-555-0177<br></p>`;
    const found = read(html);
    expect(found).toHaveLength(1);
    expect(person(found, 'Ansel Whitcombe')).toMatchObject({
      emails: ['info@garnetgale.example'],
      phones: ['619-555-0142'],
    });
  });
});

describe('person blocks: a profile page without markup', () => {
  it('the one main heading is the name, the labelled pairs give role, employer and place', () => {
    const html = `<h1><a href="/person/ottoline-brandt">Ottoline Brandt</a></h1><ul><li><a href="#">Overview</a></li><li><a href="#">Timeline</a></li></ul>
      <h2>Overview</h2><dl><dt>Primary Role</dt><dd>Managing Partner @ Fernhill Capital</dd><dt>Investments</dt><dd><a href="#">12 Investments</a></dd>
      <dt>Location:</dt><dd>Lisbon, Portugal</dd></dl>`;
    const found = read(html, 'https://companies.example/person/ottoline-brandt');
    expect(person(found, 'Ottoline Brandt')).toMatchObject({
      title: 'Managing Partner',
      company: 'Fernhill Capital',
      location: 'Lisbon, Portugal',
    });
  });

  it("a personal site's heading names its owner, whose pages elsewhere its Profiles section lists", () => {
    const html = `<h1>Graph Lab</h1><h2>Operated by Isolde Marchbank</h2><h3>Talks</h3><ul><li><a href="/t1">On networks</a></li></ul>
      <h3>Profiles</h3><ul><li><a href="https://uni.example/staff/77.php">Larkspur University</a></li><li><a href="https://scholar.example/u/im">Scholar</a></li></ul>`;
    const found = read(html, 'http://graphlab.example/');
    expect(found.map((c) => c.fullName?.value)).toEqual(['Isolde Marchbank']);
    expect(person(found, 'Isolde Marchbank').urls).toEqual([
      'https://uni.example/staff/77.php',
      'https://scholar.example/u/im',
    ]);
  });

  it("the Profiles section's link to the owner's page at an organisation its site names gives the employer; a site's name is no person", () => {
    const html = `<h1>Graph Lab</h1><h2>Operated by Isolde Marchbank</h2>
      <h3>Profiles</h3><ul><li><a href="https://www.larkspur.example/college/77.php">Larkspur University</a></li>
      <li><a href="https://scholar.google.example/citations?user=im">Google Scholar</a></li>
      <li><a href="https://www.linkedin.com/in/isolde-marchbank">LinkedIn</a></li>
      <li><a href="https://academia.example/IsoldeMarchbank">Academia.example</a></li></ul>`;
    const found = read(html, 'http://graphlab.example/');
    expect(found.map((c) => [c.fullName?.value, c.company?.value])).toEqual([
      ['Isolde Marchbank', 'Larkspur University'],
    ]);
  });

  it("a card names a person with the Dutch particle 't and the school she works at, never the school as a person", () => {
    const card = (role: string, name: string, org: string) =>
      `<div class="portrait"><p class="teamrole">${role}</p><p>${name}<br />${org}<br />Netherlands</p></div>`;
    const found = read(`<main><h1>Team</h1><div class="team">
      ${card('Logistics', "Femke 't Veld", 'Hogeschool van Utrecht')}${card('Program', 'Joris Brandsma', 'Vormwerk')}</div></main>`);
    expect(found.map((c) => [c.fullName?.value, c.title?.value, c.company?.value])).toEqual([
      ["Femke 't Veld", 'Logistics', 'Hogeschool van Utrecht'],
      ['Joris Brandsma', 'Program', 'Vormwerk'],
    ]);
  });

  it.each([
    ['a call to action', 'Get in touch'],
    ['a greeting', 'Hi there'],
    ['a feed', 'RSS Feeds'],
    ['a look-alike word (a Cyrillic Е in "Event")', '\u0415vent Planning'],
  ])('a heading that is %s names nobody: its email link stays a nameless contact', (_case, heading) => {
    const found = extractLeads(
      htmlDocument(
        `<main><section><h4>${heading}</h4><p><a href="mailto:hello@northwind.example">hello@northwind.example</a></p></section></main>`,
      ),
      'https://northwind.example/',
    );
    expect(found.map((c) => [c.fullName?.value, c.emails.map((e) => e.value)])).toEqual([
      [undefined, ['hello@northwind.example']],
    ]);
  });

  it('a transcript: a name labelling three or more turns of speech took part; a name labelling one did not', () => {
    const turn = (name: string, said: string) =>
      `<div class="turn"><header><span class="speaker-name">${name}</span> <span>2m 6s</span></header><p>${said}</p></div>`;
    const long = 'and that is more or less how the whole thing started for us, years ago.';
    const html = [
      turn('Wilhelmina Sato', `Welcome to the show, ${long}`),
      turn('Aurelio Benn', `Thanks for having me, ${long}`),
      turn('Wilhelmina Sato', `So tell us about it, ${long}`),
      turn('Aurelio Benn', `Well, ${long}`),
      turn('Wilhelmina Sato', `Interesting, ${long}`),
      turn('Aurelio Benn', `Indeed, ${long}`),
      turn('Corbin Lyle', `A word from the sponsor, ${long}`),
    ].join('');
    expect(read(html).map((c) => c.fullName?.value)).toEqual(['Wilhelmina Sato', 'Aurelio Benn']);
  });

  it("an organisation's team page of name headings over bios: each heading heads its bio, and a bio about the person makes them a member", () => {
    const html = `<head><title>Our Team - Fjordline Labs</title></head><body><article><h1>Our Team</h1>
      <h2>A little history</h2><p>Fjordline Labs started in a garage in 2011 and has grown a little every year since then.</p>
      <h2>Rasmus Oyelaran</h2><p>Rasmus began programming in college before spending three years as a lead web developer.</p>
      <h2>Ines Valcourt</h2><p>After law school, Ines Valcourt founded Fjordline Labs. Today she designs interfaces for banks.</p>
      <p>Whether writing code or drawing shadows, she is making art.</p></article></body>`;
    const team = (page: string, url: string) => personBlocksExtractor.extract(htmlDocument(page), new URL(url));
    const found = team(html, 'https://fjordline.example/our-team');
    expect(found.map((c) => [c.fullName?.value, c.title?.value, c.company?.value])).toEqual([
      ['Rasmus Oyelaran', undefined, 'Fjordline Labs'],
      ['Ines Valcourt', 'Founder', 'Fjordline Labs'],
    ]);
    // The same headings on a page that is not an organisation's own team say nothing of who they are.
    expect(
      team(
        html.replace('Our Team - Fjordline Labs', 'Notes').replace('Our Team', 'Notes'),
        'https://fjordline.example/notes',
      ).map((c) => c.fullName?.value),
    ).toEqual(['Ines Valcourt']);
  });

  it('a school\'s staff table: "Lab Manager" is a job though it starts with a unit\'s word; a department is no employer, the university is', () => {
    const row = (name: string, title: string, dept: string, user: string) =>
      `<tr><td><a href="/people/${user}">${name}</a></td><td>${title}</td><td>${dept}</td><td><a href="mailto:${user}@larkspur.example">${user}@larkspur.example</a></td></tr>`;
    const page = htmlDocument(`<head><title>Staff Directory | School of Engineering | Larkspur University</title></head>
      <body><main><h1>Staff Directory</h1><table><tbody>
      ${row('Okafor, Marlow', 'Lab Manager', 'Mechanical Engineering', 'mokafor')}
      ${row('Brandt, Ottoline', 'Program Director', 'Civil Engineering', 'obrandt')}
      ${row('Lyle, Corbin', 'Graduate Coordinator', 'Office of Student Services', 'clyle')}</tbody></table></main></body>`);
    const found = extractLeads(page, 'https://eng.larkspur.example/directory/');
    expect(found.map((c) => [c.fullName?.value, c.title?.value, c.company?.value])).toEqual([
      ['Marlow Okafor', 'Lab Manager', 'Larkspur University'],
      ['Ottoline Brandt', 'Program Director', 'Larkspur University'],
      ['Corbin Lyle', 'Graduate Coordinator', 'Larkspur University'],
    ]);
  });

  it("a faculty member's own page: the employer is the line under the department, never the person's name in the title", () => {
    const page = htmlDocument(`<head><title>Wilhelmina Sato - Department of Chemistry</title></head><body>
      <nav><a href="/">Home</a> <a href="/people">People</a></nav><main>
      <img src="sato.jpg" alt="Photo of Wilhelmina Sato"><h1>Wilhelmina Sato</h1><p>Associate Professor of Chemistry</p>
      <p>Department of Chemistry<br>Larkspur University<br>410 Harbor St, Room 210<br>Portland, OR 97204</p>
      <p>Phone: (503) 555-0148<br>Fax: (503) 555-0199<br>Email: <a href="mailto:wsato@larkspur.example">Send an email</a></p>
      </main></body>`);
    const [sato, ...others] = extractLeads(page, 'https://chem.larkspur.example/people/sato');
    expect(others).toEqual([]);
    expect([sato?.fullName?.value, sato?.title?.value, sato?.company?.value, sato?.location?.value]).toEqual([
      'Wilhelmina Sato',
      'Associate Professor of Chemistry',
      'Larkspur University',
      'Portland, OR',
    ]);
    expect(sato?.phones.map((p) => p.value)).toEqual(['(503) 555-0148']);
  });

  it('a firm named like a person and linked to its organisation page is nobody; a slogan is no employer', () => {
    const found = read(`<main><h1>Albrecht Lindqvist</h1><p>Managing Partner</p><p>Boston, MA</p>
      <section><h2>Board roles</h2>
        <div class="role"><h3><a href="https://db.example/organization/harrow-lindqvist">Harrow Lindqvist</a></h3><p>Board member</p></div>
        <div class="role"><h3><a href="https://db.example/organization/marlow-okafor">Marlow Okafor</a></h3><p>Board member</p></div></section>
      <section class="team"><div class="card"><h3>Jane Dorsey</h3><p>CEO</p><p>Finding great people is our craft</p></div></section></main>`);
    expect(found.map((c) => [c.fullName?.value, c.company?.value])).toEqual([
      ['Albrecht Lindqvist', undefined],
      ['Jane Dorsey', undefined],
    ]);
  });

  it('a heading name with no stated role is no lead', () => {
    expect(read('<h1>Ottoline Brandt</h1><dl><dt>Gender</dt><dd>Female</dd></dl>')).toEqual([]);
  });
});

describe('person blocks: what is nobody', () => {
  it.each([
    [
      'a features grid',
      `<div class="f"><h3>Pipeline Health</h3><p>See stalled deals.</p></div><div class="f"><h3>Forecast Rollups</h3><p>Roll up.</p></div>`,
    ],
    [
      'a site menu outside <nav>',
      `<ul class="menu"><li><a href="/a">Student Design Challenge</a></li><li><a href="/b">Education Summit</a></li><li><a href="/c">Faculty Directory</a></li></ul>`,
    ],
    ['a slogan', `<p>Work Smarter. Achieve More.</p><p>Get Started Free</p>`],
    [
      'bare social links',
      `<ul><li><a href="https://twitter.com/acme">Twitter</a></li><li><a href="https://www.linkedin.com/company/acme">LinkedIn</a></li></ul>`,
    ],
    ['a name with nothing else about the person', `<div><p>Rosalind Verne</p></div><div><p>Caspian Holt</p></div>`],
  ])('%s gives no person', (_, html) => {
    expect(read(html)).toEqual([]);
  });

  it('a transcript line is never a job: a speaker label followed by what they said', () => {
    const html = `<p class="transcript"><strong>Marlowe Quint</strong></p><p class="transcript">He said, "if you don't ask for more, then I quit as your advisor."</p>`;
    expect(read(html)).toEqual([]);
  });

  it('the general reader runs in extractLeads and its people merge with the other sources', () => {
    const html = `<div class="card"><h3>Imogen Castellane</h3><p>Head of Sales</p><a href="mailto:imogen@larkspur.example">Email</a></div>
      <div class="card"><h3>Rufus Oyelaran</h3><p>Account Executive</p><a href="mailto:rufus@larkspur.example">Email</a></div>`;
    const leads = extractLeads(htmlDocument(html), 'https://www.larkspur.example/about/team');
    const imogen = leads.filter((c) => c.fullName?.value === 'Imogen Castellane');
    expect(imogen).toHaveLength(1);
    expect(imogen[0]?.emails.map((e) => e.value)).toEqual(['imogen@larkspur.example']);
    expect(imogen[0]?.title?.value).toBe('Head of Sales');
  });
});
