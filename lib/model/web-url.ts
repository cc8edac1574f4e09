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

/** The web addresses of a list, in order; everything else is left out (stored rows from older versions). */
export function onlyWebUrls(values: readonly unknown[]): string[] {
  return values.filter((v): v is string => typeof v === 'string' && isWebUrl(v));
}
