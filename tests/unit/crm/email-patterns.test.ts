import { describe, expect, it } from 'vitest';
import {
  type EmailPattern,
  guessBasis,
  type KnownPerson,
  learnEmailPatterns,
  patternsOf,
  suggestEmail,
} from '../../../lib/crm/email-patterns';

const person = (fullName: string, email: string): KnownPerson => ({ fullName, emails: [email] });

describe('patternsOf', () => {
  it.each<[string, string, EmailPattern[]]>([
    ['Jane Doe', 'jane.doe@acme.example', ['first.last']],
    ['Jane Doe', 'jdoe@acme.example', ['flast']],
    ['Jane Doe', 'jane@acme.example', ['first']],
    ['Jane Doe', 'janed@acme.example', ['firstl']],
    ['Jane Doe', 'jane_doe@acme.example', ['first_last']],
    ['Jane Doe', 'doe.jane@acme.example', ['last.first']],
    ['Jane Doe', 'J.Doe@Acme.example', ['f.last']],
    ['Jane Doe', 'sales@acme.example', []],
    // diacritics fold the way address systems fold them
    ['José Álvarez', 'jose.alvarez@acme.example', ['first.last']],
    ['Søren Kierkegaard', 'skierkegaard@acme.example', ['flast']],
    ['Jürgen Groß', 'jurgen.gross@acme.example', ['first.last']],
    // particles: written joined, hyphenated, or dropped
    ['Ludwig van Beethoven', 'ludwig.vanbeethoven@acme.example', ['first.last']],
    ['Ludwig van Beethoven', 'lbeethoven@acme.example', ['flast']],
    ['Ludwig van Beethoven', 'lvan@acme.example', []],
    // hyphens: kept, dropped, or only one half
    ['Mary Smith-Jones', 'mary.smith-jones@acme.example', ['first.last']],
    ['Mary Smith-Jones', 'msmithjones@acme.example', ['flast']],
    ['Mary Smith-Jones', 'mary.jones@acme.example', ['first.last']],
    ['Jean-Pierre Dupont', 'jeanpierre.dupont@acme.example', ['first.last']],
    ["Seán O'Brien", 'sean.obrien@acme.example', ['first.last']],
    // plus tags are the person's own
    ['Jane Doe', 'jane.doe+crm@acme.example', ['first.last']],
  ])('%s <%s> → %j', (name, email, shapes) => {
    expect(patternsOf({ fullName: name }, email)).toEqual(shapes);
  });
});

describe('learnEmailPatterns and suggestEmail', () => {
  it('suggests the dominant shape with its support: "based on 4 of 5 people"', () => {
    const learned = learnEmailPatterns([
      person('Jane Doe', 'jane.doe@acme.com'),
      person('Kwame Mensah', 'kwame.mensah@acme.com'),
      person('Li Wei', 'li.wei@acme.com'),
      person('Ana Costa', 'ana.costa@acme.com'),
      person('Tom Baker', 'tbaker@acme.com'),
    ]);
    const guess = suggestEmail({ fullName: 'Priya Raman' }, 'acme.com', learned);
    expect(guess).toMatchObject({
      email: 'priya.raman@acme.com',
      pattern: 'first.last',
      support: 4,
      people: 5,
      tied: false,
    });
    expect(guess && guessBasis(guess)).toBe('likely — based on 4 of 5 people at acme.com');
  });

  it('a domain with two patterns: the better supported wins, the other stays known', () => {
    const learned = learnEmailPatterns([
      person('Jane Doe', 'jdoe@globex.example'),
      person('Kwame Mensah', 'kmensah@globex.example'),
      person('Li Wei', 'li.wei@globex.example'),
    ]);
    expect(learned.get('globex.example')?.patterns).toEqual([
      { pattern: 'flast', support: 2 },
      { pattern: 'first.last', support: 1 },
    ]);
    expect(suggestEmail({ firstName: 'Ana', lastName: 'Costa' }, 'globex.example', learned)?.email).toBe(
      'acosta@globex.example',
    );
  });

  it('a tie goes to the more common shape, and says it is a tie', () => {
    const learned = learnEmailPatterns([
      person('Jane Doe', 'doe.jane@initech.example'),
      person('Li Wei', 'lwei@initech.example'),
    ]);
    const guess = suggestEmail({ fullName: 'Ana Costa' }, 'initech.example', learned);
    expect(guess).toMatchObject({
      email: 'acosta@initech.example',
      pattern: 'flast',
      support: 1,
      people: 2,
      tied: true,
    });
  });

  it('never guesses an address someone at the company already has', () => {
    const learned = learnEmailPatterns([
      person('John Smith', 'jsmith@acme.com'),
      person('Li Wei', 'lwei@acme.com'),
      person('Ana Costa', 'ana.costa@acme.com'),
    ]);
    // Jane Smith's flast would be John's address: the next shape is offered instead.
    expect(suggestEmail({ fullName: 'Jane Smith' }, 'acme.com', learned)?.email).toBe('jane.smith@acme.com');
  });

  it('guesses diacritics and particles the way the company writes them', () => {
    const learned = learnEmailPatterns([person('Zoë Müller', 'zoe.muller@acme.de')]);
    expect(suggestEmail({ fullName: 'Renée de la Cruz' }, 'acme.de', learned)?.email).toBe('renee.delacruz@acme.de');
  });

  it('guesses hyphenated names with the hyphen dropped, as most address systems write them', () => {
    const dotted = learnEmailPatterns([person('Zoë Müller', 'zoe.muller@acme.de')]);
    expect(suggestEmail({ fullName: 'Mary Smith-Jones' }, 'acme.de', dotted)?.email).toBe('mary.smithjones@acme.de');
    expect(suggestEmail({ fullName: 'Jean-Pierre Dupont' }, 'acme.de', dotted)?.email).toBe(
      'jeanpierre.dupont@acme.de',
    );
    const initial = learnEmailPatterns([person('Zoë Müller', 'zmuller@acme.de')]);
    expect(suggestEmail({ fullName: 'Mary Smith-Jones' }, 'acme.de', initial)?.email).toBe('msmithjones@acme.de');
    // A double first name gives its first initial only.
    expect(suggestEmail({ fullName: 'Jean-Pierre Dupont' }, 'acme.de', initial)?.email).toBe('jdupont@acme.de');
  });

  it('learns nothing from free-mail addresses, and guesses nothing without a name or a known colleague', () => {
    const learned = learnEmailPatterns([person('Jane Doe', 'jane.doe@gmail.com')]);
    expect(learned.size).toBe(0);
    expect(suggestEmail({ fullName: 'Ana Costa' }, 'gmail.com', learned)).toBeUndefined();
    const acme = learnEmailPatterns([person('Jane Doe', 'jane.doe@acme.com')]);
    expect(suggestEmail({ fullName: 'Ana Costa' }, 'other.com', acme)).toBeUndefined();
    expect(suggestEmail({ fullName: 'Madonna' }, 'acme.com', acme)).toBeUndefined();
  });

  it('counts a person once per address, and people whose address fits no shape still count as seen', () => {
    const learned = learnEmailPatterns([
      person('Jane Doe', 'jane.doe@acme.com'),
      person('Kwame Mensah', 'km1984@acme.com'),
    ]);
    const guess = suggestEmail({ fullName: 'Li Wei' }, 'acme.com', learned);
    expect(guess && guessBasis(guess)).toBe('likely — based on 1 of 2 people at acme.com');
  });
});
