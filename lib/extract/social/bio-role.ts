import { roleAtCompany } from '../sites/headline';
import { namesAJob } from '../sites/job-words';
import { withoutDecoration } from '../sites/site-text';
import { cleanText, looksLikePersonName } from '../text';

export interface BioRole {
  title: string;
  company: string;
}

// A bio stacks its claims on lines, after full stops, or between bars and bullets.
const CLAIMS = /\n|\.\s+|\s+[|•·]\s+|;\s*/;
const URL_IN_TEXT = /\bhttps?:\/\/\S+/gi;

function claimsOf(bio: string): string[] {
  return bio
    .replace(URL_IN_TEXT, '\n')
    .split(CLAIMS)
    .map((c) => cleanText(c))
    .filter(Boolean);
}

// "Program Manager @Microsoft @EdgeDevTools": the first handle after the job is its employer.
function employer(company: string): string {
  const first = company.split(/\s+@|,\s*|\s+&\s+|\s+and\s+/)[0] ?? '';
  return withoutDecoration(first.replace(/^@/, ''));
}

// "Running acme.io", "Founder of Acme Robotics", "Works at @acme": the venture a bio says its person runs or works at.
const VENTURE =
  /^(?:(co-?founder of|founder of|co-?founded|founded)|running|runs|leading|leads|building|builds|working at|works at|work at)\s+(.+)$/i;
// A company as bios write it: a domain ("acme.io"), a handle ("@acme") or a capitalised name of a few words.
const COMPANY_LIKE =
  /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}|@\w{2,}|\p{Lu}[\p{L}\d&'.-]*(?:\s+\p{Lu}[\p{L}\d&'.-]*){0,3})$/u;
// A link a bio shows by its domain: the saved text may carry the scheme the page hides ("Running http://acme.io").
const LINKED_DOMAIN = /\bhttps?:\/\/(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?:\/\S*)?/gi;

/**
 * The venture a bio says its person runs, founded or works at ("Running acme.io · other.io",
 * "Founder of Acme Robotics"), as a company (and "Founder" where they founded it). Only a
 * company-shaped object counts: "Building web infra" and "Running marathons" name no employer;
 * "Formerly …" claims are history.
 */
export function ventureFromBio(bio: string): BioRole | undefined {
  for (const claim of claimsOf(bio.replace(LINKED_DOMAIN, '$1'))) {
    const m = VENTURE.exec(claim);
    const company = withoutDecoration(m?.[2] ?? '').replace(/[.,;:]+$/, '');
    if (!m || !COMPANY_LIKE.test(company)) continue;
    const founded = m[1] ?? '';
    const title = !founded ? '' : /co-?/i.test(founded) ? 'Co-founder' : 'Founder';
    return { title, company: company.replace(/^@/, '') };
  }
  return undefined;
}

/**
 * The job and employer a bio states plainly ("CTO at Acme", "Program Manager @Microsoft"),
 * or a bio that is nothing but a job ("Writer"). A tagline, a joke or a list of
 * interests states no role: undefined.
 */
export function roleFromBio(bio: string): BioRole | undefined {
  const claims = claimsOf(bio);
  for (const claim of claims) {
    // "Formerly @vercel", "ex-Google": a past employer is history, not the rep's contact point.
    if (/^(formerly|previously|ex[-\s]|former|retired)\b/i.test(claim)) continue;
    const stated = roleAtCompany(claim.replace(/\s+@(\w)/, ' @ $1'));
    if (!stated || !namesAJob(stated.title) || stated.title.split(/\s+/).length > 5) continue;
    const company = employer(stated.company);
    if (company) return { title: stated.title, company };
  }
  const only = claims.length === 1 ? withoutDecoration(claims[0] ?? '') : '';
  if (only && namesAJob(only) && only.split(/\s+/).length <= 4 && !/\d/.test(only)) return { title: only, company: '' };
  return ventureFromBio(bio);
}

export interface IntroducedPerson extends BioRole {
  name: string;
}

/**
 * A bio that introduces the person behind an account by role and name
 * ("Investigative Journalist Jane Doe"): the account is then their outlet.
 */
export function personIntroducedBy(bio: string): IntroducedPerson | undefined {
  const first = claimsOf(bio)[0] ?? '';
  const words = first.split(/\s+/);
  if (words.length < 3 || words.length > 7) return undefined;
  // The name is the last two or three capitalised words; everything before them is the role.
  for (const size of [3, 2]) {
    const name = words.slice(-size).join(' ');
    const role = words.slice(0, -size).join(' ');
    // "CTO at Acme Robotics" states a role at a company, not a person called "Acme Robotics".
    if (/@|\b(at|of|for|in|with|and|from|by|the|to)$/i.test(role)) continue;
    if (role && namesAJob(role) && looksLikePersonName(name) && words.slice(-size).every((w) => /^\p{Lu}/u.test(w))) {
      return { name, title: role, company: '' };
    }
  }
  return undefined;
}
