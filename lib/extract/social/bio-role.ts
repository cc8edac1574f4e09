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
  return undefined;
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
