/**
 * Words that make a line read as a job, not as an article title or a tagline.
 * Used to tell a person card from a blog teaser, and a stated role in a bio from a joke.
 */
const JOB_WORDS = [
  'accountant',
  'auditor',
  'broker',
  'comptroller',
  'controller',
  'curator',
  'economist',
  'instructor',
  'lecturer',
  'librarian',
  'physician',
  'realtor',
  'secretary',
  'surgeon',
  'teacher',
  'treasurer',
  'trustee',
  'administrator',
  'advisor',
  'adviser',
  'agent',
  'analyst',
  'architect',
  'assistant',
  'associate',
  'attorney',
  'ceo',
  'cfo',
  'chair',
  'chairman',
  'chairwoman',
  'chief',
  'cmo',
  'coach',
  'co-founder',
  'cofounder',
  'consultant',
  'coo',
  'coordinator',
  'counsel',
  'cpo',
  'cro',
  'cto',
  'designer',
  'developer',
  'director',
  'editor',
  'engineer',
  'evangelist',
  'executive',
  'founder',
  'head',
  'intern',
  'journalist',
  'lawyer',
  'lead',
  'manager',
  'marketer',
  'officer',
  'owner',
  'partner',
  'president',
  'principal',
  'producer',
  'professor',
  'recruiter',
  'reporter',
  'representative',
  'researcher',
  'scientist',
  'sdr',
  'bdr',
  'specialist',
  'strategist',
  'supervisor',
  'svp',
  'evp',
  'avp',
  'technician',
  'vp',
  'writer',
] as const;

const JOB_WORD = new RegExp(`(^|[^\\p{L}])(${JOB_WORDS.join('|')})s?($|[^\\p{L}])`, 'iu');

/** Does this line name a job ("VP of Sales", "Co-Founder", "Account Executive")? */
export function namesAJob(line: string): boolean {
  return JOB_WORD.test(line);
}

const ONE_JOB_WORD = new RegExp(`(^|[^\\p{L}])(${JOB_WORDS.join('|')})($|[^\\p{L}])`, 'iu');

/**
 * A job as one person holds it: a job word in the singular. "Pipeline Partners" and "Founders Fund" are
 * firms; no one's title is a plural.
 */
export function namesOnePersonsJob(line: string): boolean {
  return ONE_JOB_WORD.test(line);
}

// Departments and regions: "VP, Sales" and "Director, EMEA" are one title, not a title and an employer.
// "Portfolio Operations", "Investor Relations", "Product Marketing": a function with the words that narrow it.
const DEPARTMENT =
  /^(?:(?:product|field|portfolio|strategic|corporate|global|regional|enterprise|commercial|digital|brand|channel|revenue|sales|business|technical|clinical|investor|public|content|growth|platform|people|talent|customer|international|inside|partner|finance|marketing|data|cloud)\s+){0,2}(sales|marketing|engineering|operations|finance|product|growth|partnerships|people|hr|it|revenue|security|legal|design|data|research|customer success|business development|relations|development|strategy|communications|success|programs|analytics|accounts|infrastructure|experience|emea|apac|americas|dach|nordics|north america|europe|global)( & [\p{L} ]+)?$/iu;

export function namesADepartment(line: string): boolean {
  return DEPARTMENT.test(line.trim());
}
