/**
 * Which lead field each column of an imported file fills. Headers are matched
 * after folding case, accents, spaces and punctuation ("E-mail Address",
 * "email_address" and "EmailAddress" are one header), against the headers of
 * our presets, HubSpot (labels and internal names), Salesforce (labels and
 * API names), LinkedIn's Connections.csv and common sales-tool exports
 * (Apollo, Hunter, ZoomInfo, Lusha, Sales Navigator tools), plus a few
 * German and French spellings.
 */

export type ImportField =
  | 'fullName'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'phone'
  | 'mobile'
  | 'title'
  | 'company'
  | 'website'
  | 'linkedin'
  | 'url'
  | 'location'
  | 'city'
  | 'state'
  | 'postalCode'
  | 'country'
  | 'source'
  | 'status'
  | 'lifecycleStage'
  | 'rating'
  | 'tags'
  | 'notes'
  | 'disqualifyReason'
  | 'companyDomain'
  | 'id'
  | 'bant'
  | 'provenance'
  | 'editedFields'
  | 'phoneLabels'
  | 'lawfulBasis'
  | 'doNotContact'
  | 'convertedTo'
  | 'createdAt'
  | 'updatedAt';

/** In the order the mapping menu lists them: what most files have first, LeadClip's own round-trip fields last. */
export const IMPORT_FIELD_LABEL: Record<ImportField, string> = {
  fullName: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  phone: 'Phone',
  mobile: 'Mobile phone',
  title: 'Job title',
  company: 'Company',
  website: 'Company website',
  linkedin: 'LinkedIn profile',
  url: 'Other link',
  location: 'Location',
  city: 'City',
  state: 'State / region',
  postalCode: 'Postal code',
  country: 'Country',
  source: 'Lead source',
  status: 'Lead status',
  lifecycleStage: 'Lifecycle stage (HubSpot)',
  rating: 'Rating (Salesforce)',
  tags: 'Tags',
  notes: 'Notes',
  disqualifyReason: 'Disqualify reason',
  companyDomain: 'Company domain (LeadClip)',
  id: 'LeadClip ID',
  bant: 'BANT (LeadClip)',
  provenance: 'Provenance (LeadClip)',
  editedFields: 'Edited fields (LeadClip)',
  phoneLabels: 'Phone labels (LeadClip)',
  lawfulBasis: 'Lawful basis',
  doNotContact: 'Do not contact',
  convertedTo: 'Converted to (LeadClip)',
  createdAt: 'Created at',
  updatedAt: 'Updated at',
};

/** Fields a lead holds several of: several columns may fill them (Apollo's Work Direct, Mobile and Corporate phones). */
export const MULTI_VALUE_FIELDS: ReadonlySet<ImportField> = new Set<ImportField>([
  'email',
  'phone',
  'mobile',
  'url',
  'linkedin',
  'website',
  'tags',
]);

export type ColumnMapping = (ImportField | null)[];

/** "E-mail Address 2" → "emailaddress2". */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** A field, or null for a header we know and deliberately leave out; `, 1` marks a second choice. */
type Known = ImportField | null | readonly [ImportField, number];

