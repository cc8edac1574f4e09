/**
 * Capitalised words of menus, sections, organisations and places that are no
 * one's given name or surname ("Faculty Directory", "Student Design Challenge",
 * "Protective Solutions"). Words that are also common names (Hall, Ward, Field,
 * Page, Grace…) are deliberately left out: "Faith Ward" is a person.
 */
const WORDS = new Set(
  `
  about abstract academic academics account accounting acknowledgements admissions advisory agenda alumni analytics
  annual appendix apply archive archives arts association associates athletics awards biology blog board building
  business calendar campus capital careers center centre challenge chapter chemistry clients club collection college
  committee communication communications community companies company compliance computer computing conclusion
  conference consulting contact contents corp corporation council county courses customers data department
  departments design development digital directions directory documentation docs download downloads economics
  education engineering english events exhibits faculty faq features federal finance foundation fund gallery general
  giving global government graduate group health help history home hotel humanities inc incorporated industries
  information innovation institute international introduction investors journalism keynote labs languages learning
  library limited llc llp login ltd lunch management marketing mathematics media medicine members membership menu
  museum national network news newsletter office operations overview partners physics policy portfolio pricing
  privacy products program programs programme project projects psychology public publications references register
  registration reception research resources results school sciences science search section security services
  session sessions settings sociology software solutions sponsors staff strategy student students studies summary
  summit support systems table team technologies technology terms theatre theater tickets track travel undergraduate
  role primary contributors next previous prev view return survey timeline guide guides list exhibitor exhibitors activity investments funding details profile profiles people person united university venue ventures
  welcome workshop workshops
  advertise advertising feed feeds rss repos repositories tools get touch hi hello hey greetings thanks
  hogeschool hochschule universiteit universität université universidad università
  recent posts twitter facebook linkedin instagram github youtube tiktok scholar
  logistics freight shipping transport transportation manufacturing pharmaceuticals pharma therapeutics biosciences
  healthcare hospital clinic insurance financial holdings enterprises consultancy agency studio studios foods energy
  motors automotive aerospace robotics networks interactive entertainment publishing realty properties construction
  architects architecture attorneys advisors brands retail chemicals materials telecom laboratories devices instruments
  electronics semiconductors airlines airways resorts restaurants brewing brewery apparel cosmetics fitness academy
  collective cooperative bancorp alliance payments fintech commerce marketplace creative outdoor outdoors gear supply
  supplies films pictures productions
  email e-mail mail message send write
  customer success sales billing accounts relations desk helpdesk recruiting recruitment hiring talent partnerships
  inquiries enquiries
  cardiology dermatology neurology oncology gastroenterology endocrinology nephrology urology radiology pathology
  rheumatology hematology haematology ophthalmology otolaryngology pulmonology gynecology gynaecology anesthesiology
  anaesthesiology immunology psychiatry podiatry pediatrics paediatrics orthopedics orthopaedics obstetrics geriatrics
  orthodontics dentistry surgery
  navigation skip forum forums herbarium arboretum observatory aquarium zoo gardens google plus million dollar
  monday tuesday wednesday thursday friday saturday sunday weekdays weekends
  lawyers advocates physicians surgeons nurses engineers developers designers volunteers trustees
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Does a name-shaped text hold a word no name has? */
export function hasNonNameWord(text: string): boolean {
  // A possessive ("CyberSkeptic's Guide") titles a thing; a name's apostrophe sits inside it (O'Neil, D'Arcy).
  if (/\p{L}['’]s\b/u.test(text)) return true;
  // A word that mixes Latin and Cyrillic letters ("Еvent" with a Cyrillic Е) is a look-alike, never a name.
  if (/(?=\S*\p{Script=Latin})(?=\S*\p{Script=Cyrillic})\S+/u.test(text)) return true;
  return text
    .toLowerCase()
    .split(/[\s,]+/)
    .some((w) => WORDS.has(w.replace(/[^\p{L}]/gu, '')));
}
