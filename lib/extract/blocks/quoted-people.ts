/**
 * People quoted in running text with their job, as press releases and articles
 * attribute a quote: `said Jane Doe, Director of Analytics at Acme.` The job must
 * read as one (the job lexicon), and the employer follows its last "at" or "of".
 */

import { personName } from '../dom/name-near';
import { cleanText } from '../text';
import type { BlockLine } from './block-lines';
import { statesAJob } from './line-kinds';
import { hasNonNameWord } from './not-name-words';

export interface QuotedPerson {
  name: string;
  title: string;
  company: string;
}

/** A name as running text writes it: capitalised words, an initial or a particle between them. */
export const NAME_IN_TEXT = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|van|von|de|del|der|da|di|le|la)){1,3}`;
const ATTRIBUTION = new RegExp(
  String.raw`\b(?:said|says|explained|explains|added|adds|noted|notes|according to|guest is|guests are|joined by|featuring|speaker is|host is|hosted by|presented by|interview with|conversation with)\s+(${NAME_IN_TEXT})\s*,\s*(?:the\s+)?([^."“”;]{3,120}?)\s*(?:[.;]|,\s*["“”]|$)`,
  'gu',
);

// A quote's attribution, or a show's or a webinar's introduction of its guest: "This week's guest is Jane Doe, VP of
// Finance at Acme", "joined by Jane Doe, CEO of Acme".
const INTRODUCES =
  /\b(?:said|says|explain|added|adds|noted|notes|according|guests? (?:is|are)|joined by|featuring|speaker is|host is|hosted by|presented by|interview with|conversation with)/i;

/** "Director of Analytics at Instacart" as the job and the employer. */
export function jobAtEmployer(role: string): { title: string; company: string } | undefined {
  const at = role.lastIndexOf(' at ');
  const of = role.lastIndexOf(' of ');
  const cut = at > 0 ? at : of;
  if (cut <= 0) return undefined;
  const title = cleanText(role.slice(0, cut));
  const company = cleanText(role.slice(cut + 4));
  if (!statesAJob(title) || !company || !/^\p{Lu}|^\d/u.test(company) || company.split(' ').length > 6)
    return undefined;
  return { title, company };
}

/** The people a page quotes with their job and employer, in page order. */
export function quotedPeople(lines: readonly BlockLine[]): QuotedPerson[] {
  const out: QuotedPerson[] = [];
  for (const line of lines) {
    if (line.text.length < 30 || !INTRODUCES.test(line.text)) continue;
    for (const m of line.text.matchAll(ATTRIBUTION)) {
      const name = personName(m[1] ?? '');
      if (!name || hasNonNameWord(name)) continue;
      const role = jobAtEmployer(m[2] ?? '');
      if (role) out.push({ name, ...role });
    }
  }
  return out;
}
