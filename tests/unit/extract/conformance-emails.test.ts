import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emailFromMailto, findEmails } from '../../../lib/extract/contacts/emails';
import { findPhoneNumbers, phoneFromHref } from '../../../lib/extract/contacts/phones';
import { findProfileUrls, profileUrlFrom } from '../../../lib/extract/contacts/social';
import { extractLeads } from '../../../lib/extract/extract-leads';
import { emailTextExtractor } from '../../../lib/extract/sources/email-text';
import { linksExtractor } from '../../../lib/extract/sources/links';
import { mailtoExtractor } from '../../../lib/extract/sources/mailto';
import { phoneTextExtractor } from '../../../lib/extract/sources/phone-text';
import type { CandidateInput } from '../../../lib/model/candidate';
import { canonicalProfileKey } from '../../../lib/person/lead-identity';
import { htmlDocument } from '../helpers';
import { describeShared, vendoredCorpus } from './fixtures-dir';

/**
 * Email and social-profile cases from email scrapers' own tests.
 *
 * email_cases.json goes through the whole extraction (extractLeads) on a page
 * made of the case's input; the addresses are compared as a set, case-folded:
 * LeadClip keeps each address once and stores it lower-cased.
 *
 * crawlee_social_cases.json checks the finders one by one, for the networks
 * LeadClip records as people (LinkedIn, X/Twitter); the Instagram, Facebook,
 * YouTube, TikTok, Pinterest and Discord cases are not registered. Numbers in
 * running text without a "Phone"/"Tel" label (crawlee's "phonesUncertain") are
 * not taken from a page, so only phone links are compared there.
 */

const PAGE = 'https://example.com/contact';

function page(kind: string, input: string): Document {
  if (kind !== 'text') return htmlDocument(input);
  const doc = htmlDocument('<!doctype html><html><body></body></html>');
  doc.body.textContent = input;
  return doc;
}

const lower = (list: readonly string[]) => [...new Set(list.map((e) => e.toLowerCase()))].sort();

/**
 * Where crawlee's anchored profile regexes and LeadClip mean different things
 * (crawlee's own parseHandlesFromHtml sides with LeadClip on sub-pages: it takes
 * "carl-newman" from ".../in/carl-newman/ignored-sub-link").
 */
const PROFILE_SEMANTICS: Readonly<Record<string, string>> = {
  'https://www.linkedin.com/company/delegatus': 'a company page is no person',
  'https://linkedin.com/in/bobnewman/sub-page': "a link to a profile's sub-page names the profile",
  'https://www.linkedin.com/in/bobnewman/?param=bla': 'a query does not change whose profile it is',
  'https://www.twitter.com/apify/sub-page': "a link to a profile's sub-page names the profile",
  'https://www.twitter.com/apify?param=bla': 'a query does not change whose profile it is',
};

const OUR_NETWORKS = /^(EMAIL|LINKEDIN|TWITTER)_/;

