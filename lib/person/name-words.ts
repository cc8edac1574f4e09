/** Word lists of the name parser, lower-case and without dots ("Ph.D." is looked up as "phd"). */

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Honorifics, ranks and offices written before a name. */
export const TITLES = words(`
  mr mrs ms miss mx mister master madam madame mme mlle dr doctor prof professor rev reverend revd fr father
  pastor rabbi imam sheikh sir dame lord lady hon honorable honourable rt right king queen prince princess
  duchess countess baron baroness marquis emperor empress pope cardinal archbishop bishop
  senator sen rep representative congressman congresswoman gov governor ltgov ltgen lt gen general col colonel
  maj major capt captain cmdr commander adm admiral sgt sergeant cpl corporal pvt private officer
  judge justice magistrate magistrate-judge mag-judge chancellor president vp secretary minister ambassador
  mayor councillor alderman sheriff coach us district chief associate supreme tuan datuk dato haji hajjah
  herr frau dipl ing
`);

/** Titles after which one name is a first name ("Sir Gerald", "Queen Elizabeth"), not a surname ("Rev Andrews"). */
export const FIRST_NAME_TITLES = words('sir dame king queen prince princess emperor empress pope');

/** "Her Honour", "His Excellency": a pronoun that is part of a title only before one of these. */
export const STYLED_BY = words('honour honor majesty excellency highness grace holiness lordship ladyship royal');

/** Generational suffixes, written out or abbreviated. */
export const GENERATIONS = words('jr jnr sr snr junior senior i ii iii iv v vi vii viii ix 2nd 3rd 4th esq esquire');

/** Credentials and honours written after a name. "MA", "MS" and "DO" are left out: they are also surnames. */
export const CREDENTIALS = words(`
  md phd dds dmd dvm mba cpa cfa cfp clu chfc lutc rn lpn np jd llm llb pe pmp msc bsc mph msw lcsw edd psyd od
  qc kc mp mep obe mbe cbe kbe dbe frcs facs facp facc faap cissp cisa cism ccna phr sphr shrm-cp shrm-scp cma cia aia
  leed msced med mfa mrcp frsa faia ret aprn fnp dnp pharmd mpa mpp mscs meng beng ceng miet frics acca aca fca
`);

/** Words that start a compound surname: "van der Berg", "de la Vega", "St. John". */
export const PARTICLES = words(`
  van von der den de del della dela di da das dos do du la le lo st ste saint san santa ter ten al el ap mac
  ben bin binti ibn bint
`);

// Particles that are also given names ("Ben Johnson"): a particle only when written in lower case.
export const LOWERCASE_ONLY_PARTICLES = words('ben bin ibn binti bint san santa');

/** Words that join their neighbours into one part ("Velasquez y Garcia", "John and Jane"). */
export const CONJUNCTIONS = words('and & of the y e et und');
