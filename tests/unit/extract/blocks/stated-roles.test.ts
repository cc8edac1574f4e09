import { describe, expect, it } from 'vitest';
import { readPersonBlocks } from '../../../../lib/extract/blocks/person-blocks';
import { htmlDocument } from '../../helpers';

// Pages written for LeadClip (no real people): jobs and employers stated in prose, not on a card's lines.
const read = (html: string, url = 'https://example.org/program/talk-12/') =>
  readPersonBlocks(htmlDocument(html), new URL(url)).map((c) => ({
    name: c.fullName?.value,
    title: c.title?.value ?? '',
    company: c.company?.value ?? '',
    location: c.location?.value ?? '',
    urls: (c.urls ?? []).map((u) => u.value),
  }));

describe('roles stated in running text', () => {
  it('a speaker card: the place is the line\'s first part, the bio\'s "founded" gives the employer, the talk\'s "#bio" link is no page of theirs', () => {
    const people = read(`<main>
      <article><h2>Designing for slow networks</h2>
        <div class="by">By <a href="#presenter-7">Mirela Otterbach</a></div>
        <p>Most interfaces assume a fast connection. This talk looks at what happens when they do not.</p></article>
      <aside><h2 id="presenter-7">Mirela Otterbach</h2>
        <div class="props"><span class="country">Portugal</span> <a href="https://x.com/motterbach">@motterbach</a>
          <a href="https://www.linkedin.com/in/mirela-otterbach/">LinkedIn</a></div>
        <p>Mirela has written two books on interface design and speaks at conferences around the world.</p>
        <p>She founded slowlane with two friends in 2009, which has grown into a consultancy of forty people.</p></aside></main>`);
    expect(people).toEqual([
      {
        name: 'Mirela Otterbach',
        title: 'Founder',
        company: 'slowlane',
        location: 'Portugal',
        urls: ['https://x.com/motterbach', 'https://www.linkedin.com/in/mirela-otterbach/'],
      },
    ]);
  });

  it('"Before co-founding X, …" makes a team member a co-founder of X; "founded several companies" names none', () => {
    const people = read(`<main><h1>Leadership</h1>
      <div class="tab"><h3>Tomasz Ivarsen</h3>
        <p>Tomasz has spent twenty years building software for banks and insurers across three continents.</p>
        <p>Before co-founding Fjordline Labs, Tomasz worked as Director of Engineering at a large publisher.</p></div>
      <div class="tab"><h3>Ada Brennick</h3>
        <p>Ada started early, working in finance and media while still at school in her home town.</p>
        <p>Ada founded several companies before she joined the team as an engineer in the cloud group.</p></div></main>`);
    expect(people.map((p) => [p.name, p.title, p.company])).toEqual([
      ['Tomasz Ivarsen', 'Co-founder', 'Fjordline Labs'],
    ]);
  });

  it('an introduction names two people\'s jobs "respectively", and a sentence is never an employer', () => {
    const turn = (speaker: string, said: string) =>
      `<div class="turn"><header><span class="speaker">${speaker}</span></header><p>${said}</p></div>`;
    const people = read(`<main>
      ${turn('Rosa Lindqvist', 'Welcome back to the show where I talk to founders. Today I have two guests. They are Henrik Asplund and Maja Ferreira-Lind, the CEO and CTO of Quillstack, respectively. Quillstack moves data between tools.')}
      ${turn('Henrik Asplund', 'Thanks for having us on the show, it is great to be here with you today.')}
      ${turn('Maja Ferreira-Lind', 'Yeah, thanks Rosa.')}
      ${turn('Rosa Lindqvist', 'So how did the two of you meet in the first place, and when did you start the company?')}
      ${turn('Henrik Asplund', 'We met at university, in a class about distributed systems, and started right after it.')}
      ${turn('Maja Ferreira-Lind', 'And we have been arguing about databases ever since then, mostly in a friendly way.')}
      ${turn('Rosa Lindqvist', 'That sounds like most of the founders I have talked to on this show over the years.')}
      ${turn('Henrik Asplund', 'It is a good way to find out what you both believe about the product you build.')}
      ${turn('Maja Ferreira-Lind', 'Yes, and a good way to find out who makes the coffee in the morning, too.')}
      </main>`);
    const roles = Object.fromEntries(people.map((p) => [p.name, [p.title, p.company]]));
    expect(roles['Henrik Asplund']).toEqual(['CEO', 'Quillstack']);
    expect(roles['Maja Ferreira-Lind']).toEqual(['CTO', 'Quillstack']);
  });

  it('"Jane Doe, the VP of Sales at Acme" in an article fills the job and employer of the person it introduces', () => {
    const people = read(`<main><article><h1>Quarterly notes</h1>
      <p>We spoke with Ilse Marwood, the Head of Partnerships at Northwind Freight, about the new routes.</p>
      <div class="author"><h3>Ilse Marwood</h3><a href="https://www.linkedin.com/in/ilse-marwood/">LinkedIn</a></div>
      </article></main>`);
    expect(people.find((p) => p.name === 'Ilse Marwood')).toMatchObject({
      title: 'Head of Partnerships',
      company: 'Northwind Freight',
    });
  });

  it.each([
    ['a past job', 'We spoke with Ilse Marwood, the former Head of Partnerships at Northwind Freight, about routes.'],
    [
      'a work, not an employer',
      'Ilse Marwood is the author of Quiet Rooms, a novel about lighthouses and their keepers.',
    ],
  ])('%s fills nothing: "%s"', (_case, sentence) => {
    const people = read(`<main><article><p>${sentence}</p>
      <div class="author"><h3>Ilse Marwood</h3><p>Boston, MA</p><a href="https://www.linkedin.com/in/ilse-marwood/">LinkedIn</a></div>
      </article></main>`);
    expect(people.find((p) => p.name === 'Ilse Marwood')).toMatchObject({ title: '', company: '' });
  });
});
