/**
 * Top-level domains an address found in running text may end with. Country
 * codes are any two ASCII letters but a few file extensions; of the generic
 * ones (the IANA root has ~1,500) the ones businesses write mail with are listed.
 * A page's own markup (mailto:, SpamSpan, Cloudflare) is trusted without this check.
 */
const GENERIC = new Set(
  (
    'com net org edu gov mil int info biz name pro aero asia coop jobs mobi museum travel ' +
    'app dev cloud online site store shop tech blog xyz club design agency digital email studio solutions ' +
    'services consulting company group global world today life live news media network systems software ' +
    'support center expert marketing partners ventures capital finance bank insurance legal law health care ' +
    'academy education school institute art photo video music film games page website space host press social ' +
    'team works zone one top link click pizza cafe tours hotel city london nyc berlin paris tokyo amsterdam ' +
    'wien koeln hamburg bayern swiss africa gmbh ltd inc llc energy engineering business industries ' +
    'international events foundation fund gallery immo jetzt science security technology tools trade training'
  ).split(/\s+/),
);

// Two-letter endings that are file extensions, not countries.
const NOT_COUNTRIES = new Set(['js', 'ts', 'py', 'rb', 'db', 'gz', 'xz', 'bz', 'sh5']);

// Documentation domains (RFC 2606): demo pages and examples are written with them.
const RESERVED = new Set(['example', 'test']);

export function isKnownTld(tld: string): boolean {
  const t = tld.toLowerCase();
  // Internationalised endings (.рф, .商務) are taken as real: no list of them is kept here.
  if (!/^[a-z0-9-]+$/.test(t) || t.startsWith('xn--')) return true;
  if (/^[a-z]{2}$/.test(t)) return !NOT_COUNTRIES.has(t);
  return GENERIC.has(t) || RESERVED.has(t);
}
