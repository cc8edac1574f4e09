import { type Candidate, CandidateSchema } from '../model/candidate';
import { isWebUrl } from '../model/web-url';

// What CandidateSchema allows (lib/model/candidate.ts): tests/unit/extract/candidate-check.test.ts holds
// the quick check below to it on random candidates, so the two cannot drift apart unseen.
const SCALARS = ['fullName', 'firstName', 'lastName', 'title', 'company', 'location'];
const LISTS = ['emails', 'phones', 'urls', 'sources'];
const CANDIDATE_KEYS = new Set([...SCALARS, ...LISTS]);
const VALUE_KEYS = new Set(['value', 'confidence', 'source', 'label']);
const URL_KEYS = new Set(['value', 'confidence', 'source']);
const MAX_VALUE = 2048;
const MAX_SOURCE = 40;
const MAX_LABEL = 20;
const MAX_VALUES = 30;
const MAX_SOURCES = 20;

type Fields = Record<string, unknown>;

function isPlain(x: unknown): x is Fields {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  return Object.getPrototypeOf(x) === Object.prototype;
}

function onlyKeys(x: Fields, allowed: ReadonlySet<string>): boolean {
  for (const key in x) if (!allowed.has(key)) return false;
  return true;
}

const shortString = (x: unknown, max: number) => typeof x === 'string' && x.length <= max;

function isFoundValue(x: unknown, webUrl?: (value: string) => boolean): boolean {
  if (!isPlain(x) || !onlyKeys(x, webUrl ? URL_KEYS : VALUE_KEYS)) return false;
  const { value, confidence, source } = x;
  if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) return false;
  if (!shortString(source, MAX_SOURCE) || !shortString(value, MAX_VALUE)) return false;
  if (x.label !== undefined && !shortString(x.label, MAX_LABEL)) return false;
  return webUrl ? webUrl(value as string) : true;
}

function isList(x: unknown, max: number, item: (v: unknown) => boolean): boolean {
  if (x === undefined) return true;
  if (!Array.isArray(x) || x.length > max) return false;
  for (const v of x) if (!item(v)) return false;
  return true;
}

/**
 * The candidate CandidateSchema would make of `input`, by one quick pass over the shape every extractor
 * writes, or undefined when that pass does not vouch for it (zod then decides: it may still accept it,
 * e.g. by leaving out a key it does not know). Parsing every found person with zod's object machinery
 * was a tenth of an extraction on a big page.
 */
export function quickCandidate(input: unknown, webUrl: (value: string) => boolean = isWebUrl): Candidate | undefined {
  if (!isPlain(input) || !onlyKeys(input, CANDIDATE_KEYS)) return undefined;
  for (const key of SCALARS) if (input[key] !== undefined && !isFoundValue(input[key])) return undefined;
  const found = (v: unknown) => isFoundValue(v);
  if (!isList(input.emails, MAX_VALUES, found) || !isList(input.phones, MAX_VALUES, found)) return undefined;
  if (!isList(input.urls, MAX_VALUES, (v) => isFoundValue(v, webUrl))) return undefined;
  if (!isList(input.sources, MAX_SOURCES, (v) => shortString(v, MAX_SOURCE))) return undefined;
  // As zod's defaults do: a missing list is a new empty one.
  const list = (v: unknown) => (v === undefined ? [] : v);
  return {
    ...input,
    emails: list(input.emails),
    phones: list(input.phones),
    urls: list(input.urls),
    sources: list(input.sources),
  } as Candidate;
}

/** `input` as CandidateSchema parses it, or undefined when the schema refuses it. */
export function parseCandidate(input: unknown, webUrl: (value: string) => boolean = isWebUrl): Candidate | undefined {
  const quick = quickCandidate(input, webUrl);
  if (quick) return quick;
  const parsed = CandidateSchema.safeParse(input);
  return parsed.success ? parsed.data : undefined;
}
