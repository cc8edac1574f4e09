import { describe, expect, it } from 'vitest';
import { unshoutName, unshoutPhrase } from '../../../lib/person/unshout';

describe('text a page prints in capitals', () => {
  it.each([
    ['MARCUS ELLINGTON', 'Marcus Ellington'],
    ["SEÁN O'BRIEN", "Seán O'Brien"],
    ['JUNE TAKAHASHI-REYES', 'June Takahashi-Reyes'],
    ['LUDWIG VAN BEETHOVEN', 'Ludwig van Beethoven'],
    ['ANGUS MCDONALD', 'Angus McDonald'],
    ['JAMES WHITCOMBE III', 'James Whitcombe III'],
    ['OLUWASEUN ADEYEMI JR.', 'Oluwaseun Adeyemi Jr.'],
    // Written with any lower-case letter: the writer's choice, kept.
    ['danah boyd', 'danah boyd'],
    ['Jane DOE', 'Jane DOE'],
  ])('name %s → %s', (shouted, written) => expect(unshoutName(shouted)).toBe(written));

  it.each([
    ['CHIEF INVESTMENT OFFICER', 'Chief Investment Officer'],
    ['VP OF SALES, EMEA', 'VP of Sales, EMEA'],
    ['SVP & CFO', 'SVP & CFO'],
    ['HEAD OF R&D', 'Head of R&D'],
    ['ACME ROBOTICS GMBH', 'Acme Robotics GmbH'],
    ['ORCHARD CAPITAL LLC', 'Orchard Capital LLC'],
    ['IBM', 'IBM'],
    ['Director of Sales', 'Director of Sales'],
  ])('job or firm %s → %s', (shouted, written) => expect(unshoutPhrase(shouted)).toBe(written));
});
