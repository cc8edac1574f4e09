import { z } from 'zod';
import { type IdentityKeys, identityKeys } from '../crm/lead-keys';
import { mergeCaptureIntoLead } from '../crm/merge-capture';
import type { PersonDraft } from '../crm/person-draft';
import { type ScoringRules, withScore } from '../crm/score-lead';
import { forgottenOn } from '../crm/suppression';
import { type Bant, BantSchema, EMPTY_BANT } from '../model/bant';
import { EmailSchema, IdSchema, TagSchema } from '../model/common';
import { type Lead, LeadSchema } from '../model/lead';
import { type LeadSource, LeadSourceSchema } from '../model/lead-source';
import type { LeadStatus } from '../model/lead-status';
import { type PersonField, PersonFieldSchema } from '../model/person-fields';
import { type LawfulBasis, LawfulBasisSchema, type Suppression } from '../model/privacy';
import type { Provenance } from '../model/provenance';
import { UNSCORED } from '../model/score';
import { companyDomainFromEmail, normalizeEmail } from '../person/lead-identity';
import { decodeList, decodeTime, type ListKind } from './cell-codec';
import { combineStatus, readLifecycleStage, readRating, readSource, readStatus } from './crm-values';
import { undoApostrophe, unsafeLinkScheme } from './import-cells';
import { joinLocation } from './location';
import { type ColumnMapping, IMPORT_FIELD_LABEL, type ImportField } from './map-columns';
import type { ParsedCsv } from './parse-csv';
import { restoreFormula, writeCsv } from './write-csv';

export interface ImportRowPlan {
  /** The row number a spreadsheet shows (see ParsedCsv). */
  line: number;
  /**
   * `suppressed`: the person was forgotten (an erasure request) and is skipped unless the rep overrides.
   * `blank`: an empty row, or a note or total line after the data: skipped, and `errors` says which.
   */
  outcome: 'new' | 'update' | 'unchanged' | 'duplicate-in-file' | 'suppressed' | 'error' | 'blank';
  name: string;
  /** For an error, why the row is rejected; for a duplicate, which row it repeats. One sentence each, starting "Row N". */
  errors: string[];
  /** For an update, what the row adds to the saved lead, in words ("title", "email", "tags"). */
  changed: string[];
}

export interface ImportPreview {
  rows: ImportRowPlan[];
  counts: Record<ImportRowPlan['outcome'], number>;
}

export interface ImportChoices {
  /** The source of leads whose row names none. */
  source: LeadSource;
  /** Tags every imported lead gets. */
  tags: string[];
  /** Import forgotten people too: the rep's explicit override. Without it their rows are skipped. */
  overrideSuppressed?: boolean;
  /** The lawful basis new leads record; the repository fills it from the privacy settings. */
  lawfulBasis?: LawfulBasis;
}

/** One row's values, read and checked, as a new lead would take them. */
export interface RowValues {
  id?: string;
  draft: PersonDraft;
  /** The draft's identity keys (lib/crm/lead-keys), worked out once: finding matches and the new lead both need them. */
  keys: IdentityKeys;
  status?: LeadStatus;
  disqualifyReason: string;
  source?: LeadSource;
  tags: string[];
  notes: string;
  bant?: Bant;
  provenance?: Provenance[];
  editedFields?: PersonField[];
  lawfulBasis?: LawfulBasis;
  doNotContact?: boolean;
  convertedTo?: Lead['convertedTo'];
  createdAt?: number;
  updatedAt?: number;
}

export interface RowRead {
  line: number;
  name: string;
  errors: string[];
  /** Why the row is skipped without being read (blank, a note): see ParsedRow.skip. */
  skip?: string;
  /** Absent when the row has errors. */
  values?: RowValues;
}

const ChoicesSchema = z.object({
  source: LeadSourceSchema,
  tags: z.array(TagSchema).max(50, 'At most 50 tags'),
  overrideSuppressed: z.boolean().optional(),
  lawfulBasis: LawfulBasisSchema.optional(),
});

