import { z } from 'zod/mini';

// zod/mini: the content script checks candidates' links with this too.

/**
 * Only web addresses become links. A lead's URL is rendered as a link and opened by a rep's click, so
 * `javascript:`, `data:`, `vbscript:` (and any scheme but http/https) must never be stored.
 */
export function isWebUrl(value: string): boolean {
  if (value.length > 2048) return false;
  // URL() trims C0 controls and spaces, as browsers do before they pick the scheme: check the scheme it saw.
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const WEB_URL_ERROR = 'Only http(s) web addresses can be stored as links';

export const WebUrlSchema = z.string().check(z.maxLength(2048), z.refine(isWebUrl, WEB_URL_ERROR));

/**
 * The address of the page a person was captured on. It is shown as text, never as a link, but is a
 * URL field all the same: a page that is not on the web (file:, about:, a javascript: value from an
 * older version or a hostile peer) is kept as no address rather than refused with its capture.
 */
export const PageAddressSchema = z.pipe(
  z.string().check(z.maxLength(2048)),
  z.transform((value: string) => (isWebUrl(value) ? value : '')),
);

/** The web addresses of a list, in order; everything else is left out (stored rows from older versions). */
export function onlyWebUrls(values: readonly unknown[]): string[] {
  return values.filter((v): v is string => typeof v === 'string' && isWebUrl(v));
}
