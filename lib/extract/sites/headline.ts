import { namesADepartment, namesAJob, namesOnePersonsJob } from './job-words';
import { withoutDecoration } from './site-text';

export interface RoleAtCompany {
  title: string;
  company: string;
}

// "Co-Founder @ Motion", "Head of Engineering at Motion": one role, one employer.
const AT = /^(.+?)\s+(?:at|@)\s+(.+)$/i;
// "Founder & CEO, Vandelay Industries": a comma only when the part after it is neither a job ("Co-Founder, CEO")
// nor a department ("VP, Sales").
const COMMA = /^(.+?),\s+(.+)$/;
// Separators people stack headline claims with: everything after the first is a second claim.
const CLAIMS = /\s+[|•·]\s+|\s+[–—]\s+/;

/**
 * A headline or card line that clearly states "role at company"; undefined when it does
 * not ("VC Investor | Partner at HOF Capital" keeps its own words: the rep reads it as written).
 */
export function roleAtCompany(line: string, { allowComma = false } = {}): RoleAtCompany | undefined {
  const text = withoutDecoration(line);
  if (!text || CLAIMS.test(text)) return undefined;
  const at = text.match(AT);
  if (at?.[1] && at[2]) return tidy(at[1], at[2]);
  if (!allowComma) return undefined;
  const comma = text.match(COMMA);
  if (comma?.[1] && comma[2] && namesAJob(comma[1]) && !namesOnePersonsJob(comma[2]) && !namesADepartment(comma[2])) {
    return tidy(comma[1], comma[2]);
  }
  return undefined;
}

function tidy(title: string, company: string): RoleAtCompany | undefined {
  const t = withoutDecoration(title);
  const c = withoutDecoration(company.replace(/^@/, ''));
  // "Partner at at" or a sentence after "at" is no employer.
  if (!t || !c || c.split(/\s+/).length > 6 || /[.!?]$/.test(c)) return undefined;
  return { title: t, company: c };
}

/** The first claim of a stacked headline ("Data Scientist @ Gaimin | ex-PhD" → "Data Scientist @ Gaimin"). */
export function firstClaim(line: string): string {
  return withoutDecoration(line.split(CLAIMS)[0] ?? '');
}