/** The rep's choices, checked once: a bad tag there is the rep's to fix, not every row's error. */
export function checkChoices(choices: ImportChoices): ImportChoices {
  const parsed = ChoicesSchema.safeParse(choices);
  if (!parsed.success) {
    throw new Error(`Cannot import with these choices: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  const { overrideSuppressed, lawfulBasis } = parsed.data;
  return {
    source: parsed.data.source,
    tags: [...new Set(parsed.data.tags)],
    ...(overrideSuppressed !== undefined ? { overrideSuppressed } : {}),
    ...(lawfulBasis !== undefined ? { lawfulBasis } : {}),
  };
}

function uniqueBy(values: readonly string[], key: (v: string) => string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const k = key(v);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}

// The same "same value" rules as capture (person-draft) and hand edits (edit-lead-fields).
const emailIdentity = normalizeEmail;
const phoneIdentity = (p: string) => p.replace(/[^\d+]/g, '') || p;
const urlIdentity = (u: string) => u.replace(/\/+$/, '').toLowerCase();

/** "acme.com" as a link: a website column often holds a bare domain. */
function websiteUrl(v: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(v) ? v : `https://${v.replace(/^\/+/, '')}`;
}

/** "linkedin.com/in/ada" or "acme.com": a link written without its scheme gets https; anything else stays as written. */
function linkUrl(v: string): string {
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(v) ? `https://${v}` : v;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

const ConvertedToSchema = z.object({
  contactId: IdSchema,
  accountId: IdSchema,
  dealId: IdSchema.optional(),
});

const issueList = (e: z.ZodError) =>
  e.issues
    .map((i) => {
      const path = i.path.filter((p) => typeof p === 'string').join('.');
      return path ? `${path}: ${i.message}` : i.message;
    })
    .join('; ');

type Cell<T> = { ok: true; value: T } | { ok: false; error: string };
type Check<T> = (raw: unknown, column: string) => Cell<T>;

function zodCheck<T>(schema: z.ZodType<T>, what: string): Check<T> {
  return (raw, column) => {
    const parsed = schema.safeParse(raw);
    return parsed.success
      ? { ok: true, value: parsed.data }
      : { ok: false, error: `the ${column} cell does not hold ${what} (${issueList(parsed.error)})` };
  };
}

/**
 * Only the shape of the Provenance cell: each capture is checked once, with
 * the whole lead (LeadSchema) before it is written, and a rejected capture
 * is reported as being in this cell (describeLeadIssue).
 */
const captureList: Check<Provenance[]> = (raw, column) =>
  Array.isArray(raw)
    ? { ok: true, value: raw as Provenance[] }
    : { ok: false, error: `the ${column} cell does not hold a list of captures` };

const BANT_CHECK = zodCheck(BantSchema, 'BANT answers');
const CONVERTED_TO_CHECK = zodCheck(ConvertedToSchema, 'a contact and an account ID');
const PHONE_LABELS_CHECK = zodCheck(LeadSchema.shape.phoneLabels, 'phone numbers with their kind');

function jsonCell<T>(cell: string, check: Check<T>, column: string): Cell<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(cell);
  } catch {
    return { ok: false, error: `the ${column} cell is not valid JSON` };
  }
  return check(raw, column);
}

const joinName = (first: string, last: string) => [first, last].filter(Boolean).join(' ');

/** Reads the cells of rows through a mapping: restores neutralised formulas, knows which columns fill which field. */
class RowReader {
  private readonly columns = new Map<ImportField, number[]>();
  readonly width: number;

  constructor(headers: readonly string[], mapping: ColumnMapping) {
    this.width = headers.length;
    mapping.forEach((field, i) => {
      if (field === null || i >= headers.length) return;
      const list = this.columns.get(field);
      if (list) list.push(i);
      else this.columns.set(field, [i]);
    });
  }

  has(field: ImportField): boolean {
    return this.columns.has(field);
  }

  /** The cell of a single-value field, trimmed: the first filled one of its columns; '' when unmapped or empty. */
  one(cells: readonly string[], field: ImportField): string {
    const cols = this.columns.get(field);
    if (!cols) return '';
    for (const i of cols) {
      const v = restoreFormula(cells[i] ?? '').trim();
      if (v) return v;
    }
    return '';
  }

  /** Every item of a list field, over all columns mapped to it. */
  list(cells: readonly string[], field: ImportField, kind: ListKind): string[] {
    const cols = this.columns.get(field);
    if (!cols) return [];
    const out: string[] = [];
    for (const i of cols) for (const v of decodeList(restoreFormula(cells[i] ?? ''), kind)) out.push(v);
    return out;
  }

  read(row: ParsedCsv['rows'][number]): RowRead {
    const at = `Row ${row.line}`;
    if (row.skip !== undefined)
      return { line: row.line, name: '', errors: [`${at}: ${row.skip}, skipped`], skip: row.skip };
    const errors: string[] = [];
    const fail = (why: string) => errors.push(`${at}: ${why}`);
    const { cells } = row;
    if (row.error) fail(row.error);
    if (cells.length > this.width && cells.slice(this.width).some((c) => c.trim() !== '')) {
      errors.push(
        `${at} has ${cells.length} cells but the header has ${this.width} columns: a cell holding the separator was probably not quoted`,
      );
    }

    const firstName = this.one(cells, 'firstName');
    const lastName = this.one(cells, 'lastName');
    const fullName = this.one(cells, 'fullName') || joinName(firstName, lastName);

    const emails: string[] = [];
    let badEmails = 0;
    for (const raw of this.list(cells, 'email', 'email')) {
      const email = EmailSchema.safeParse(raw);
      if (email.success) emails.push(email.data);
      else {
        badEmails++;
        fail(`"${raw}" is not a valid email address`);
      }
    }
    // Apollo and others write "'+91 98113 42484" so Excel keeps the number as text.
    const phones = [...this.list(cells, 'phone', 'phone'), ...this.list(cells, 'mobile', 'phone')].map(undoApostrophe);
    const links = (field: ImportField): string[] =>
      this.list(cells, field, 'url').filter((u) => {
        const scheme = unsafeLinkScheme(u);
        if (scheme === undefined) return true;
        fail(
          `the ${IMPORT_FIELD_LABEL[field]} cell holds a ${scheme} link ("${u.slice(0, 60)}"), which could run code when opened, so the row is rejected`,
        );
        return false;
      });
    const websites = links('website').map(websiteUrl);
    const urls = [...links('url'), ...links('linkedin')].map(linkUrl).concat(websites);
    const uniqueEmails = uniqueBy(emails, emailIdentity);

    // A LeadClip file carries the domain as it was; other files give it by their website or business email.
    const companyDomain = this.has('companyDomain')
      ? this.one(cells, 'companyDomain')
      : websites.map(hostOf).find(Boolean) || (uniqueEmails.map(companyDomainFromEmail).find(Boolean) ?? '');
    const location =
      this.one(cells, 'location') ||
      joinLocation({
        city: this.one(cells, 'city'),
        region: this.one(cells, 'state'),
        postalCode: this.one(cells, 'postalCode'),
        country: this.one(cells, 'country'),
      });

    const draft: PersonDraft = {
      fullName,
      firstName,
      lastName,
      title: this.one(cells, 'title'),
      company: this.one(cells, 'company'),
      companyDomain,
      location,
      emails: uniqueEmails,
      phones: uniqueBy(phones, phoneIdentity),
      phoneLabels: {},
      urls: uniqueBy(urls, urlIdentity),
    };
    const name = fullName || uniqueEmails[0] || '';
    if (!name && badEmails === 0) fail('a row needs a name or an email address');

    const status = readStatus(this.one(cells, 'status'));
    const lifecycle = readLifecycleStage(this.one(cells, 'lifecycleStage'));
    const rating = readRating(this.one(cells, 'rating'));
    if (!status.ok) fail(status.error);
    if (!lifecycle.ok) fail(lifecycle.error);
    if (!rating.ok) fail(rating.error);
    const reading = combineStatus(
      status.ok ? status.value : undefined,
      lifecycle.ok ? lifecycle.value : undefined,
      rating.ok ? rating.value : undefined,
    );
    let disqualifyReason = this.one(cells, 'disqualifyReason');
    if (reading?.status === 'disqualified' && !disqualifyReason && !this.has('disqualifyReason')) {
      // A disqualified lead always says why; another system's status is the best reason we have.
      disqualifyReason = reading.reason ?? 'Imported as disqualified';
    }

    const tags: string[] = [];
    for (const raw of this.list(cells, 'tags', 'tag')) {
      const tag = TagSchema.safeParse(raw);
      if (tag.success) tags.push(tag.data);
      else fail(`"${raw}" is not a valid tag (${tag.error.issues[0]?.message ?? 'invalid'})`);
    }
    if (reading?.customer) tags.push('customer');

    const values: RowValues = {
      draft,
      keys: identityKeys(draft),
      disqualifyReason,
      tags: [...new Set(tags)],
      notes: this.one(cells, 'notes'),
    };
    if (reading) values.status = reading.status;
    const source = readSource(this.one(cells, 'source'));
    if (source) values.source = source;

    const id = this.one(cells, 'id');
    if (id) {
      if (IdSchema.safeParse(id).success) values.id = id;
      else fail(`the ID "${id.slice(0, 80)}" is longer than 64 characters`);
    }
    const json = <T>(field: ImportField, check: Check<T>, column: string): T | undefined => {
      const cell = this.one(cells, field);
      if (!cell) return undefined;
      const read = jsonCell(cell, check, column);
      if (read.ok) return read.value;
      fail(read.error);
      return undefined;
    };
    const bant = json('bant', BANT_CHECK, 'BANT');
    if (bant) values.bant = bant;
    if (this.has('provenance')) values.provenance = json('provenance', captureList, 'Provenance') ?? [];
    const convertedTo = json('convertedTo', CONVERTED_TO_CHECK, 'Converted To');
    if (convertedTo) values.convertedTo = convertedTo;
    const phoneLabels = json('phoneLabels', PHONE_LABELS_CHECK, 'Phone Labels');
    // Only the kinds of numbers this row has: a label never brings a number of its own.
    if (phoneLabels) {
      values.draft.phoneLabels = Object.fromEntries(
        Object.entries(phoneLabels).filter(([n]) => values.draft.phones.includes(n)),
      );
    }
    if (this.has('editedFields')) {
      const fields: PersonField[] = [];
      for (const raw of this.list(cells, 'editedFields', 'word')) {
        const f = PersonFieldSchema.safeParse(raw);
        if (f.success) fields.push(f.data);
        else fail(`"${raw}" is not a lead field LeadClip knows (${PersonFieldSchema.options.join(', ')})`);
      }
      values.editedFields = fields;
    }
    const basis = this.one(cells, 'lawfulBasis');
    if (basis) {
      // The value LeadClip writes ("legitimate-interest") or its label ("Legitimate interest").
      const b = LawfulBasisSchema.safeParse(basis.trim().toLowerCase().replace(/\s+/g, '-'));
      if (b.success) values.lawfulBasis = b.data;
      else fail(`"${basis.slice(0, 80)}" is not a lawful basis (${LawfulBasisSchema.options.join(', ')})`);
    }
    const dnc = this.one(cells, 'doNotContact').trim().toLowerCase();
    if (dnc) {
      if (['yes', 'true', '1', 'y', 'x'].includes(dnc)) values.doNotContact = true;
      else if (['no', 'false', '0', 'n'].includes(dnc)) values.doNotContact = false;
      else fail(`"${dnc.slice(0, 80)}" in Do Not Contact is neither yes nor no`);
    }
    for (const field of ['createdAt', 'updatedAt'] as const) {
      const cell = this.one(cells, field);
      if (!cell) continue;
      const ms = decodeTime(cell);
      if (ms === undefined)
        fail(`"${cell}" is not a date LeadClip can read (write 2026-11-23 or 2026-11-23T09:00:00Z)`);
      else values[field] = ms;
    }
    const shown = name || this.list(cells, 'email', 'email')[0] || `Row ${row.line}`;
    return errors.length > 0
      ? { line: row.line, name: shown, errors }
      : { line: row.line, name: shown, errors, values };
  }
}

/** Reads one row at a time, so a large file's rows are read as they are planned rather than all held at once. */
export function rowReader(parsed: ParsedCsv, mapping: ColumnMapping): (row: ParsedCsv['rows'][number]) => RowRead {
  const reader = new RowReader(parsed.headers, mapping);
  return (row) => reader.read(row);
}

type KeyKind = 'email' | 'profile' | 'name';

/**
 * Lead ids by identity key. Where several leads share a key the smallest id
 * answers, as the store's index does (`where(key).equals(k).first()`), so a
 * preview and the capture path pick the same lead.
 */
class KeyIndex {
  protected readonly ids = new Set<string>();
  private readonly email = new Map<string, string>();
  private readonly profile = new Map<string, string>();
  private readonly name = new Map<string, string>();

  private static keep(map: Map<string, string>, key: string, id: string): void {
    const have = map.get(key);
    if (have === undefined || id < have) map.set(key, id);
  }

  add(lead: Pick<Lead, 'id' | 'emailKeys' | 'profileKeys' | 'nameKey'>): void {
    this.ids.add(lead.id);
    for (const k of lead.emailKeys) KeyIndex.keep(this.email, k, lead.id);
    for (const k of lead.profileKeys) KeyIndex.keep(this.profile, k, lead.id);
    if (lead.nameKey) KeyIndex.keep(this.name, lead.nameKey, lead.id);
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  hit(kind: KeyKind, key: string): string | undefined {
    switch (kind) {
      case 'email':
        return this.email.get(key);
      case 'profile':
        return this.profile.get(key);
      default:
        return this.name.get(key);
    }
  }
}

/** Saved leads a chunk of rows may be, by id and identity key: what the planner merges into. */
export class LeadIndex extends KeyIndex {
  private readonly leads = new Map<string, Lead>();

  static of(leads: Iterable<Lead>): LeadIndex {
    const index = new LeadIndex();
    for (const l of leads) index.add(l);
    return index;
  }

  override add(lead: Lead): void {
    super.add(lead);
    this.leads.set(lead.id, lead);
  }

  get(id: string): Lead | undefined {
    return this.leads.get(id);
  }

  /** Ids of saved rows that no longer parse: a new lead must not take one and overwrite what is there. */
  readonly unreadable = new Set<string>();
}

type MatchedBy = 'id' | 'email' | 'profile' | 'name';

const MATCHED_BY_WORDS: Record<MatchedBy, string> = {
  id: 'LeadClip ID',
  email: 'email address',
  profile: 'profile link',
  name: 'name and company',
};

const CHANGE_WORDS: Record<PersonField, string> = {
  fullName: 'name',
  firstName: 'first name',
  lastName: 'last name',
  title: 'title',
  company: 'company',
  email: 'email',
  phone: 'phone',
  location: 'location',
  url: 'link',
  profileUrl: 'profile',
};

const FIELD_WORDS: Record<string, string> = {
  id: 'The ID',
  fullName: 'The name',
  firstName: 'The first name',
  lastName: 'The last name',
  title: 'The title',
  company: 'The company',
  companyDomain: 'The company domain',
  location: 'The location',
  emails: 'email addresses',
  phones: 'phone numbers',
  urls: 'links',
  disqualifyReason: 'The disqualify reason',
  tags: 'tags',
  notes: 'The notes',
  provenance: 'captures',
};

/** A zod issue about a lead as a sentence: "The title is longer than 200 characters". */
/** The LeadClip columns whose cells hold JSON, for errors found inside them. */
const JSON_COLUMNS: Record<string, string> = {
  provenance: 'the Provenance cell does not hold a list of captures',
  bant: 'the BANT cell does not hold BANT answers',
  convertedTo: 'the Converted To cell does not hold a contact and an account ID',
};

function describeLeadIssue(issue: z.core.$ZodIssue): string {
  const [top, index] = issue.path;
  const field = typeof top === 'string' ? top : '';
  const inJson = JSON_COLUMNS[field];
  if (inJson && issue.path.length > 1) return `${inJson} (${issue.path.slice(1).join('.')}: ${issue.message})`;
  const word = FIELD_WORDS[field] ?? field;
  if (issue.code === 'too_big') {
    if (issue.origin === 'array') return `a lead has at most ${issue.maximum} ${word}`;
    if (issue.origin === 'string') {
      const what = typeof index === 'number' ? `One of the ${word}` : word;
      return `${what} is longer than ${issue.maximum} characters`;
    }
  }
  return word ? `${word}: ${issue.message}` : issue.message;
}

const isEmptyBant = (b: Bant) =>
  Object.values(b).every((item: Bant['budget']) => item.answer === 'unknown' && item.note === '');

export interface PlanContext {
  now: number;
  newId: () => string;
  choices: ImportChoices;
}

export interface PlannedRow {
  plan: ImportRowPlan;
  /** The lead to save: the new one, or the saved one with this row merged in. */
  write?: Lead;
}

/**
 * Decides, row by row, what importing does, as if each row were captured
 * after the ones before it: dedupe by the capture rules (a LeadClip ID
 * first, then normalised email, canonical profile link, name + company),
 * merge into a saved lead as a capture does (fill what is empty, add
 * emails, phones and links, never touch a field the rep edited), and a row
 * that is the same person as an earlier row is a duplicate. It remembers
 * the leads earlier rows created or changed, so a dry run over a store that
 * has not been written sees what the real import will.
 */
export class ImportPlanner {
  /** The leads earlier rows created or changed: their ids and keys only, so 100,000 planned leads are not all kept alive. */
  private readonly planned = new KeyIndex();
  /** Lead id → the row that created, updated or confirmed it. */
  private readonly targets = new Map<string, number>();

  constructor(private readonly ctx: PlanContext) {}

  private match(
    id: string | undefined,
    keys: IdentityKeys,
    store: LeadIndex,
  ): { id: string; by: MatchedBy } | undefined {
    if (id !== undefined && (this.planned.has(id) || store.has(id))) return { id, by: 'id' };
    const first = (kind: KeyKind, key: string): string | undefined => {
      const a = this.planned.hit(kind, key);
      const b = store.hit(kind, key);
      return a === undefined ? b : b === undefined || a < b ? a : b;
    };
    for (const k of keys.emailKeys) {
      const hit = first('email', k);
      if (hit !== undefined) return { id: hit, by: 'email' };
    }
    for (const k of keys.profileKeys) {
      const hit = first('profile', k);
      if (hit !== undefined) return { id: hit, by: 'profile' };
    }
    if (keys.nameKey) {
      const hit = first('name', keys.nameKey);
      if (hit !== undefined) return { id: hit, by: 'name' };
    }
    return undefined;
  }

  private importProvenance(): Provenance {
    return { pageUrl: '', pageTitle: 'CSV import', extractors: ['csv'], capturedAt: this.ctx.now, confidence: {} };
  }

  private newLead(v: RowValues, store: LeadIndex): Lead {
    const { now, choices } = this.ctx;
    return {
      id: v.id !== undefined && !store.unreadable.has(v.id) ? v.id : this.ctx.newId(),
      ...v.draft,
      ...v.keys,
      status: v.status ?? 'new',
      disqualifyReason: v.disqualifyReason,
      source: v.source ?? choices.source,
      tags: [...new Set([...v.tags, ...choices.tags])],
      score: UNSCORED,
      bant: v.bant ?? EMPTY_BANT,
      provenance: v.provenance ?? [this.importProvenance()],
      editedFields: v.editedFields ?? [],
      notes: v.notes,
      lawfulBasis: v.lawfulBasis ?? choices.lawfulBasis ?? 'legitimate-interest',
      doNotContact: v.doNotContact ?? false,
      ...(v.convertedTo ? { convertedTo: v.convertedTo } : {}),
      createdAt: v.createdAt ?? now,
      updatedAt: v.updatedAt ?? now,
    };
  }

  /** The saved lead with the row merged in, and what that changed; status, source and times stay the lead's own. */
  private merged(existing: Lead, v: RowValues): { lead: Lead; changed: string[] } {
    const { now, choices } = this.ctx;
    const merge = mergeCaptureIntoLead(existing, v.draft, this.importProvenance(), now);
    const lead: Lead = { ...merge.lead };
    const changed = merge.changed.map((f) => CHANGE_WORDS[f]);
    // A converted lead keeps its tags as they were: the contact, account and deal carry them on.
    if (existing.status !== 'converted') {
      const add = [...new Set([...v.tags, ...choices.tags])].filter((t) => !existing.tags.includes(t));
      if (add.length > 0) {
        lead.tags = [...existing.tags, ...add];
        changed.push('tags');
      }
    }
    if (!existing.notes && v.notes) {
      lead.notes = v.notes;
      changed.push('notes');
    }
    if (v.bant && isEmptyBant(existing.bant) && !isEmptyBant(v.bant)) {
      lead.bant = v.bant;
      changed.push('BANT');
    }
    if (v.provenance !== undefined) {
      // Another LeadClip's captures of this person: keep the ones this store lacks.
      const have = new Set(existing.provenance.map((p) => JSON.stringify(p)));
      const add = v.provenance.filter((p) => !have.has(JSON.stringify(p)));
      if (add.length > 0) changed.push('captures');
      lead.provenance = [...existing.provenance, ...add].slice(-100);
    }
    // A do-not-contact request in the file is honoured; the saved lawful basis is the rep's and stays.
    if (v.doNotContact === true && !existing.doNotContact) {
      lead.doNotContact = true;
      changed.push('do not contact');
    }
    if (changed.length > 0) lead.updatedAt = now;
    return { lead, changed };
  }

  /**
   * One row's outcome. `store` holds the saved leads this row may match;
   * `score` brings a lead's score up to date (the caller knows the rules and
   * the activities). The lead to write is validated like every write.
   */
  plan(
    read: RowRead,
    store: LeadIndex,
    score: (lead: Lead) => Lead,
    suppressed: (keys: IdentityKeys) => Suppression | undefined = () => undefined,
  ): PlannedRow {
    const base = { line: read.line, name: read.name };
    if (read.skip !== undefined) return { plan: { ...base, outcome: 'blank', errors: read.errors, changed: [] } };
    const v = read.values;
    if (!v) return { plan: { ...base, outcome: 'error', errors: read.errors, changed: [] } };
    const match = this.match(v.id, v.keys, store);
    // A person saved now was brought back deliberately; one not saved but forgotten is skipped unless overridden.
    const forgotten = match ? undefined : suppressed(v.keys);
    if (forgotten && this.ctx.choices.overrideSuppressed !== true) {
      const why = `Row ${read.line}: this person was ${forgottenOn(forgotten.forgottenAt)}, so the row is skipped`;
      return { plan: { ...base, outcome: 'suppressed', errors: [why], changed: [] } };
    }
    const earlier = match ? this.targets.get(match.id) : undefined;
    if (match && earlier !== undefined) {
      const why = `Row ${read.line}: the same person as row ${earlier} (same ${MATCHED_BY_WORDS[match.by]}), so it is skipped`;
      return { plan: { ...base, outcome: 'duplicate-in-file', errors: [why], changed: [] } };
    }
    const existing = match ? store.get(match.id) : undefined;
    let candidate: Lead;
    let changed: string[] = [];
    if (existing) {
      const m = this.merged(existing, v);
      if (m.changed.length === 0) {
        this.targets.set(existing.id, read.line);
        return { plan: { ...base, outcome: 'unchanged', errors: [], changed: [] } };
      }
      candidate = m.lead;
      changed = m.changed;
    } else {
      candidate = this.newLead(v, store);
    }
    const parsed = LeadSchema.safeParse(score(candidate));
    if (!parsed.success) {
      const prefix = existing ? `Row ${read.line}: together with the saved lead, ` : `Row ${read.line}: `;
      const errors = [...new Set(parsed.error.issues.map(describeLeadIssue))].map((e) => prefix + e);
      return { plan: { ...base, outcome: 'error', errors, changed: [] } };
    }
    this.targets.set(parsed.data.id, read.line);
    this.planned.add(parsed.data);
    return {
      plan: { ...base, outcome: existing ? 'update' : 'new', errors: [], changed },
      write: parsed.data,
    };
  }
}

export function emptyCounts(): ImportPreview['counts'] {
  return { new: 0, update: 0, unchanged: 0, 'duplicate-in-file': 0, suppressed: 0, error: 0, blank: 0 };
}

export function previewOf(rows: ImportRowPlan[]): ImportPreview {
  const counts = emptyCounts();
  for (const r of rows) counts[r.outcome] += 1;
  return { rows, counts };
}

/**
 * The whole plan without a store: the saved leads, if any, are given. For
 * tests and the benchmark (parse, validate, map and dedupe without IndexedDB).
 */
export function planImportInMemory(
  parsed: ParsedCsv,
  mapping: ColumnMapping,
  choices: ImportChoices,
  ctx: { now: number; newId: () => string; rules: ScoringRules; saved?: readonly Lead[] },
): { preview: ImportPreview; writes: Lead[] } {
  const checked = checkChoices(choices);
  const planner = new ImportPlanner({ now: ctx.now, newId: ctx.newId, choices: checked });
  const store = LeadIndex.of(ctx.saved ?? []);
  const score = (lead: Lead) => withScore(lead, [], ctx.rules, ctx.now);
  const rows: ImportRowPlan[] = [];
  const writes: Lead[] = [];
  const read = rowReader(parsed, mapping);
  for (const row of parsed.rows) {
    const step = planner.plan(read(row), store, score);
    rows.push(step.plan);
    if (step.write) writes.push(step.write);
  }
  return { preview: previewOf(rows), writes };
}

/** The rejected rows as they were in the file, with why in a first column "Error": fix them there and import again. */
export function importErrorReport(preview: ImportPreview, parsed: ParsedCsv): string {
  const cells = new Map(parsed.rows.map((r) => [r.line, r.cells]));
  const records = preview.rows
    .filter((r) => r.outcome === 'error')
    .map((r) => [r.errors.join(' '), ...(cells.get(r.line) ?? [])]);
  return writeCsv(['Error', ...parsed.headers], records, ',');
}