type EmailCase = {
  id: string;
  category: string;
  license: string;
  input_kind: string;
  input: string;
  expected_emails: string[];
};
const readJson = <T>(dir: string, file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;

function emailCases(title: string, cases: readonly EmailCase[]): void {
  describe(title, () => {
    it.each(cases.map((c) => [`${c.id} ${c.category}`, c] as const))('%s', (_name, c) => {
      const people = extractLeads(page(c.input_kind, c.input), PAGE);
      expect(lower(people.flatMap((p) => p.emails.map((e) => e.value)))).toEqual(lower(c.expected_emails));
    });
  });
}

emailCases(
  'emails: email_cases.json (MIT and Apache-2.0 cases) through extractLeads',
  readJson<{ cases: EmailCase[] }>(vendoredCorpus('emails-mit-apache'), 'email_cases.json').cases,
);

describeShared(
  'emails',
  'emails: the GPL-2.0 spamspan cases',
  'their GPL-2.0 licence does not allow vendoring',
  (dir) => {
    const gpl = readJson<{ cases: EmailCase[] }>(dir, 'email_cases.json').cases.filter((c) =>
      c.license.startsWith('GPL'),
    );
    emailCases('emails: email_cases.json (GPL-2.0 cases) through extractLeads', gpl);
  },
);

type Social = {
  emailsFromText: Array<{ input: string; expected: string[] }>;
  phonesFromText: Array<{ input: string; expected: string[] }>;
  emailsFromUrls: Array<{ input: unknown[]; expected: string[] }>;
  phonesFromUrls: Array<{ input: unknown[]; expected: string[] }>;
  parseHandlesFromHtml: Array<{ input_html: string; expected: Record<string, string[]>; match: string }>;
  regex_test: Array<{ regex: string; input: string; should_match_whole_string: boolean }>;
  regex_username_group: Array<{ regex: string; input: string; expected_group1: string }>;
  regex_global_match: Array<{ regex: string; input: string; expected_matches: string[] | null }>;
};
const social = readJson<Social>(vendoredCorpus('emails-crawlee'), 'crawlee_social_cases.json');
const strings = (list: unknown[]) => list.filter((x): x is string => typeof x === 'string');

describe('crawlee: finders', () => {
  it.each(social.emailsFromText.map((c, i) => [i, c] as const))('emailsFromText #%i', (_i, c) => {
    expect(findEmails(c.input).map((f) => f.email)).toEqual(c.expected);
  });
  it.each(social.phonesFromText.map((c, i) => [i, c] as const))('phonesFromText #%i', (_i, c) => {
    expect(findPhoneNumbers(c.input).map((f) => f.phone)).toEqual(c.expected);
  });
  it.each(social.emailsFromUrls.map((c, i) => [i, c] as const))('emailsFromUrls #%i', (_i, c) => {
    expect(strings(c.input).map(emailFromMailto).filter(Boolean)).toEqual(c.expected);
  });
  it.each(social.phonesFromUrls.map((c, i) => [i, c] as const))('phonesFromUrls #%i', (_i, c) => {
    expect(strings(c.input).map(phoneFromHref).filter(Boolean)).toEqual(c.expected);
  });
});

describe('crawlee: parseHandlesFromHtml, the page-level harvest', () => {
  const cases = social.parseHandlesFromHtml.filter((c) => c.match === 'toEqual');
  const harvest = (html: string): CandidateInput[] => {
    const doc = htmlDocument(html);
    const url = new URL(PAGE);
    return [mailtoExtractor, emailTextExtractor, linksExtractor, phoneTextExtractor].flatMap((e) =>
      e.extract(doc, url),
    );
  };
  const keys = (urls: readonly string[], network: string) =>
    [...new Set(urls.map(canonicalProfileKey).filter((k) => k.startsWith(`${network}:`)))].sort();
  it.each(cases.map((c, i) => [i, c] as const))('page #%i', (_i, c) => {
    const found = harvest(c.input_html);
    const urls = found.flatMap((f) => (f.urls ?? []).map((u) => u.value));
    expect(lower(found.flatMap((f) => (f.emails ?? []).map((e) => e.value)))).toEqual(lower(c.expected.emails ?? []));
    expect([...new Set(found.flatMap((f) => (f.phones ?? []).map((p) => p.value)))].sort()).toEqual(
      [...(c.expected.phones ?? [])].sort(),
    );
    const expectedUrls = [...(c.expected.linkedIns ?? []), ...(c.expected.twitters ?? [])].map(profileUrlFrom);
    expect(keys(urls, 'linkedin')).toEqual(keys(expectedUrls, 'linkedin'));
    expect(keys(urls, 'x')).toEqual(keys(expectedUrls, 'x'));
  });
});

describe('crawlee: profile URLs and addresses, whole strings', () => {
  const ours = social.regex_test.filter((c) => OUR_NETWORKS.test(c.regex) && !PROFILE_SEMANTICS[c.input]);
  it.each(ours.map((c) => [`${c.regex} ${JSON.stringify(c.input)}`, c] as const))('%s', (_name, c) => {
    if (c.regex.startsWith('EMAIL')) {
      const found = findEmails(c.input);
      expect(found.length === 1 && found[0]?.email === c.input).toBe(c.should_match_whole_string);
    } else {
      expect(profileUrlFrom(c.input) !== '').toBe(c.should_match_whole_string);
    }
  });

  const handles = social.regex_username_group.filter((c) => OUR_NETWORKS.test(c.regex));
  it.each(handles.map((c) => [`${c.regex} ${c.input}`, c] as const))('%s names its handle', (_name, c) => {
    const network = c.regex.startsWith('LINKEDIN') ? 'linkedin' : 'x';
    expect(canonicalProfileKey(profileUrlFrom(c.input))).toBe(`${network}:${c.expected_group1.toLowerCase()}`);
  });

  const global = social.regex_global_match.filter((c) => OUR_NETWORKS.test(c.regex));
  it.each(global.map((c) => [`${c.regex} ${JSON.stringify(c.input)}`, c] as const))('%s (global)', (_name, c) => {
    const found = c.regex.startsWith('EMAIL')
      ? findEmails(c.input).map((f) => f.email)
      : findProfileUrls(c.input).map((f) => f.url);
    expect(found).toEqual(c.expected_matches ?? []);
  });
});
