import type { CandidateInput, FoundValue } from '../../model/candidate';
import { hasNonNameWord } from '../blocks/not-name-words';
import { findEmails } from '../contacts/emails';
import type { Extractor } from '../extractor';
import { cleanText } from '../text';

/*
 * A table whose columns split the name ("First Name", "Last Name"), as exhibitor and attendee lists and
 * exported contact sheets do: no one cell holds a whole name, so the record reader finds no one. The
 * header says which column is which; each row is one person.
 */

const SOURCE = 'name-columns';
const MAX_TABLES = 50;
const MAX_ROWS = 2_000;

type Column = 'first' | 'last' | 'title' | 'company' | 'email' | 'phone' | 'location';

const HEADERS: readonly [Column, RegExp][] = [
  ['first', /^(?:first|given|fore)\s*-?\s*name$|^first$|^forename$/i],
  ['last', /^(?:last|family|sur)\s*-?\s*name$|^last$|^surname$/i],
  ['title', /^(?:job\s+)?title$|^position$|^role$|^designation$|^job$/i],
  ['company', /^(?:company|organi[sz]ation|employer|firm|institution|affiliation)(?:\s+name)?$/i],
  ['email', /^e-?mail(?:\s+address)?$/i],
  ['phone', /^(?:phone|telephone|tel|mobile|cell)(?:\s+(?:number|no\.?))?$/i],
  ['location', /^(?:city|location|country|region)$/i],
];

// One word or a few of a name: letters, hyphens, apostrophes, particles.
const NAME_PART = /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3}$/u;

function columnsOf(header: readonly Element[]): Map<Column, number> {
  const columns = new Map<Column, number>();
  header.forEach((cell, i) => {
    const text = cleanText(cell.textContent).replace(/[:*]$/, '');
    const kind = HEADERS.find(([, re]) => re.test(text))?.[0];
    if (kind && !columns.has(kind)) columns.set(kind, i);
  });
  return columns;
}

function found(value: string, confidence: number): FoundValue {
  return { value, confidence, source: SOURCE };
}

function personOf(cells: readonly string[], columns: Map<Column, number>): CandidateInput | undefined {
  const cell = (c: Column) => {
    const i = columns.get(c);
    return i === undefined ? '' : (cells[i] ?? '');
  };
  const first = cell('first');
  const last = cell('last');
  if (!NAME_PART.test(first) || !NAME_PART.test(last) || hasNonNameWord(`${first} ${last}`)) return undefined;
  const email = findEmails(cell('email'))[0]?.email ?? '';
  const phone = cell('phone');
  const out: CandidateInput = {
    fullName: found(`${first} ${last}`, 0.75),
    firstName: found(first, 0.75),
    lastName: found(last, 0.75),
    emails: email ? [found(email, 0.85)] : [],
    phones: /\d{3}/.test(phone) && phone.length <= 40 ? [found(phone, 0.7)] : [],
    urls: [],
    sources: [SOURCE],
  };
  const title = cell('title');
  const company = cell('company');
  const location = cell('location');
  if (title && title.length <= 120) out.title = found(title, 0.7);
  if (company && company.length <= 120) out.company = found(company, 0.7);
  if (location && location.length <= 80) out.location = found(location, 0.5);
  return out;
}

export const nameColumnsExtractor: Extractor = {
  id: SOURCE,
  extract(document) {
    const out: CandidateInput[] = [];
    let tables = 0;
    for (const table of document.getElementsByTagName('table')) {
      if (++tables > MAX_TABLES) break;
      const rows = [...table.getElementsByTagName('tr')].filter((r) => r.closest('table') === table);
      const headerAt = rows.findIndex((r) => r.querySelector(':scope > th') !== null);
      const header = rows[headerAt];
      if (!header) continue;
      const columns = columnsOf([...header.children]);
      if (!columns.has('first') || !columns.has('last')) continue;
      for (const row of rows.slice(headerAt + 1, headerAt + 1 + MAX_ROWS)) {
        const person = personOf(
          [...row.children].map((c) => cleanText(c.textContent)),
          columns,
        );
        if (person) out.push(person);
      }
    }
    return out;
  },
};
