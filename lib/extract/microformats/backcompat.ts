/**
 * Classic microformats (vcard, adr, hentry…) read as their microformats2
 * equivalents, per the mf2 parsing spec's backcompat tables, as far as a lead
 * needs them: a vcard's person and contact properties, an adr's parts.
 */

export const BACKCOMPAT_ROOTS: Readonly<Record<string, string>> = {
  vcard: 'h-card',
  adr: 'h-adr',
  geo: 'h-geo',
  vevent: 'h-event',
  hentry: 'h-entry',
  hfeed: 'h-feed',
  hreview: 'h-review',
  'hreview-aggregate': 'h-review-aggregate',
  hresume: 'h-resume',
  hproduct: 'h-product',
  hnews: 'h-news',
  hrecipe: 'h-recipe',
};

/**
 * Every element that may be a microformats root: a class starting with `h-`, or a classic root's
 * class. The parser asks them one selector at a time (a list of them matches each element against
 * each, many times slower); the background asks them before it injects the markup reader.
 */
export const MICROFORMAT_ROOT_SELECTORS: readonly string[] = [
  '[class*="h-"]',
  ...Object.keys(BACKCOMPAT_ROOTS).map((c) => `.${c}`),
];

const p = (names: string) => Object.fromEntries(names.split(' ').map((n) => [n, `p-${n}`]));

const ADDRESS = p('post-office-box extended-address street-address locality region postal-code country-name');

// Only the person's card and its address are read property by property; the other classic roots are
// still roots (above), so their properties never leak into a card around them.
const PROPERTIES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'h-card': {
    ...p('honorific-prefix given-name additional-name family-name honorific-suffix nickname org role tel note adr'),
    fn: 'p-name',
    title: 'p-job-title',
    email: 'u-email',
    url: 'u-url',
    photo: 'u-photo',
    uid: 'u-uid',
  },
  'h-adr': ADDRESS,
};

/** The mf2 property classes (`p-name`, `u-url`…) that an element's classic classes mean inside these roots. */
export function backcompatProperties(classes: readonly string[], rootTypes: readonly string[]): string[] {
  const out = new Set<string>();
  for (const type of rootTypes) {
    const table = PROPERTIES[type];
    if (!table) continue;
    for (const c of classes) {
      const mapped = table[c];
      if (mapped) out.add(mapped);
    }
  }
  return [...out];
}
