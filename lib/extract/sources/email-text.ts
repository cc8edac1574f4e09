import type { CandidateInput } from '../../model/candidate';
import {
  decodeCloudflareEmail,
  emailFromMailto,
  emailsFromScriptedLink,
  findEmails,
  plausibleEmail,
} from '../contacts/emails';
import { inSiteChrome, nameNear } from '../dom/name-near';
import { pageText } from '../dom/visible-text';
import type { Extractor } from '../extractor';
import { cleanText } from '../text';

const SOURCE = 'email-text';

interface Hit {
  email: string;
  confidence: number;
  at: Element | undefined;
}

/** SpamSpan (Drupal/Backdrop): `<span class="spamspan"><span class="u">jane</span> [at] <span class="d">acme [dot] com</span></span>`. */
function spamSpan(span: Element): string {
  const user = cleanText(span.querySelector('.u')?.textContent);
  const domainEl = span.querySelector('.d');
  if (!user || !domainEl) return '';
  const domain = [...domainEl.childNodes]
    .map((n) => (n.nodeType === 1 && (n as Element).classList.contains('o') ? '.' : (n.textContent ?? '')))
    .join('')
    .replace(/\s*[[(]\s*dot\s*[\])]\s*/gi, '.')
    .replace(/\s+/g, '');
  return plausibleEmail(`${user}@${domain}`, { trusted: true });
}

function markupHits(document: Document): Hit[] {
  const hits: Hit[] = [];
  for (const el of document.querySelectorAll('[data-cfemail]')) {
    const email = decodeCloudflareEmail(el.getAttribute('data-cfemail') ?? '');
    if (email) hits.push({ email, confidence: 0.85, at: el });
  }
  for (const a of document.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    const hash = /\/cdn-cgi\/l\/email-protection#([0-9a-f]+)/i.exec(href)?.[1];
    const cf = hash ? decodeCloudflareEmail(hash) : '';
    if (cf) hits.push({ email: cf, confidence: 0.85, at: a });
    if (/atob\(|[?&]goto=/.test(href)) {
      for (const email of emailsFromScriptedLink(href)) hits.push({ email, confidence: 0.7, at: a });
    }
  }
  for (const span of document.querySelectorAll('span.spamspan')) {
    const email = spamSpan(span);
    if (email) hits.push({ email, confidence: 0.85, at: span });
  }
  return hits;
}

function textHits(document: Document): Hit[] {
  const page = pageText(document);
  const hits: Hit[] = [];
  for (const found of findEmails(page.text)) {
    const at = page.elementAt(found.index);
    // A mailto link showing its own address is the mailto source's find.
    const link = at?.closest('a[href^="mailto:" i]');
    if (link && emailFromMailto(link.getAttribute('href') ?? '') === found.email.toLowerCase()) continue;
    if (at?.closest('span.spamspan')) continue;
    hits.push({ email: found.email, confidence: found.obfuscated ? 0.7 : 0.8, at });
  }
  // Script-encoded addresses sometimes sit in the text itself ("atob('…')").
  if (page.text.includes('atob(')) {
    for (const email of emailsFromScriptedLink(page.text)) hits.push({ email, confidence: 0.6, at: undefined });
  }
  return hits;
}

/**
 * Addresses a page shows without a mailto link: in its text (also written
 * "jane [at] acme [dot] com"), behind Cloudflare's email protection, SpamSpan
 * markup, or base64 in a scripted link. Each is one candidate, named when the
 * card it sits in has a name-like heading.
 */
export const emailTextExtractor: Extractor = {
  id: SOURCE,
  extract(document) {
    const out: CandidateInput[] = [];
    const seen = new Set<string>();
    for (const hit of [...markupHits(document), ...textHits(document)]) {
      // The footer's info@ and sales@ are the company's desk, not a lead.
      if (hit.at && inSiteChrome(hit.at)) continue;
      const email = hit.email.toLowerCase();
      const name = hit.at ? nameNear(hit.at) : '';
      const key = `${email}|${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        emails: [{ value: email, confidence: hit.confidence, source: SOURCE }],
        ...(name ? { fullName: { value: name, confidence: 0.5, source: SOURCE } } : {}),
        sources: [SOURCE],
      });
    }
    return out;
  },
};
