import type { CandidateInput } from '../../model/candidate';
import { hasNonNameWord } from '../blocks/not-name-words';
import type { Extractor } from '../extractor';
import { cleanText, looksLikePersonName } from '../text';
import { proseContact } from './prose-contact';

const SOURCE = 'mailto';
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i;
// `logo@2x.png` looks like an address to a pattern; it is a retina image name.
const IMAGE_NAME = /\.(png|jpe?g|gif|svg|webp|avif|ico)$/i;

function emailFromHref(href: string): string {
  const raw = href.replace(/^mailto:/i, '').split('?')[0] ?? '';
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // a malformed escape: keep the raw text and let the pattern decide
  }
  return decoded.split(',')[0]?.trim().toLowerCase() ?? '';
}

// A name, not a heading that reads like one ("Get in touch", "Hi there").
const isName = (text: string) => looksLikePersonName(text) && !hasNonNameWord(text);

/** The name a card shows near its email link: the link text, else the nearest heading above it. */
function nameNear(a: Element): string {
  const text = cleanText(a.textContent);
  if (isName(text)) return text;
  let node: Element | null = a.parentElement;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    const heading = node.querySelector('h1, h2, h3, h4, h5, [itemprop="name"]');
    if (heading) {
      const name = cleanText(heading.textContent);
      return isName(name) ? name : '';
    }
  }
  return '';
}

export const mailtoExtractor: Extractor = {
  id: SOURCE,
  extract(document) {
    const out: CandidateInput[] = [];
    for (const a of document.querySelectorAll('a[href^="mailto:" i]')) {
      const email = emailFromHref(a.getAttribute('href') ?? '');
      if (!EMAIL.test(email) || IMAGE_NAME.test(email)) continue;
      const near = nameNear(a);
      const prose = near ? undefined : proseContact(a, email);
      const name = near || prose?.name;
      out.push({
        emails: [{ value: email, confidence: 0.9, source: SOURCE }],
        ...(name ? { fullName: { value: name, confidence: 0.5, source: SOURCE } } : {}),
        ...(prose?.title ? { title: { value: prose.title, confidence: 0.5, source: SOURCE } } : {}),
        sources: [SOURCE],
      });
    }
    return out;
  },
};
