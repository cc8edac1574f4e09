import { z } from 'zod';
import { LeadSourceSchema } from './lead-source';
import { LawfulBasisSchema } from './privacy';

/** What the rep chose for a CSV import: as for a capture, plus the lawful basis the repository fills in. */
export const ImportChoicesSchema = z.object({
  /** The source of leads whose row names none. */
  source: LeadSourceSchema,
  /** Tags every imported lead gets. */
  tags: z.array(z.string()),
  /** Import forgotten people too: the rep's explicit override. Without it their rows are skipped. */
  overrideSuppressed: z.boolean().optional(),
  /** The lawful basis new leads record; the repository fills it from the privacy settings. */
  lawfulBasis: LawfulBasisSchema.optional(),
});
export type ImportChoices = z.infer<typeof ImportChoicesSchema>;

/**
 * What a row does. `suppressed`: the person was forgotten (an erasure request) and is skipped unless the rep
 * overrides. `blank`: an empty row, or a note or total line after the data: skipped, and `errors` says which.
 */
export const ImportRowOutcomeSchema = z.enum([
  'new',
  'update',
  'unchanged',
  'duplicate-in-file',
  'suppressed',
  'error',
  'blank',
]);
export type ImportRowOutcome = z.infer<typeof ImportRowOutcomeSchema>;

export const ImportRowPlanSchema = z.object({
  /** The row number a spreadsheet shows (see ParsedCsv). */
  line: z.number(),
  outcome: ImportRowOutcomeSchema,
  name: z.string(),
  /** For an error, why the row is rejected; for a duplicate, which row it repeats. One sentence each, starting "Row N". */
  errors: z.array(z.string()),
  /** For an update, what the row adds to the saved lead, in words ("title", "email", "tags"). */
  changed: z.array(z.string()),
});
export type ImportRowPlan = z.infer<typeof ImportRowPlanSchema>;

/** How many rows of the file have each outcome. */
export const ImportCountsSchema = z.record(ImportRowOutcomeSchema, z.number());
export type ImportCounts = z.infer<typeof ImportCountsSchema>;

export const ImportResultSchema = z.object({
  created: z.number(),
  updated: z.number(),
  /** Rows whose person was already saved as they say, and rows repeating an earlier row of the file. */
  unchanged: z.number(),
  /** Rows with errors: nothing of them is written. */
  rejected: z.number(),
  /** Rows of forgotten people, skipped (the rep did not override). */
  suppressed: z.number(),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

/** What an import that may be cancelled did: the result of the batches written, and whether it stopped early. */
export const BatchedImportResultSchema = ImportResultSchema.extend({
  /** Blank rows and notes after the data, skipped. */
  skipped: z.number(),
  /** Rows of the file whose batch was written (all of them unless cancelled). */
  rowsDone: z.number(),
  rowsTotal: z.number(),
  cancelled: z.boolean(),
});
export type BatchedImportResult = z.infer<typeof BatchedImportResultSchema>;

export const ImportProgressSchema = z.object({ done: z.number(), total: z.number() });
export type ImportProgress = z.infer<typeof ImportProgressSchema>;
