/**
 * A lead keeps its location as the page wrote it ("Berlin, Germany",
 * "Austin, TX 78701, USA"). CRMs want city, region, postal code and country
 * apart, so exports split it: the first part is the city, the last the
 * country, what lies between the region; a US state or Canadian province
 * code as the last of two parts is a region. Postal codes are taken out of
 * the part they sit in ("10115 Berlin", "TX 78701").
 */

export interface LocationParts {
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

const REGION_CODES = new Set(
  (
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA ' +
    'RI SC SD TN TX UT VT VA WA WV WI WY DC AB BC MB NB NL NS NT NU ON PE QC SK YT'
  ).split(' '),
);

const POSTAL_FIRST = /^(\d{4,5}(?:-\d{4})?)\s+(.+)$/;
const POSTAL_LAST = /^(.+?)\s+(\d{4,5}(?:-\d{4})?)$/;
const POSTAL_ONLY = /^\d{4,5}(?:-\d{4})?$/;

const EMPTY: LocationParts = { city: '', region: '', postalCode: '', country: '' };

export function splitLocation(location: string): LocationParts {
  const raw = location.trim();
  if (raw === '') return EMPTY;
  let postalCode = '';
  const parts: string[] = [];
  for (const piece of raw.split(',')) {
    let p = piece.trim();
    if (p === '') continue;
    if (!postalCode) {
      const first = p.match(POSTAL_FIRST);
      const last = first ? null : p.match(POSTAL_LAST);
      if (first) {
        postalCode = first[1] ?? '';
        p = first[2] ?? '';
      } else if (last) {
        postalCode = last[2] ?? '';
        p = last[1] ?? '';
      } else if (POSTAL_ONLY.test(p)) {
        postalCode = p;
        continue;
      }
    }
    parts.push(p);
  }
  const [first = '', ...rest] = parts;
  if (rest.length === 0) return { city: first, region: '', postalCode, country: '' };
  const last = rest[rest.length - 1] ?? '';
  if (rest.length === 1 && REGION_CODES.has(last.toUpperCase()) && last.length === 2) {
    return { city: first, region: last, postalCode, country: '' };
  }
  return { city: first, region: rest.slice(0, -1).join(', '), postalCode, country: last };
}

/** The other way, for imports that bring the parts in separate columns. */
export function joinLocation(parts: LocationParts): string {
  const city = parts.city.trim();
  const region = [parts.region.trim(), parts.postalCode.trim()].filter(Boolean).join(' ');
  return [city, region, parts.country.trim()].filter(Boolean).join(', ');
}
