import type { CandidateInput } from '../../model/candidate';
import { findPhoneNumbers } from '../contacts/phones';
import { inSiteChrome, nameNear } from '../dom/name-near';
import { pageText } from '../dom/visible-text';
import type { Extractor } from '../extractor';

const SOURCE = 'phone-text';

// "Phone:", "Tel.", "Mobile", "Telefon", "T:" — a number right after one of these is meant to be dialled.
// Fax numbers are left out: nobody calls a lead on one.
const LABEL =
  /(?<![\p{L}])(?:(?:tele)?phone|tel|mobile?|mob|cell(?:phone)?|handy|telefon|t[ée]l[ée]phone|tel[ée]fono|direct|office|ph|fon)\b\.?\s*(?:\([^)\n]{0,20}\)\s*)?[:\-–]?\s*|(?<![\p{L}])[TMP]\s*:\s*/giu;
const WINDOW = 40;

/** Phone numbers written after a "Phone"/"Tel"/"Mobile" label, kept as written. */
export const phoneTextExtractor: Extractor = {
  id: SOURCE,
  extract(document) {
    const page = pageText(document);
    const out: CandidateInput[] = [];
    const seen = new Set<string>();
    for (const label of page.text.matchAll(LABEL)) {
      const after = (label.index ?? 0) + label[0].length;
      const first = findPhoneNumbers(page.text.slice(after, after + WINDOW))[0];
      if (first?.index !== 0) continue;
      const at = page.elementAt(after);
      // A tel: link is the links source's find; a footer's number is the company's switchboard.
      if (at?.closest('a[href]') || (at && inSiteChrome(at))) continue;
      const name = at ? nameNear(at) : '';
      const key = `${first.phone}|${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        phones: [{ value: first.phone, confidence: 0.6, source: SOURCE }],
        ...(name ? { fullName: { value: name, confidence: 0.5, source: SOURCE } } : {}),
        sources: [SOURCE],
      });
    }
    return out;
  },
};
