import { perPageAt } from './page-cache';

/** The document's base (`<base href>`, else the page), for resolving the relative links a page writes. */
export const documentBase = perPageAt(readBase);

function readBase(document: Document, url: URL): URL {
  const href = document.querySelector('base[href]')?.getAttribute('href');
  if (!href) return url;
  try {
    return new URL(href, url);
  } catch {
    return url;
  }
}

/** An attribute as an absolute URL against the base; an absolute one as written; the raw value when it does not parse. */
export function resolveUrl(raw: string, base: URL): string {
  const trimmed = raw.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return raw.trim();
  }
}
