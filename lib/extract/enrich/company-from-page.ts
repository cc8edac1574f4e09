import type { Candidate } from '../../model/candidate';
import { foldText } from '../../person/lead-identity';
import { onAdapterSite } from '../sites/site-address';
import { pageCompany } from '../sites/team-page';

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
