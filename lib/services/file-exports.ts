import { type CsvExportOptions, exportCsv, exportFileName } from '../csv/export-csv';
import type { CsvEntity } from '../csv/presets';
import { toVCards } from '../csv/vcard';
import { parseRows } from '../db/parse-rows';
import { AccountSchema } from '../model/account';
import { ContactSchema } from '../model/contact';
import { LeadSchema } from '../model/lead';
import type { ExportedFile } from './exported-file';
import type { SidePanelStore } from './side-panel-store';

/** Exporting leads, contacts and accounts to a CSV file in a CRM's format, or people to vCards. */
export interface FileExports {
  /** Builds the file in chunks (reporting progress) and hands it to the browser's download. `ids` undefined: all. */
  exportCsv(
    entity: CsvEntity,
    ids: string[] | undefined,
    options: CsvExportOptions,
    onProgress: (p: { done: number; total: number }) => void,
  ): Promise<ExportedFile>;
  exportVCards(entity: 'leads' | 'contacts', ids: string[] | undefined): Promise<ExportedFile>;
}

export function createFileExports({ db, clock, saveFile }: SidePanelStore): FileExports {
  // Rows that no longer parse are left out of exports, as they are of the lists.
  const readLeads = async (ids: string[] | undefined) =>
    parseRows(LeadSchema, ids ? await db.leads.bulkGet(ids) : await db.leads.toArray());
  const readContacts = async (ids: string[] | undefined) =>
    parseRows(ContactSchema, ids ? await db.contacts.bulkGet(ids) : await db.contacts.toArray());
  const readAccounts = async (ids: string[] | undefined) =>
    parseRows(AccountSchema, ids ? await db.accounts.bulkGet(ids) : await db.accounts.toArray());
  return {
    exportCsv: async (entity, ids, options, onProgress) => {
      const input =
        entity === 'leads'
          ? { entity, records: await readLeads(ids) }
          : entity === 'contacts'
            ? { entity, records: await readContacts(ids), accounts: await readAccounts(undefined) }
            : { entity, records: await readAccounts(ids) };
      const blob = await exportCsv(input, options, (done, total) => onProgress({ done, total }));
      const fileName = exportFileName(entity, new Date(clock.now()), 'csv');
      saveFile(blob, fileName);
      return { fileName, count: input.records.length };
    },
    exportVCards: async (entity, ids) => {
      const people = entity === 'leads' ? await readLeads(ids) : await readContacts(ids);
      const accounts = new Map((await readAccounts(undefined)).map((a) => [a.id, a.name]));
      const text = toVCards(people, (id) => accounts.get(id) ?? '');
      const fileName = exportFileName(entity, new Date(clock.now()), 'vcf');
      saveFile(new Blob([text], { type: 'text/vcard;charset=utf-8' }), fileName);
      return { fileName, count: people.length };
    },
  };
}
