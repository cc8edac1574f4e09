import { z } from 'zod';
import { CsvEncodingSchema } from '../csv/file-encoding';
import { IMPORT_FIELD_LABEL, type ImportField } from '../csv/map-columns';
import { LeadSourceSchema } from '../model/lead-source';
import { LawfulBasisSchema } from '../model/privacy';

/**
 * The messages between the side panel and the import worker, parsed with
 * zod on arrival at either end like every other message.
 */

const ImportFieldSchema = z.enum(Object.keys(IMPORT_FIELD_LABEL) as [ImportField, ...ImportField[]]);
const MappingSchema = z.array(ImportFieldSchema.nullable());
const ChoicesSchema = z.object({
  source: LeadSourceSchema,
  tags: z.array(z.string()),
  overrideSuppressed: z.boolean().optional(),
  lawfulBasis: LawfulBasisSchema.optional(),
});

export const ImportRequestSchema = z.discriminatedUnion('kind', [
  z.object({
    id: z.number(),
    kind: z.literal('open'),
    bytes: z.instanceof(Uint8Array),
    encoding: CsvEncodingSchema.optional(),
  }),
  z.object({ id: z.number(), kind: z.literal('preview'), mapping: MappingSchema, choices: ChoicesSchema }),
  z.object({ id: z.number(), kind: z.literal('import'), mapping: MappingSchema, choices: ChoicesSchema }),
  z.object({ id: z.number(), kind: z.literal('cancel') }),
]);
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

const CountsSchema = z.object({
  new: z.number(),
  update: z.number(),
  unchanged: z.number(),
  'duplicate-in-file': z.number(),
  suppressed: z.number(),
  error: z.number(),
  blank: z.number(),
});

const RowPlanSchema = z.object({
  line: z.number(),
  outcome: z.enum(['new', 'update', 'unchanged', 'duplicate-in-file', 'suppressed', 'error', 'blank']),
  name: z.string(),
  errors: z.array(z.string()),
  changed: z.array(z.string()),
});

export const OpenedFileSchema = z.object({
  headers: z.array(z.string()),
  firstRow: z.array(z.string()),
  rows: z.number(),
  encoding: CsvEncodingSchema,
  format: z.string().optional(),
  mapping: MappingSchema,
});

export const PreviewSummarySchema = z.object({
  counts: CountsSchema,
  rows: z.array(RowPlanSchema),
  total: z.number(),
  errorReport: z.string(),
});

export const ImportDoneSchema = z.object({
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.number(),
  suppressed: z.number(),
  skipped: z.number(),
  rowsDone: z.number(),
  rowsTotal: z.number(),
  cancelled: z.boolean(),
});

export const ImportReplySchema = z.discriminatedUnion('kind', [
  z.object({ id: z.number(), kind: z.literal('opened'), file: OpenedFileSchema }),
  z.object({ id: z.number(), kind: z.literal('progress'), done: z.number(), total: z.number() }),
  z.object({ id: z.number(), kind: z.literal('previewed'), summary: PreviewSummarySchema }),
  z.object({ id: z.number(), kind: z.literal('imported'), result: ImportDoneSchema }),
  z.object({ id: z.number(), kind: z.literal('failed'), error: z.string() }),
]);
export type ImportReply = z.infer<typeof ImportReplySchema>;