const KNOWN: Record<string, Known> = {
  // LeadClip full (leads, and the contact columns that make sense on a lead).
  id: 'id',
  fullname: 'fullName',
  firstname: 'firstName',
  lastname: 'lastName',
  // Beside "Job Title", as in Outlook's and ZoomInfo's files, plain "Title" is Mr or Dr (see autoMapColumns).
  title: 'title',
  company: 'company',
  companydomain: 'companyDomain',
  location: 'location',
  emails: 'email',
  phones: 'phone',
  urls: 'url',
  status: 'status',
  disqualifyreason: 'disqualifyReason',
  source: 'source',
  tags: 'tags',
  // Derived from the fields and the activities: recomputed on import, never read.
  score: null,
  bant: 'bant',
  provenance: 'provenance',
  editedfields: 'editedFields',
  phonelabels: 'phoneLabels',
  notes: 'notes',
  lawfulbasis: 'lawfulBasis',
  donotcontact: 'doNotContact',
  convertedto: 'convertedTo',
  createdat: 'createdAt',
  updatedat: 'updatedAt',
  accountname: 'company',
  accountid: null,
  leadid: null,
  // Plain.
  name: 'fullName',
  email: 'email',
  phone: 'phone',
  linkedin: 'linkedin',
  website: 'website',
  grade: null,
  created: 'createdAt',
  account: ['company', 1],
  // HubSpot labels and internal names.
  phonenumber: 'phone',
  mobilephonenumber: 'mobile',
  jobtitle: 'title',
  companyname: 'company',
  websiteurl: 'website',
  city: 'city',
  stateregion: 'state',
  countryregion: 'country',
  postalcode: 'postalCode',
  lifecyclestage: 'lifecycleStage',
  leadstatus: 'status',
  hsleadstatus: 'status',
  mobilephone: 'mobile',
  zip: 'postalCode',
  associatedcompany: ['company', 1],
  associatedcompanyprimary: ['company', 1],
  associatedcompanyids: null,
  associatedcompanyidsprimary: null,
  associatedcompanyid: null,
  associateddeal: null,
  associateddealids: null,
  associatedcontact: null,
  associatedcontactids: null,
  companyowner: null,
  originalsource: null,
  lastmodifieddate: null,
  hslinkedinurl: 'linkedin',
  contactowner: null,
  recordid: null,
  hubspotowner: null,
  createdate: null,
  lastactivitydate: null,
  // Salesforce labels and API names.
  fax: null,
  leadsource: 'source',
  rating: 'rating',
  industry: null,
  annualrevenue: null,
  noofemployees: null,
  numberofemployees: null,
  street: null,
  stateprovince: 'state',
  state: 'state',
  zippostalcode: 'postalCode',
  country: 'country',
  description: 'notes',
  emailoptout: null,
  hasoptedoutofemail: null,
  donotcall: null,
  recordowner: null,
  leadowner: null,
  ownerid: null,
  createddate: null,
  // Salesforce Data Export API names (Lead.csv, Contact.csv) and report labels.
  isdeleted: null,
  masterrecordid: null,
  salutation: null,
  middlename: null,
  suffix: null,
  latitude: null,
  longitude: null,
  mobilephone2: 'mobile',
  companyaccount: 'company',
  mailingcity: 'city',
  mailingstate: 'state',
  mailingstateprovince: 'state',
  mailingpostalcode: 'postalCode',
  mailingzippostalcode: 'postalCode',
  mailingcountry: 'country',
  mailingstreet: null,
  isconverted: null,
  converteddate: null,
  systemmodstamp: null,
  createdbyid: null,
  lastmodifiedbyid: null,
  lastactivitydate2: null,
  // Outlook contacts (and LinkedIn's old Outlook-format export).
  email2address: 'email',
  email3address: 'email',
  emaildisplayname: null,
  email2displayname: null,
  email3displayname: null,
  emailtype: null,
  email2type: null,
  email3type: null,
  businesscity: 'city',
  businessstate: 'state',
  businesspostalcode: 'postalCode',
  businesscountry: 'country',
  businesscountryregion: 'country',
  businessstreet: null,
  businessfax: null,
  assistantsphone: null,
  assistantsname: null,
  companymainphone: null,
  callback: null,
  pager: null,
  radiophone: null,
  ttytddphone: null,
  telex: null,
  isdn: null,
  webpage: 'website',
  personalwebpage: 'url',
  categories: null,
  // Thunderbird.
  displayname: ['fullName', 1],
  nickname: null,
  screenname: null,
  faxnumber: null,
  pagernumber: null,
  workcity: 'city',
  workstate: 'state',
  workzipcode: 'postalCode',
  workzip: 'postalCode',
  workpostcode: 'postalCode',
  workcountry: 'country',
  workcounty: 'state',
  workaddress: null,
  // Gmail (Google Contacts), the older and the current export.
  additionalname: null,
  yominame: null,
  filesas: null,
  fileas: null,
  groupmembership: null,
  organizationname: 'company',
  organizationtitle: 'title',
  organizationdepartment: null,
  organizationtype: null,
  organizationlocation: null,
  addresscity: 'city',
  addressregion: 'state',
  addresspostalcode: 'postalCode',
  addresscountry: 'country',
  addressformatted: null,
  addressstreet: null,
  addresspobox: null,
  addressextendedaddress: null,
  // Lemlist and Pipedrive.
  icebreaker: null,
  picture: null,
  owner: null,
  // LinkedIn Connections.csv.
  url: 'url',
  emailaddress: 'email',
  position: 'title',
  connectedon: null,
  // Apollo.
  companynameforemails: null,
  emailstatus: null,
  emailconfidence: null,
  primaryemailsource: null,
  primaryemailverificationsource: null,
  seniority: null,
  departments: null,
  workdirectphone: 'phone',
  homephone: 'phone',
  corporatephone: 'phone',
  otherphone: 'phone',
  companyphone: null,
  stage: null,
  lists: null,
  lastcontacted: null,
  accountowner: null,
  employees: null,
  keywords: null,
  personlinkedinurl: 'linkedin',
  companylinkedinurl: null,
  facebookurl: 'url',
  twitterurl: 'url',
  companyaddress: null,
  companycity: null,
  companystate: null,
  companycountry: null,
  companypostalcode: null,
  seodescription: null,
  technologies: null,
  apollocontactid: null,
  apolloaccountid: null,
  // Hunter.
  organization: 'company',
  organisation: 'company',
  linkedinurl: 'linkedin',
  domainname: 'website',
  domain: 'website',
  confidencescore: null,
  verificationstatus: null,
  twitter: null,
  twitterhandle: null,
  department: null,
  // ZoomInfo and similar.
  directphonenumber: 'phone',
  directphone: 'phone',
  directdial: 'phone',
  linkedincontactprofileurl: 'linkedin',
  linkedinprofileurl: 'linkedin',
  linkedinprofile: 'linkedin',
  profileurl: 'linkedin',
  personcity: 'city',
  personstate: 'state',
  personcountry: 'country',
  personzipcode: 'postalCode',
  companywebsite: 'website',
  companydomainname: 'website',
  companyhqphone: null,
  zoominfocontactid: null,
  // Everyday spellings.
  contactname: 'fullName',
  contact: ['fullName', 1],
  givenname: 'firstName',
  forename: 'firstName',
  familyname: 'lastName',
  surname: 'lastName',
  workemail: 'email',
  businessemail: 'email',
  personalemail: 'email',
  otheremail: 'email',
  secondaryemail: 'email',
  primaryemail: 'email',
  mail: 'email',
  telephone: 'phone',
  tel: 'phone',
  workphone: 'phone',
  officephone: 'phone',
  businessphone: 'phone',
  mobile: 'mobile',
  mobilenumber: 'mobile',
  cell: 'mobile',
  cellphone: 'mobile',
  headline: ['title', 1],
  role: ['title', 1],
  designation: ['title', 1],
  employer: ['company', 1],
  region: 'state',
  province: 'state',
  zipcode: 'postalCode',
  postcode: 'postalCode',
  address: ['location', 1],
  tag: 'tags',
  labels: 'tags',
  note: 'notes',
  comment: 'notes',
  comments: 'notes',
  // German and French.
  vorname: 'firstName',
  nachname: 'lastName',
  firma: 'company',
  unternehmen: 'company',
  telefon: 'phone',
  mobil: 'mobile',
  handy: 'mobile',
  emailadresse: 'email',
  stadt: 'city',
  ort: 'city',
  land: 'country',
  prenom: 'firstName',
  nom: 'lastName',
  societe: 'company',
  entreprise: 'company',
  poste: 'title',
  fonction: 'title',
  ville: 'city',
  pays: 'country',
};

