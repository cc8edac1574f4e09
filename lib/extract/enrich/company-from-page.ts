import type { Candidate } from '../../model/candidate';
import { companyDomainFromEmail, foldText } from '../../person/lead-identity';
import { onAdapterSite } from '../sites/site-address';
import { pageCompany, siteBrand } from '../sites/team-page';

const SOURCE = 'page-company';

/**
 * The organisation whose own people the page lists (its team, staff or faculty page, named by its
 * site name or its title's brand), '' on any other page and on the networks' own sites, whose pages
 * list people of every company.
 */
export function organisationOfPage(document: Document, url: URL): string {
  return onAdapterSite(document, url) ? '' : pageCompany(document, url);
}

/**
 * A person on an organisation's own team page works there, whichever source found them (a card, a
 * profile link named by its heading): they get the organisation as company when nothing stated one.
 */
export function fillCompanyFromPage(organisation: string): (c: Candidate) => Candidate {
  return (c) => {
    if (!organisation || c.company || !c.fullName) return c;
    // A page named after the person (a consultant's own "About" page) is not their employer.
    if (foldText(organisation) === foldText(c.fullName.value)) return c;
    return { ...c, company: { value: organisation, confidence: 0.35, source: SOURCE } };
  };
}

/** "www.tallis.example" and "tallis.example" are one site; "mail.google.com" is not "google.com"'s people. */
function sameSite(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return domain !== '' && (h === domain || h.endsWith(`.${domain}`));
}

/**
 * The organisation whose site a page is, for the people there with an address at the site's own domain
 * ("marisol@tallis.example" on tallis.example/contact): they work for it, and the site names it better
 * than its domain does ("Tallis Robotics", not "Tallis"). Not on the networks' own sites.
 */
export function organisationOfSite(document: Document, url: URL): { name: string; host: string } | undefined {
  if (onAdapterSite(document, url)) return undefined;
  const name = siteBrand(document);
  return name ? { name, host: url.hostname } : undefined;
}

export function fillCompanyFromSite(site: { name: string; host: string } | undefined): (c: Candidate) => Candidate {
  return (c) => {
    if (!site || c.company) return c;
    if (c.fullName && foldText(site.name) === foldText(c.fullName.value)) return c;
    const own = c.emails.some((e) => sameSite(site.host, companyDomainFromEmail(e.value)));
    return own ? { ...c, company: { value: site.name, confidence: 0.35, source: SOURCE } } : c;
  };
}
