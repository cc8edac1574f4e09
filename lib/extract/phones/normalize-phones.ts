import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Candidate, FoundValue } from '../../model/candidate';

/**
 * Phone numbers in E.164 (+493012345678), read with the full numbering plans
 * of libphonenumber-js. This is the step the content script leaves out (the
 * plans weigh ~150 KB): the extension's background and the CLI run it on the
 * candidates a page gave.
 */

/** One number in E.164, or undefined when it is no valid number (for the region hint, if local). */
export function toE164(raw: string, regionHint?: string): string | undefined {
  const region =
    regionHint && isSupportedCountry(regionHint.toUpperCase()) ? (regionHint.toUpperCase() as CountryCode) : undefined;
  // "00" is the international prefix of most of the world; libphonenumber only reads it with a region.
  const text = raw.trim().replace(/^00(?=[1-9])/, '+');
  const parsed = parsePhoneNumberFromString(text, region ? { defaultCountry: region } : {});
  return parsed?.isValid() ? parsed.number : undefined;
}

function normalizeList(phones: readonly FoundValue[], regionHint: string | undefined): FoundValue[] {
  const byNumber = new Map<string, FoundValue>();
  for (const phone of phones) {
    // A number that does not parse is kept as written: the rep can still read it.
    const value = toE164(phone.value, regionHint) ?? phone.value.trim();
    const seen = byNumber.get(value);
    if (!seen || phone.confidence > seen.confidence) byNumber.set(value, { ...phone, value });
  }
  return [...byNumber.values()];
}

/** Every candidate's phones in E.164 where they parse, duplicates (one number written twice) merged. */
export function normalizeCandidatePhones<T extends Pick<Candidate, 'phones'>>(
  candidates: readonly T[],
  regionHint?: string,
): T[] {
  return candidates.map((c) => ({ ...c, phones: normalizeList(c.phones, regionHint) }));
}
