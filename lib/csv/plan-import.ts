import { z } from 'zod';
import type { IdentityKeys } from '../crm/lead-keys';
import { mergeCaptureIntoLead } from '../crm/merge-capture';
import { type ScoringRules, withScore } from '../crm/score-lead';
import { forgottenOn } from '../crm/suppression';
import { type Bant, EMPTY_BANT } from '../model/bant';
import { TagSchema } from '../model/common';
import { type ImportChoices, ImportChoicesSchema, type ImportCounts, type ImportRowPlan } from '../model/import';
import type { Lead } from '../model/lead';
import { safeParseLead } from '../model/lead-checked-quickly';
import type { PersonField } from '../model/person-fields';
import type { Suppression } from '../model/privacy';
import type { Provenance } from '../model/provenance';
import { UNSCORED } from '../model/score';
import { KeyIndex, type KeyKind, LeadIndex, type UndoLog } from './key-index';
import type { ColumnMapping } from './map-columns';
import type { ParsedCsv } from './parse-csv';
import { type RowRead, type RowValues, rowReader } from './row-reader';
import { writeCsv } from './write-csv';

export type { ImportChoices, ImportRowPlan } from '../model/import';

export interface ImportPreview {
  rows: ImportRowPlan[];
  counts: ImportCounts;
}

// The choices as the worker's messages carry them, with each tag checked as a tag.
const ChoicesSchema = ImportChoicesSchema.extend({ tags: z.array(TagSchema).max(50, 'At most 50 tags') });

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
  /** While rows are planned ahead (see `planAhead`), how to forget them. */
  private undo: UndoLog | undefined;

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

  private target(id: string, line: number): void {
    const had = this.targets.get(id);
    this.targets.set(id, line);
    this.undo?.push(() => (had === undefined ? this.targets.delete(id) : this.targets.set(id, had)));
  }

  /**
   * Plans rows ahead, on a guess (that the store still holds only what the
   * import wrote): `keep()` when the guess holds, `forget()` when it does
   * not, which leaves the planner as it was before `planAhead`.
   */
  planAhead(): { keep: () => void; forget: () => void } {
    const undo: UndoLog = [];
    this.undo = undo;
    const done = () => {
      if (this.undo === undo) this.undo = undefined;
    };
    return {
      keep: done,
      forget: () => {
        done();
        for (let i = undo.length - 1; i >= 0; i--) undo[i]?.();
      },
    };
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
        this.target(existing.id, read.line);
        return { plan: { ...base, outcome: 'unchanged', errors: [], changed: [] } };
      }
      candidate = m.lead;
      changed = m.changed;
    } else {
      candidate = this.newLead(v, store);
    }
    const parsed = safeParseLead(score(candidate));
    if (!parsed.success) {
      const prefix = existing ? `Row ${read.line}: together with the saved lead, ` : `Row ${read.line}: `;
      const errors = [...new Set(parsed.error.issues.map(describeLeadIssue))].map((e) => prefix + e);
      return { plan: { ...base, outcome: 'error', errors, changed: [] } };
    }
    this.target(parsed.data.id, read.line);
    this.planned.add(parsed.data, this.undo);
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
