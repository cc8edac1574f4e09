/**
 * Jobs and employers a page states in running text rather than on a card's lines:
 * an introduction ("Jane Doe, the CEO of Acme", "Jane Doe and John Roe, the CEO and CTO
 * of Acme, respectively") and a bio's founding ("She founded Acme in 2004", "Before
 * co-founding Acme, Jane …"). A job must read as one (the job lexicon); an employer must
 * read as a name, never a common noun ("founded several companies").
 */

import { foldText } from '../../person/lead-identity';
import { personName } from '../dom/name-near';
import { cleanText } from '../text';
import type { BlockLine } from './block-lines';
import { statesAJob } from './line-kinds';
import { hasNonNameWord } from './not-name-words';
import { jobAtEmployer } from './quoted-people';

export interface StatedRole {
  title: string;
  company: string;
}

const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3}`;
// An employer as running text names it: capitalised words ("Acme Robotics", "Union Square Ventures").
// A dot only inside a word ("acme.io"): one at a word's end closes the sentence.
const ORG_WORD = String.raw`[\p{Lu}\d][\p{L}\d&'’-]*(?:\.[\p{L}\d]+)*`;
const ORG = String.raw`${ORG_WORD}(?:\s+(?:of\s+|&\s+)?${ORG_WORD}){0,4}`;
const JOB = String.raw`[\p{L}&-]+(?:\s+[\p{L}&-]+){0,4}?`;

// "Jane Doe, the CEO of Acme", "Jane Doe is the Head of Sales at Acme": prose, up to the clause's end. A directory's
// "Jane Doe, Professor of the Practice of Journalism" has no article: the record reader reads that line.
const INTRODUCED = new RegExp(
  String.raw`(${NAME})(?:\s*,\s*the\s+|\s+is\s+(?:the|an?)\s+)([^,.;:()"“”]{3,100}?)(?=\s*[,.;:()"“”]|\s*$)`,
  'gu',
);
// "Jane Doe and John Roe, the CEO and CTO of Acme, respectively".
const INTRODUCED_PAIR = new RegExp(
  String.raw`(${NAME})\s+and\s+(${NAME})\s*,\s*(?:the\s+)?(${JOB})\s+and\s+(${JOB})\s+(?:of|at)\s+(${ORG})\s*,?\s+respectively`,
  'gu',
);

function cleanOrg(org: string): string {
  // "Acme's first product": the possessive is the sentence's, not the name's.
  return cleanText(org.replace(/['’]s$/, '').replace(/[.,;:'’]+$/, ''));
}

// "the former CEO of Acme" is history; "the author of Quiet Rooms" names a work, not an employer.
const PAST = /^(?:former|past|ex-|retired|onetime|one-time|erstwhile)\b/i;
const MAKER_OF_A_WORK = /\b(?:co-?)?(?:author|writer|creator|editor|host|producer|composer|illustrator)\b/i;

function personRole(name: string, title: string, org: string, preposition = 'at'): [string, StatedRole] | undefined {
  const person = personName(name);
  const company = cleanOrg(org);
  if (!person || hasNonNameWord(person) || !statesAJob(title) || !company || PAST.test(title)) return undefined;
  if (preposition === 'of' && MAKER_OF_A_WORK.test(title)) return undefined;
  return [foldText(person), { title: cleanText(title), company }];
}

/** Who the page introduces by job and employer in its running text, by folded name; the first statement stands. */
export function introducedRoles(lines: readonly BlockLine[]): Map<string, StatedRole> {
  const roles = new Map<string, StatedRole>();
  const add = (found: [string, StatedRole] | undefined) => {
    if (found && !roles.has(found[0])) roles.set(found[0], found[1]);
  };
  for (const line of lines) {
    const text = line.text;
    if (text.length < 20 || !/\s(?:of|at)\s/.test(text)) continue;
    // Cheap tests first: most long lines introduce nobody, and the patterns are dear on a long transcript.
    if (/respectively/.test(text))
      for (const m of text.matchAll(INTRODUCED_PAIR)) {
        const preposition = m[0].includes(' at ') ? 'at' : 'of';
        add(personRole(m[1] ?? '', m[3] ?? '', m[5] ?? '', preposition));
        add(personRole(m[2] ?? '', m[4] ?? '', m[5] ?? '', preposition));
      }
    if (!/,\s*the\s|\sis\s(?:the|an?)\s/.test(text)) continue;
    for (const m of text.matchAll(INTRODUCED)) {
      const role = jobAtEmployer(m[2] ?? '');
      if (role) add(personRole(m[1] ?? '', role.title, role.company, / at /.test(m[2] ?? '') ? 'at' : 'of'));
    }
  }
  return roles;
}

// What people found that names no company: "She founded several companies", "He founded his own agency".
const NOT_A_VENTURE =
  /^(?:a|an|the|his|her|their|its|my|our|one|two|three|several|many|multiple|numerous|various|some|this|that|these|those|companies|company|startups?|businesses|business|firms?|agency|agencies|consultancy|studio|organi[sz]ations?|nonprofits?|charity|charities|ventures?|groups?|teams?|schools?|labs?|it|in|on|and|with)$/i;
// The venture's name after "founded": capitalised words, or one word of the brand's own spelling ("cxpartners").
const VENTURE = String.raw`(${ORG}|[\p{Ll}\d][\p{L}\d&-]*(?:\.[\p{L}\d]+)*)`;
const END = String.raw`(?=\s+(?:with|in|and|as|at|on|back|together|while|when|after|before|from)\b|\s*[,.;:()]|\s*$)`;

function foundingPatterns(name: string): RegExp[] {
  const words = name.split(' ').filter((w) => w.length > 1);
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const subject = ['He', 'She', 'They', name, words[0] ?? name].map(literal).join('|');
  return [
    new RegExp(
      String.raw`(?:^|[.!?;]\s+|,\s+)(?:${subject})\s+(?:also\s+|then\s+)?(co-?)?founded\s+${VENTURE}${END}`,
      'u',
    ),
    new RegExp(String.raw`(?:^|[.!?;]\s+)Before\s+(co-?)?founding\s+${VENTURE}\s*,`, 'u'),
  ];
}

/**
 * The venture a person's own record says they founded: "He founded Acme with …", "Jane co-founded
 * Acme in 2010", "Before co-founding Acme, Jane worked as …". Later ventures a bio lists after
 * "After founding X" are history and not read.
 */
export function foundedVenture(lines: readonly BlockLine[], name: string): StatedRole | undefined {
  // Built only for a record that mentions a founding: most records do not, and the patterns are dear to compile.
  let patterns: RegExp[] | undefined;
  for (const line of lines) {
    if (line.text.length < 20 || !/found/i.test(line.text)) continue;
    patterns ??= foundingPatterns(name);
    for (const pattern of patterns) {
      const m = pattern.exec(line.text);
      const company = cleanOrg(m?.[2] ?? '');
      if (!m || !company || NOT_A_VENTURE.test(company) || foldText(company) === foldText(name)) continue;
      return { title: m[1] ? 'Co-founder' : 'Founder', company };
    }
  }
  return undefined;
}