/**
 * Last resort for headers nobody listed: a header that ends in a field's
 * usual word, or starts with it and says which one. Narrow on purpose: "Email Status" or "Company Phone"
 * must not be read as a person's email or phone (they are listed above).
 */
const ENDINGS: readonly [RegExp, ImportField][] = [
  [/linkedin(profile)?(url|link)?$/, 'linkedin'],
  // "Email (work)", "Phone (office)": the field's word first, then which one.
  [/^(e?mail|emailaddress)(work|business|personal|home|other|primary|secondary)$/, 'email'],
  [/^(phone|phonenumber|telephone)(work|office|business|direct|main|home|other)$/, 'phone'],
  [/(e?mail|emailaddress)$/, 'email'],
  [/(mobile|cell)(phone)?(number)?$/, 'mobile'],
  [/(phone|phonenumber|telephone)$/, 'phone'],
  [/firstname$/, 'firstName'],
  [/lastname$/, 'lastName'],
  [/fullname$/, 'fullName'],
  [/jobtitle$/, 'title'],
];

/** Gmail's "E-mail 1 - Value", "Phone 2 - Value", "Website 1 - Value": the field's word, a number, "value". */
const NUMBERED_VALUE: Record<string, ImportField> = { email: 'email', phone: 'phone', website: 'url', im: 'url' };
/** Pipedrive's "Person - Email - Work", ZoomInfo's "Person City": the person's own field behind a prefix. */
const PERSON_PREFIX = /^(person|contact|lead|prospect)(?=[a-z])/;

