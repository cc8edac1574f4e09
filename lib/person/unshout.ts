import { GENERATIONS, PARTICLES } from './name-words';

/**
 * Text a page prints in capitals ("MARCUS ELLINGTON", "CHIEF INVESTMENT OFFICER") written the way a
 * CRM stores it. Directories and design-led sites shout in their HTML, not only through CSS; a rep
 * should not have to retype every field. Text with any lower-case letter is the writer's choice and
 * is kept as it is.
 */

const ROMAN = /^(?:i{1,3}|iv|v|vi{1,3}|ix|x)$/i;
// Words a job or a firm keeps in capitals: roles, regions, functions, legal forms.
const ACRONYMS = new Set(
  (
    'ceo cfo coo cto cio cmo cro cdo chro ciso cpo cso cco vp svp evp avp gm md hr it ux ui pr qa r&d emea apac latam ' +
    'amer us usa uk eu uae b2b b2c saas ai ml llc llp lp plc pc nv bv sa ag ab as oy kk pty gmbh ltd inc co cpa phd mba'
  ).split(' '),
);
// Words kept lower-case inside a job's or a firm's name.
const SMALL = new Set('of and for the in at to on by with a an & de du des la le van von der y e et und'.split(' '));
const LEGAL_CASE: Record<string, string> = { gmbh: 'GmbH', ltd: 'Ltd', inc: 'Inc', co: 'Co', kk: 'KK', pty: 'Pty' };

const shouts = (text: string): boolean => /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

function capitalise(word: string): string {
  // "O'BRIEN" → "O'Brien", "TAKAHASHI-REYES" → "Takahashi-Reyes": each run of letters starts a word.
  const cased = word.toLowerCase().replace(/(^|[^\p{L}])(\p{L})/gu, (_m, before: string, letter: string) => {
    return before + letter.toUpperCase();
  });
  // "MCDONALD" → "McDonald".
  return cased.replace(/^Mc(\p{L})/u, (_m, letter: string) => `Mc${letter.toUpperCase()}`);
}

/** A person's name in capitals, as one writes it: "OLUWASEUN ADEYEMI JR." → "Oluwaseun Adeyemi Jr.". */
export function unshoutName(name: string): string {
  if (!shouts(name)) return name;
  return name
    .split(' ')
    .map((word, i) => {
      const bare = word.replace(/[.,]/g, '').toLowerCase();
      if (ROMAN.test(bare) && i > 0) return word.toUpperCase();
      if (i > 0 && PARTICLES.has(bare) && !GENERATIONS.has(bare)) return word.toLowerCase();
      return capitalise(word);
    })
    .join(' ');
}

/** A job or a firm in capitals: "VICE PRESIDENT, PORTFOLIO OPERATIONS" → "Vice President, Portfolio Operations". */
export function unshoutPhrase(text: string): string {
  // One word in capitals ("IBM", "SAP", "ACME") may well be how the firm writes itself.
  if (!shouts(text) || !text.includes(' ')) return text;
  return text
    .split(' ')
    .map((word, i) => {
      const bare = word.replace(/[.,;:()]/g, '').toLowerCase();
      const legal = LEGAL_CASE[bare];
      if (legal) return word.replace(/[\p{L}]+/u, legal);
      // A known acronym, or letters no word is made of ("BNP", "KPMG"): initials.
      if (ACRONYMS.has(bare) || !/[aeiouy]/.test(bare)) return word;
      if (i > 0 && SMALL.has(bare)) return word.toLowerCase();
      return capitalise(word);
    })
    .join(' ');
}
