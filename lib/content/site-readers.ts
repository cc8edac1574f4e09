import type { Extractor } from '../extract/extractor';

// Set in the content scripts' isolated world, which the page's own scripts cannot reach.
const SITE_READERS = Symbol.for('leadclip.siteReaders');

type ReaderSlot = { [SITE_READERS]?: Map<string, Extractor> };

/** A reader script's adapters (entrypoints/*-reader.ts), for the content script that runs after it. Safe to repeat. */
export function registerSiteReaders(extractors: readonly Extractor[]): void {
  const slot = globalThis as ReaderSlot;
  slot[SITE_READERS] ??= new Map();
  for (const extractor of extractors) slot[SITE_READERS].set(extractor.id, extractor);
}

/** The adapters the reader scripts injected into this page registered, in their order. */
export function registeredSiteReaders(): Extractor[] {
  return [...((globalThis as ReaderSlot)[SITE_READERS]?.values() ?? [])];
}
