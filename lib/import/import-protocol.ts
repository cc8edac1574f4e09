import { z } from 'zod';
import { CsvEncodingSchema } from '../csv/file-encoding';
import { IMPORT_FIELD_LABEL, type ImportField } from '../csv/map-columns';
import {
  BatchedImportResultSchema,
  ImportChoicesSchema,
  ImportCountsSchema,
  ImportRowPlanSchema,
} from '../model/import';

/**
 * The messages between the side panel and the import worker, parsed with
 * zod on arrival at either end like every other message.
 */

const ImportFieldSchema = z.enum(Object.keys(IMPORT_FIELD_LABEL) as [ImportField, ...ImportField[]]);
const MappingSchema = z.array(ImportFieldSchema.nullable());
export const ImportRequestSchema = z.discriminatedUnion('kind', [
  z.object({
    id: z.number(),
    kind: z.literal('open'),
    bytes: z.instanceof(Uint8Array),
    encoding: CsvEncodingSchema.optional(),
  }),
  z.object({ id: z.number(), kind: z.literal('preview'), mapping: MappingSchema, choices: ImportChoicesSchema }),
  z.object({ id: z.number(), kind: z.literal('import'), mapping: MappingSchema, choices: ImportChoicesSchema }),
  z.object({ id: z.number(), kind: z.literal('cancel') }),
]);
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

/** What the wizard shows of an opened file: enough to check the mapping, not the whole file. */
export const OpenedFileSchema = z.object({
  headers: z.array(z.string()),
  /** The first data row's cells, beside each column in the mapping table. */
  firstRow: z.array(z.string()),
  rows: z.number(),
  encoding: CsvEncodingSchema,
  /** The tool that wrote the file, when its headers say so. */
  format: z.string().optional(),
  mapping: MappingSchema,
});
export type OpenedFile = z.infer<typeof OpenedFileSchema>;

/** A dry run as the wizard shows it: every count, the first rows, and the error report when rows are rejected. */
export const PreviewSummarySchema = z.object({
  counts: ImportCountsSchema,
  rows: z.array(ImportRowPlanSchema),
  total: z.number(),
  /** The rejected rows as a CSV with an Error column; '' when none is rejected. */
  errorReport: z.string(),
});
export type PreviewSummary = z.infer<typeof PreviewSummarySchema>;

export const ImportReplySchema = z.discriminatedUnion('kind', [
  z.object({ id: z.number(), kind: z.literal('opened'), file: OpenedFileSchema }),
  z.object({ id: z.number(), kind: z.literal('progress'), done: z.number(), total: z.number() }),
  z.object({ id: z.number(), kind: z.literal('previewed'), summary: PreviewSummarySchema }),
  z.object({ id: z.number(), kind: z.literal('imported'), result: BatchedImportResultSchema }),
  z.object({ id: z.number(), kind: z.literal('failed'), error: z.string() }),
]);
export type ImportReply = z.infer<typeof ImportReplySchema>;
