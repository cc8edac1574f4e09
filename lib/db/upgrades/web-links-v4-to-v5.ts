import { onlyWebUrls } from '../../model/web-url';

/**
 * v5: only web addresses are links. Older versions could store a `javascript:` or `data:` address a
 * page offered as a profile link; the schemas now refuse them, so a stored lead or contact that
 * holds one would no longer parse and drop out of every list. Keep the person, drop the address.
 * A Dexie `modify` callback, so it touches only rows that hold such an address.
 */
export function keepOnlyWebLinks(row: Record<string, unknown>): void {
  if (!Array.isArray(row.urls)) return;
  const kept = onlyWebUrls(row.urls);
  if (kept.length !== row.urls.length) row.urls = kept;
}
