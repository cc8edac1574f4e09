import type { CandidateInput } from '../../model/candidate';
import { type BlockLine, blockLines } from '../blocks/block-lines';
import { personName } from '../dom/name-near';
import type { Extractor } from '../extractor';
import { cleanText } from '../text';

/**
 * The officers a company's legal notice names, as the law asks it to: a German "Impressum"
 * ("Geschäftsführer: Dr. Henrike Vossberg, Malte Brandstätter"), a French "Mentions légales"
 * ("Directeur de la publication : …"), a UK "Directors: …". Their job is the label's; they work for
 * the firm the notice is about (filled in from the site afterwards).
 */

const SOURCE = 'legal-notice';

// A legal notice, by its address, its title or its heading.
const NOTICE =
  /\b(?:impressum|imprint|legal[\s-]notice|legal[\s-]information|mentions[\s-]l[ée]gales|aviso[\s-]legal|note[\s-]legali|colofon|colophon)\b/i;

// The label a notice puts before its officers, with the job it names ('' where it names none: "Vertreten durch").
const OFFICERS: readonly [RegExp, string][] = [
  [/^(?:vertretungsberechtigte[rn]?\s+)?geschäftsführer(?:in|innen)?$/i, 'Geschäftsführer'],
  [/^geschäftsführung$/i, 'Geschäftsführer'],
  [/^(?:vertretungsberechtigte[rn]?\s+)?(?:vorstand(?:svorsitzende[rn]?|smitglieder)?|vorstände)$/i, 'Vorstand'],
  [/^inhaber(?:in)?$/i, 'Inhaber'],
  [/^(?:vertreten|represented)\s+(?:durch|by)$/i, ''],
  [/^managing\s+directors?$/i, 'Managing Director'],
  [/^directors?$/i, 'Director'],
  [/^(?:owner|proprietor)s?$/i, 'Owner'],
  [/^(?:directeur|directrice)\s+de\s+(?:la\s+)?publication$/i, 'Directeur de la publication'],
  [/^g[ée]rant(?:e)?s?$/i, 'Gérant'],
  [/^(?:amministratore\s+delegato|administrador(?:a)?\s+[úu]nic[oa])$/i, 'Amministratore Delegato'],
];

function officersLabel(label: string): string | undefined {
  const text = cleanText(label);
  for (const [pattern, job] of OFFICERS) if (pattern.test(text)) return job;
  return undefined;
}

/** "Dr. Henrike Vossberg, Malte Brandstätter und Ole Peters": the names, one each. */
function namesIn(list: string): string[] {
  return list
    .split(/\s*(?:,|;|\/|&|\bund\b|\band\b|\bet\b|\by\b)\s*/)
    .map((part) => personName(cleanText(part)))
    .filter(Boolean);
}

// A label standing on its own line heads a list of names, one a line: no more than a board has.
const MAX_LISTED = 12;

/** The officers of one labelled line ("Vorstand: A, B"), or of the lines of names under a label of its own. */
function officersAt(lines: readonly BlockLine[], i: number): { job: string; names: string[] } | undefined {
  const text = lines[i]?.text ?? '';
  const colon = text.search(/\s*[:：]\s*/);
  if (colon > 0 && colon <= 60) {
    const job = officersLabel(text.slice(0, colon));
    const rest = text.slice(colon).replace(/^\s*[:：]\s*/, '');
    if (job !== undefined && rest) return { job, names: namesIn(rest) };
  }
  const job = officersLabel(text.replace(/\s*[:：]\s*$/, ''));
  if (job === undefined) return undefined;
  const names: string[] = [];
  // The list is lines of one kind (its items): the next heading or paragraph ends it.
  const kind = lines[i + 1]?.block.tagName;
  for (let k = i + 1; k < lines.length && names.length < MAX_LISTED; k++) {
    const line = lines[k];
    const name = line && line.block.tagName === kind ? personName(cleanText(line.text)) : '';
    if (!name) break;
    names.push(name);
  }
  return { job, names };
}

export const legalNoticeExtractor: Extractor = {
  id: SOURCE,
  extract(document, url) {
    const body = document.body;
    const heading = cleanText(document.querySelector('h1')?.textContent);
    if (!body || !NOTICE.test(`${url.pathname} ${document.title} ${heading}`)) return [];
    const out: CandidateInput[] = [];
    const seen = new Set<string>();
    const lines = blockLines(body);
    lines.forEach((_, i) => {
      const officers = officersAt(lines, i);
      if (!officers) return;
      for (const name of officers.names) {
        const key = name.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          fullName: { value: name, confidence: 0.7, source: SOURCE },
          ...(officers.job ? { title: { value: officers.job, confidence: 0.6, source: SOURCE } } : {}),
          sources: [SOURCE],
        });
      }
    });
    return out;
  },
};
