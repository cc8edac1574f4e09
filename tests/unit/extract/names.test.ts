import { describe, expect, it } from 'vitest';
import { parseName } from '../../../lib/person/parse-name';

const parts = (name: string) => {
  const p = parseName(name);
  return [p.title, p.first, p.middle, p.last, p.suffix, p.nickname, p.pronouns];
};

describe('name parser', () => {
  it.each([
    ['Dr. Maria van der Berg, MBA', ['Dr.', 'Maria', '', 'van der Berg', 'MBA', '', '']],
    ['Berg, Maria van der', ['', 'Maria', '', 'van der Berg', '', '', '']],
    ['Prof. José de la Cruz y Ortega', ['Prof.', 'José', '', 'de la Cruz y Ortega', '', '', '']],
    ['Jane Doe (she/her)', ['', 'Jane', '', 'Doe', '', '', 'she/her']],
    ['Jane Doe (She/Her), CPA', ['', 'Jane', '', 'Doe', 'CPA', '', 'She/Her']],
    ['Robert "Bob" Smith Jr., PhD', ['', 'Robert', '', 'Smith', 'Jr., PhD', 'Bob', '']],
    ['Smith, John A., III', ['', 'John', 'A.', 'Smith', 'III', '', '']],
    ['Priya Raman 🚀', ['', 'Priya', '', 'Raman', '', '', '']],
    ['Ms. Ana María Gómez Ruiz', ['Ms.', 'Ana', 'María Gómez', 'Ruiz', '', '', '']],
    ['Cher', ['', 'Cher', '', '', '', '', '']],
  ])('%s', (name, expected) => {
    expect(parts(name)).toEqual(expected);
  });

  it('gives the natural order of a "Last, First" name', () => {
    expect(parseName('Okafor, Jonas, MBA').fullName).toBe('Jonas Okafor MBA');
    expect(parseName('Jonas Okafor').fullName).toBe('Jonas Okafor');
  });

  it('takes words in and out of its lists on request', () => {
    expect(parseName('Doc Emmett Brown', { extraTitles: ['Doc'] }).title).toBe('Doc');
    expect(parseName('William De La Cruz', { ignoreParticles: ['De'] }).last).toBe('La Cruz');
  });
});
