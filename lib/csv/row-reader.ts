import { z } from 'zod';
import { type IdentityKeys, identityKeys } from '../crm/lead-keys';
import type { PersonDraft } from '../crm/person-draft';
import { type Bant, BantSchema } from '../model/bant';
import { EmailSchema, IdSchema, TagSchema } from '../model/common';
import { type Lead, LeadSchema } from '../model/lead';
import type { LeadSource } from '../model/lead-source';
import type { LeadStatus } from '../model/lead-status';
import { type PersonField, PersonFieldSchema } from '../model/person-fields';
import { type LawfulBasis, LawfulBasisSchema } from '../model/privacy';
import type { Provenance } from '../model/provenance';
import { companyDomainFromEmail, normalizeEmail } from '../person/lead-identity';
import { decodeList, decodeTime, type ListKind } from './cell-codec';
import { combineStatus, readLifecycleStage, readRating, readSource, readStatus } from './crm-values';
import { undoApostrophe, unsafeLinkScheme } from './import-cells';
import { joinLocation } from './location';
import { type ColumnMapping, IMPORT_FIELD_LABEL, type ImportField } from './map-columns';
import type { ParsedCsv } from './parse-csv';
import { restoreFormula } from './write-csv';

/**
 * The row reader of a CSV import: one row's cells, through the column
 * mapping, as checked values a lead would take, or the reasons the row is
 * rejected. It knows nothing of the store; the planner decides what the
 * values do.
 */

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
