import { describe, expect, it } from 'vitest';
import { salesNavigatorExtractor } from '../../../../lib/extract/sites/sales-navigator';
import { htmlDocument } from '../../helpers';
import { fixturePage, mentionsViewer, row, servedLocally } from './fixture-page';

const extract = (doc: Document, url: string | URL) =>
  salesNavigatorExtractor.extract(doc, typeof url === 'string' ? new URL(url) : url);

// Sales Navigator lead search, as it renders one result (written for LeadClip, modelled on the real markup).
const SEARCH_RESULTS = `<!doctype html><html><head><meta charset="utf-8"><title>Sales Navigator</title></head><body>
  <header role="banner"><button data-control-name="user_menu"><span data-anonymize="person-name">Viola Vantage</span></button></header>
  <main><ol class="artdeco-list">
    <li class="artdeco-list__item pl3 pv3"><div data-x-search-result="LEAD"><div class="artdeco-entity-lockup">
      <div class="artdeco-entity-lockup__title"><a href="/sales/lead/ACwAAAB1,NAME_SEARCH,q1?_ntb=z" data-control-name="view_lead_panel_via_search_lead_name"><span data-anonymize="person-name">Nils Kowalczyk</span></a></div>
      <div class="artdeco-entity-lockup__subtitle"><span data-anonymize="title">Director of Procurement</span>
        <span class="separator--middot"></span><a href="/sales/company/77" data-anonymize="company-name">Woodgrove Bank</a></div>
      <div class="artdeco-entity-lockup__caption"><span data-anonymize="location">Zurich, Switzerland</span></div>
    </div></div></li>
    <li class="artdeco-list__item pl3 pv3"><div data-x-search-result="LEAD"><div class="artdeco-entity-lockup">
      <div class="artdeco-entity-lockup__title"><a href="/sales/lead/ACwAAAB2,NAME_SEARCH,q2"><span data-anonymize="person-name">Odile Ibarra</span></a></div>
      <div class="artdeco-entity-lockup__subtitle"><span data-anonymize="title">Head of IT at Tailspin Toys</span></div>
    </div></div></li>
  </ol></main></body></html>`;

describe('Sales Navigator lead lists and lead search', () => {
  it('a copy on another host that claims the list address gives nobody: the tab decides (issue #15)', () => {
    expect(extract(fixturePage('sales-navigator-list.html'), servedLocally('sales-navigator-list.html'))).toEqual([]);
  });

  it.each([
    [
      'lead list on linkedin.com',
      'https://www.linkedin.com/sales/lists/people/7254810093457641472?sortCriteria=CREATED_TIME',
    ],
  ])('%s: every lead, name/title/company/place, /sales/lead/ URL kept', (_case, url) => {
    const leads = extract(fixturePage('sales-navigator-list.html'), url);
    expect(leads).toHaveLength(15);
    expect(leads.filter(mentionsViewer)).toEqual([]);
    expect(row(leads[0])).toEqual({
      name: 'Jasper Castellanos',
      title: 'VP of Sales',
      company: 'Woodgrove Bank',
      location: 'Berlin, Germany',
      url: 'https://www.linkedin.com/sales/lead/ACwAAARSDemo0,NAME_SEARCH,x0',
    });
    expect(row(leads[14])).toEqual({
      name: 'Bastian Castellanos',
      title: 'Customer Success Lead',
      company: 'Tailspin Toys',
      location: 'Lisbon, Portugal',
      url: 'https://www.linkedin.com/sales/lead/ACwAAAS6Demo14,NAME_SEARCH,x14',
    });
    for (const lead of leads)
      expect(lead.urls?.[0]?.value).toMatch(/^https:\/\/www\.linkedin\.com\/sales\/lead\/[^?]+$/);
  });

  it('lead search: each result; a title that names the company is split', () => {
    const leads = extract(
      htmlDocument(SEARCH_RESULTS),
      'https://www.linkedin.com/sales/search/people?query=(spellCorrectionEnabled%3Atrue)',
    );
    expect(leads.map(row)).toEqual([
      {
        name: 'Nils Kowalczyk',
        title: 'Director of Procurement',
        company: 'Woodgrove Bank',
        location: 'Zurich, Switzerland',
        url: 'https://www.linkedin.com/sales/lead/ACwAAAB1,NAME_SEARCH,q1',
      },
      {
        name: 'Odile Ibarra',
        title: 'Head of IT',
        company: 'Tailspin Toys',
        location: undefined,
        url: 'https://www.linkedin.com/sales/lead/ACwAAAB2,NAME_SEARCH,q2',
      },
    ]);
  });

  it.each([
    ['the Sales Navigator home', 'https://www.linkedin.com/sales/home'],
    ['an account list', 'https://www.linkedin.com/sales/lists/company/123'],
    ['another site', 'https://example.com/sales/lists/people/1'],
  ])('%s gives no leads', (_case, url) => {
    expect(extract(htmlDocument(SEARCH_RESULTS), url)).toEqual([]);
  });
});
