import { describe, expect, it } from 'vitest';
import { identityKeys } from '../../../lib/crm/lead-keys';
import { findSuppression, forgottenOn, suppressionKeysOf } from '../../../lib/crm/suppression';
import type { Suppression } from '../../../lib/model/privacy';

const person = (p: { emails?: string[]; urls?: string[]; fullName?: string; company?: string }) =>
  identityKeys({ emails: p.emails ?? [], urls: p.urls ?? [], fullName: p.fullName ?? '', company: p.company ?? '' });

describe('suppressionKeysOf', () => {
  it.each([
    ['a normalised email', person({ emails: ['Ada.Lovelace+crm@GMAIL.com'] }), ['email:adalovelace@gmail.com']],
    [
      'email and canonical profile',
      person({ emails: ['ada@acme.example'], urls: ['https://www.linkedin.com/in/Ada-Lovelace/?trk=x'] }),
      ['email:ada@acme.example', 'profile:linkedin:ada-lovelace'],
    ],
    [
      'name + company only when there is nothing better',
      person({ fullName: 'Ada Lovelace', company: 'Acme Ltd' }),
      ['name:ada lovelace|acme'],
    ],
    [
      'no name key beside an email',
      person({ emails: ['ada@acme.example'], fullName: 'Ada Lovelace', company: 'Acme' }),
      ['email:ada@acme.example'],
    ],
    ['nothing for nobody', person({}), []],
  ])('%s', (_name, keys, expected) => {
    expect(suppressionKeysOf(keys).map((k) => `${k.kind}:${k.key}`)).toEqual(expected);
  });
});

describe('findSuppression', () => {
  const at = (key: string, kind: Suppression['kind'], forgottenAt: number): [string, Suppression] => [
    key,
    { key, kind, forgottenAt, reason: '' },
  ];
  const list = new Map([
    at('ada@acme.example', 'email', 200),
    at('linkedin:ada-lovelace', 'profile', 100),
    at('grace hopper|navy', 'name', 300),
  ]);
  it.each<[string, ReturnType<typeof person>, number | undefined]>([
    ['by email, in another spelling', person({ emails: ['ADA@acme.example'] }), 200],
    ['by profile link alone', person({ urls: ['https://linkedin.com/in/ada-lovelace'] }), 100],
    [
      'the earliest when several keys match',
      person({ emails: ['ada@acme.example'], urls: ['https://linkedin.com/in/ada-lovelace'] }),
      100,
    ],
    ['by name + company', person({ fullName: 'Grace Hopper', company: 'Navy' }), 300],
    ['not someone else', person({ emails: ['ada@other.example'], fullName: 'Ada', company: 'Other' }), undefined],
  ])('%s', (_name, keys, expected) => {
    expect(findSuppression(keys, list)?.forgottenAt).toBe(expected);
  });

  it('says the date in words', () => {
    expect(forgottenOn(Date.UTC(2026, 2, 3, 10))).toBe('forgotten on 3 March 2026');
  });
});
