import type { Observable } from 'dexie';
import type { EmailGuessView } from '../crm/email-guess-for';
import type { CsvExportOptions } from '../csv/export-csv';
import type { ColumnMapping } from '../csv/map-columns';
import type { ParsedCsv } from '../csv/parse-csv';
import type { ImportPreview } from '../csv/plan-import';
import type { CsvEntity } from '../csv/presets';
import type { ForgetSummary, ForgetTarget } from '../db/privacy-repository';
import type { Account } from '../model/account';
import type { Activity } from '../model/activity';
import type { Bant } from '../model/bant';
import type { Contact } from '../model/contact';
import type { ConversionSummary, DealDraft } from '../model/conversion';
import type { Deal } from '../model/deal';
import type { ImportChoices } from '../model/import';
import type { Lead } from '../model/lead';
import type { LeadFieldPatch } from '../model/lead-edit';
import type { LeadStatus } from '../model/lead-status';
import type { LawfulBasis, Suppression } from '../model/privacy';
import type { Settings } from '../model/settings';
import type { LeadRow } from './lead-rows';

/** An opaque undo token for a bulk delete. */
export interface DeletedLeadsToken {
  count: number;
}

/** What the side panel can read and do; built in lib/ from the repositories, so components never touch storage. */
export interface WorkspaceServices {
  recentLeadRows(limit: number): Promise<LeadRow[]>;
  watchLeadRows(): Observable<LeadRow[]>;
  watchLead(id: string): Observable<{ lead: Lead; activities: Activity[] } | undefined>;
  watchContacts(): Observable<Contact[]>;
  watchAccounts(): Observable<(Account & { contactCount: number; dealCount: number })[]>;
  watchSettings(): Observable<Settings>;
  accountDetail(id: string): Promise<{ account: Account; contacts: Contact[]; deals: Deal[] } | undefined>;
  saveFields(id: string, patch: LeadFieldPatch): Promise<void>;
  /** The likely address of a lead without one, learned from the rep's people at its company; undefined when none. */
  emailGuess(id: string): Promise<EmailGuessView | undefined>;
  /** Keep the guessed address on the lead, recorded as inferred (exported only as a guess). */
  acceptEmailGuess(id: string, email: string): Promise<void>;
  setStatus(
    ids: string[],
    to: LeadStatus,
    reason?: string,
  ): Promise<{ changed: number; refused: { id: string; reason: string }[] }>;
  setTags(id: string, tags: string[]): Promise<void>;
  addTags(ids: string[], tags: string[]): Promise<void>;
  addActivity(
    id: string,
    a: Pick<Activity, 'kind' | 'direction' | 'text' | 'at'>,
  ): Promise<{ suggestQualify: boolean }>;
  saveBant(id: string, bant: Bant): Promise<void>;
  qualify(id: string, bant: Bant): Promise<void>;
  previewConversion(id: string, deal: DealDraft | undefined): Promise<ConversionSummary>;
  convert(id: string, deal: DealDraft | undefined): Promise<void>;
  deleteLeads(ids: string[]): Promise<DeletedLeadsToken>;
  undoDelete(token: DeletedLeadsToken): Promise<void>;
  /** Builds the file in chunks (reporting progress) and hands it to the browser's download. `ids` undefined: all. */
  exportCsv(
    entity: CsvEntity,
    ids: string[] | undefined,
    options: CsvExportOptions,
    onProgress: (p: { done: number; total: number }) => void,
  ): Promise<ExportedFile>;
  exportVCards(entity: 'leads' | 'contacts', ids: string[] | undefined): Promise<ExportedFile>;
  previewImport(parsed: ParsedCsv, mapping: ColumnMapping, choices: ImportChoices): Promise<ImportPreview>;
  importRows(
    parsed: ParsedCsv,
    mapping: ColumnMapping,
    choices: ImportChoices,
  ): Promise<{ created: number; updated: number; unchanged: number; rejected: number; suppressed: number }>;
  downloadImportErrors(preview: ImportPreview, parsed: ParsedCsv): void;
  /** The lawful basis and do-not-contact flag of a lead. */
  setLeadPrivacy(id: string, patch: { lawfulBasis?: LawfulBasis; doNotContact?: boolean }): Promise<void>;
  /** What forgetting would remove (the confirm step), then forgetting itself: one transaction. */
  previewForget(target: ForgetTarget): Promise<ForgetSummary>;
  forget(target: ForgetTarget): Promise<ForgetSummary>;
  watchSuppressions(): Observable<Suppression[]>;
  /** Leads the retention rule says are due; empty while the rule is off. */
  watchRetentionDue(): Observable<Lead[]>;
  /** Delete the confirmed due leads (those still due); returns how many went. */
  deleteRetentionDue(ids: string[]): Promise<number>;
  /** Everything held about the lead's person, as one JSON file or one vCard file (a subject access request). */
  exportPersonData(leadId: string, format: 'json' | 'vcard'): Promise<ExportedFile>;
  now(): number;
}

export type { ForgetSummary, ForgetTarget } from '../db/privacy-repository';

export interface ExportedFile {
  fileName: string;
  count: number;
}