function lookup(key: string): readonly [ImportField, number] | null | undefined {
  const rank = (k: Known | undefined, base: number): readonly [ImportField, number] | null | undefined => {
    if (k === undefined || k === null) return k;
    return typeof k === 'string' ? [k, base] : [k[0], base + k[1]];
  };
  if (key === '') return null;
  const exact = rank(KNOWN[key], 0);
  if (exact !== undefined) return exact;
  const numbered = /^([a-z]+)\d+(value|type|label)$/.exec(key);
  if (numbered) {
    const field = NUMBERED_VALUE[numbered[1] ?? ''];
    if (field) return numbered[2] === 'value' ? [field, 0] : null;
  }
  // "Organization 1 - Name", "Address 1 - City": Gmail's numbered groups; the first is the one a lead takes.
  const group = /^(organization|address)\d+([a-z]+)$/.exec(key);
  if (group) return rank(KNOWN[`${group[1]}${group[2]}`], 0);
  const prefix = PERSON_PREFIX.exec(key);
  if (prefix && key !== 'contactname') {
    const rest = key.slice(prefix[0].length);
    const inner = lookup(rest);
    // "Person - ID" is the other tool's record id, never a LeadClip ID.
    if (inner !== undefined) return inner?.[0] === 'id' ? null : inner;
  }
  // "Email 2", "Phone 3": numbered copies of a field a lead holds several of.
  const unnumbered = key.replace(/\d+$/, '');
  if (unnumbered !== key) {
    const k = rank(KNOWN[unnumbered], 0);
    if (k && MULTI_VALUE_FIELDS.has(k[0])) return k;
  }
  if (key.startsWith('company') || key.startsWith('account')) return undefined;
  for (const [pattern, field] of ENDINGS) if (pattern.test(key)) return [field, 2];
  return undefined;
}

/** Columns that stand in for a single-value field's column when the row leaves that empty. */
const FALLBACK_COLUMNS = new Set(['associatedcompany', 'associatedcompanyprimary']);

/** Whether a column may fill a single-value field another column has: a known stand-in, or a repeat of that column's header. */
function standsIn(
  c: { column: number; field: ImportField },
  mapping: ColumnMapping,
  headers: readonly string[],
): boolean {
  const key = headerKey(headers[c.column] ?? '');
  if (FALLBACK_COLUMNS.has(key)) return true;
  return mapping.some((f, i) => f === c.field && headerKey(headers[i] ?? '') === key);
}

/**
 * A field for each column, or null to leave it out. A field a lead holds one
 * of goes to one column: the best-known header, then the leftmost; a
 * repeat of that header, or a known stand-in, fills it when it is empty.
 */
export function autoMapColumns(headers: readonly string[]): ColumnMapping {
  const candidates: { column: number; field: ImportField; rank: number }[] = [];
  headers.forEach((h, column) => {
    const hit = lookup(headerKey(h));
    if (hit) candidates.push({ column, field: hit[0], rank: hit[1] });
  });
  candidates.sort((a, b) => a.rank - b.rank || a.column - b.column);
  const keys = new Set(headers.map(headerKey));
  const drop = (key: string) => {
    for (const c of candidates) if (headerKey(headers[c.column] ?? '') === key) c.rank = Number.POSITIVE_INFINITY;
  };
  // Salesforce's Data Export: its "Id" is Salesforce's record id, not a LeadClip ID.
  if (keys.has('isdeleted') || keys.has('systemmodstamp') || keys.has('masterrecordid')) drop('id');
  // Google Contacts: "Labels" are contact groups ("* myContacts ::: Clients"), not tags.
  if (keys.has('email1value') || keys.has('fileas')) drop('labels');
  // Outlook, ZoomInfo: "Title" beside "Job Title" is the salutation.
  if (keys.has('jobtitle') || keys.has('organizationtitle') || keys.has('organization1title')) {
    drop('title');
  }
  // LinkedIn's Connections.csv calls the member's profile plain "URL"; "Connected On" tells the file apart.
  if (headers.some((h) => headerKey(h) === 'connectedon')) {
    for (const c of candidates)
      if (c.field === 'url' && headerKey(headers[c.column] ?? '') === 'url') c.field = 'linkedin';
  }
  const mapping: ColumnMapping = headers.map(() => null);
  const taken = new Set<ImportField>();
  for (const c of candidates) {
    if (c.rank === Number.POSITIVE_INFINITY) continue;
    // A repeated header, or HubSpot's "Associated Company" beside "Company Name": the row takes the first filled one.
    if (taken.has(c.field) && !MULTI_VALUE_FIELDS.has(c.field) && !standsIn(c, mapping, headers)) continue;
    mapping[c.column] = c.field;
    taken.add(c.field);
  }
  return mapping;
}

/** How many columns of a row read as headers we know: finds the header row under a file's preamble. */
export function knownHeaderCount(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) if (lookup(headerKey(c))) n++;
  return n;
}
