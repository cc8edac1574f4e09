import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Phone numbers in E.164 (+493012345678), read with the full numbering plans
 * of libphonenumber-js. This is the step the content script leaves out (the
 * plans weigh ~150 KB): a capture (lib/crm/person-draft) runs it on the
 * phones of the candidates a page gave, in the background; the CLI prints
 * what a capture would store.
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
