import { describe, expect, it } from 'vitest';
import { firstClaim, roleAtCompany } from '../../../../lib/extract/sites/headline';
import { namesAJob } from '../../../../lib/extract/sites/job-words';
import { siteAddress } from '../../../../lib/extract/sites/site-address';
import { withoutDecoration } from '../../../../lib/extract/sites/site-text';
import { htmlDocument } from '../../helpers';

describe('reading headlines and role lines', () => {
  it.each([
    ['VP of Sales at Fabrikam Robotics', { title: 'VP of Sales', company: 'Fabrikam Robotics' }],
    ['Co-Founder @ Contoso', { title: 'Co-Founder', company: 'Contoso' }],
    ['co-founder @ Acme ꩜', { title: 'co-founder', company: 'Acme' }],
    ['Partner at HOF-like Capital | Angel', undefined],
    ['Helping B2B teams close faster', undefined],
    ['Head of Sales at a company that sells things to other companies.', undefined],
  ])('%j → %j', (line, expected) => {
    expect(roleAtCompany(line)).toEqual(expected);
  });

  it.each([
    ['Founder & CEO, Vandelay Industries', { title: 'Founder & CEO', company: 'Vandelay Industries' }],
    // "CEO" after the comma is a second job, not an employer.
    ['Co-Founder, CEO', undefined],
    ['VP, Sales', undefined],
  ])('with commas allowed (team cards): %j → %j', (line, expected) => {
    expect(roleAtCompany(line, { allowComma: true })).toEqual(expected);
  });

  it.each([
    ['Data Scientist @ Contoso | ex-PhD', 'Data Scientist @ Contoso'],
    ['Chief Revenue Officer · Oslo', 'Chief Revenue Officer'],
    ['Account Executive', 'Account Executive'],
  ])('first claim of %j is %j', (line, claim) => {
    expect(firstClaim(line)).toBe(claim);
  });

  it.each([
    ['⌨︎Ada Example', 'Ada Example'],
    ['꩜Substrate', 'Substrate'],
    ['Jane Doe 🚀', 'Jane Doe'],
    ['Madeleine N.', 'Madeleine N.'],
    ['Johnson & Johnson', 'Johnson & Johnson'],
    ['C++ Engineer', 'C++ Engineer'],
  ])('withoutDecoration(%j) = %j', (shown, stored) => {
    expect(withoutDecoration(shown)).toBe(stored);
  });

  it.each([
    ['VP of Sales', true],
    ['Sales Development Representative', true],
    ['Co-Founder', true],
    ['Winning Back Churned Accounts', false],
    ['See which deals stalled this week.', false],
  ])('namesAJob(%j) = %s', (line, job) => {
    expect(namesAJob(line)).toBe(job);
  });
});

describe('which address an adapter judges a page by', () => {
  const onLinkedIn = (host: string) => host.endsWith('linkedin.com');
  const saved = htmlDocument('<link rel="canonical" href="https://www.linkedin.com/in/ada-example/">');

  it.each([
    [
      'the tab’s own address when it is on the site (a stale canonical link is ignored)',
      'https://www.linkedin.com/in/other/',
      'https://www.linkedin.com/in/other/',
    ],
  ])('%s', (_case, url, expected) => {
    expect(siteAddress(saved, new URL(url), onLinkedIn)?.href).toBe(expected);
  });

  it('never the address a copy served from elsewhere declares: the page cannot claim to be a profile (issue #15)', () => {
    expect(siteAddress(saved, new URL('http://127.0.0.1:4173/page.html'), onLinkedIn)).toBeUndefined();
  });

  it('no address when neither the tab nor the page names the site', () => {
    expect(siteAddress(htmlDocument('<p>hi</p>'), new URL('https://example.com/in/x'), onLinkedIn)).toBeUndefined();
  });
});
