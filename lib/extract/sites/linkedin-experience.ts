import { visibleText, withoutDecoration } from './site-text';

export interface CurrentPosition {
  title: string;
  company: string;
}

// The visible copy of each line; LinkedIn pairs it with a screen-reader copy.
const LINE = 'span[aria-hidden="true"]';
// One experience entry: the data-view-name hook where LinkedIn renders it, list items in older layouts.
const ENTITY_TIERS = [
  '[data-view-name="profile-component-entity"]',
  'li.pvs-list__paged-list-item, li.artdeco-list__item',
];
const ONGOING = /\b(present|heute|aujourd|actualidad|presente|attuale|heden|obecnie|hoje)\b/i;
const DATES = /\b(19|20)\d{2}\b|\bpresent\b/i;

function ownLines(entity: Element, entitySelector: string): string[] {
  return [...entity.querySelectorAll(LINE)]
    .filter((line) => line.parentElement?.closest(entitySelector) === entity)
    .map((line) => visibleText(line))
    .filter(Boolean);
}

/**
 * The role the member holds now, from the first entry of their Experience section,
 * read only when that entry is still running ("Sep 2023 - Present"): a headline
 * is often a slogan, the experience entry is the job.
 */
export function currentPosition(main: ParentNode): CurrentPosition | undefined {
  const section = main.querySelector('#experience')?.closest('section');
  if (!section) return emberPosition(main);
  const entity = ENTITY_TIERS.find((selector) => section?.querySelector(selector));
  const first = entity ? section?.querySelector(entity) : undefined;
  if (!entity || !first) return undefined;
  const nested = first.querySelector(entity);
  if (nested) {
    // One company, several roles: the company heads the group, the newest role comes first inside it.
    const [company = ''] = ownLines(first, entity);
    const roleLines = ownLines(nested, entity);
    const [title = ''] = roleLines;
    if (!roleLines.some((l) => ONGOING.test(l))) return undefined;
    return tidy(title, company);
  }
  const lines = ownLines(first, entity);
  const dates = lines.find((l) => DATES.test(l)) ?? '';
  if (!ONGOING.test(dates)) return undefined;
  const [title = '', employerLine = ''] = lines;
  // "꩜Substrate · Full-time": the employment type rides along after a middle dot.
  const company = DATES.test(employerLine) ? '' : (employerLine.split(' · ')[0] ?? '');
  return tidy(title, company);
}

function tidy(title: string, company: string): CurrentPosition | undefined {
  const t = withoutDecoration(title);
  return t ? { title: t, company: withoutDecoration(company) } : undefined;
}

/** The 2018 (Ember) layout: `#experience-section` entries with their own title, company and date classes. */
function emberPosition(main: ParentNode): CurrentPosition | undefined {
  const first = main.querySelector(
    '#experience-section li.pv-position-entity, .experience-section li.pv-position-entity',
  );
  if (!first) return undefined;
  const dates = visibleText(first.querySelector('.pv-entity__date-range'));
  if (!ONGOING.test(dates)) return undefined;
  const title = visibleText(first.querySelector('.pv-entity__summary-info h3'));
  return tidy(title, visibleText(first.querySelector('.pv-entity__secondary-title')));
}
