import type { Extractor } from '../extract/extractor';

// Set in the content scripts' isolated world, which the page's own scripts cannot reach.
const SITE_READERS = Symbol.for('leadclip.siteReaders');
const MARKUP_READERS = Symbol.for('leadclip.markupReaders');

type ReaderSlot = { [key: symbol]: Map<string, Extractor> | undefined };

function register(key: symbol, extractors: readonly Extractor[]): void {
  const slot = globalThis as ReaderSlot;
  const registered = slot[key] ?? new Map<string, Extractor>();
  slot[key] = registered;
  for (const extractor of extractors) registered.set(extractor.id, extractor);
}

const registered = (key: symbol): Extractor[] => [...((globalThis as ReaderSlot)[key]?.values() ?? [])];

/** A reader script's adapters (entrypoints/*-reader.ts), for the content script that runs after it. Safe to repeat. */
export function registerSiteReaders(extractors: readonly Extractor[]): void {
  register(SITE_READERS, extractors);
}

/** The adapters the reader scripts injected into this page registered, in their order. */
export function registeredSiteReaders(): Extractor[] {
  return registered(SITE_READERS);
}

/** The markup readers (microdata, RDFa, microformats) of entrypoints/markup-reader.ts. Safe to repeat. */
export function registerMarkupReaders(extractors: readonly Extractor[]): void {
  register(MARKUP_READERS, extractors);
}

/** The markup readers injected into this page before the content script, if its markup asked for them. */
export function registeredMarkupReaders(): Extractor[] {
  return registered(MARKUP_READERS);
}
