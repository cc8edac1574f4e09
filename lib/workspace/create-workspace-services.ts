import { liveQuery } from 'dexie';
import { exportCsv, exportFileName } from '../csv/export-csv';
import { importErrorReport } from '../csv/plan-import';
import { toVCards } from '../csv/vcard';
import { type Clock, systemClock } from '../db/clock';
import type { LeadClipDB } from '../db/database';
import { acceptEmailGuess, emailGuessForLead } from '../db/email-guesses';
import type { ImportRepository } from '../db/import-repository';
import type { LeadRepository } from '../db/lead-repository';
import { parseRows } from '../db/parse-rows';
import { PrivacyRepository } from '../db/privacy-repository';
import type { SettingsRepository } from '../db/settings-repository';
import type { WorkspaceRepository } from '../db/workspace-repository';
import { AccountSchema } from '../model/account';
import { ContactSchema } from '../model/contact';
import type { DealDraft } from '../model/conversion';
import { LeadSchema } from '../model/lead';
import { saveFile as browserSaveFile } from '../ui/save-file';
import { toLeadRow } from './lead-rows';
import { subjectAccessExport } from './subject-access';
import type { DeletedLeadsToken, WorkspaceServices } from './workspace-services';

type DeletedBatch = Awaited<ReturnType<WorkspaceRepository['deleteLeads']>>;

function conversionOptions(deal: DealDraft | undefined) {
  return deal
    ? { deal: { name: deal.name, amount: deal.amount, ...(deal.closeDate ? { closeDate: deal.closeDate } : {}) } }
    : {};
}

/** The side panel's view of the store: live queries for reading, repositories for every write. */
export function createWorkspaceServices(deps: {
  db: LeadClipDB;
  leads: LeadRepository;
  workspace: WorkspaceRepository;
  settings: SettingsRepository;
  imports: ImportRepository;
  privacy?: PrivacyRepository;
  clock?: Clock;
  saveFile?: (blob: Blob, fileName: string) => void;
}): WorkspaceServices {
  const { db, leads, workspace, settings, imports } = deps;
  const saveFile = deps.saveFile ?? browserSaveFile;
  // Rows that no longer parse are left out of exports, as they are of the lists.
  const readLeads = async (ids: string[] | undefined) =>
    parseRows(LeadSchema, ids ? await db.leads.bulkGet(ids) : await db.leads.toArray());
  const readContacts = async (ids: string[] | undefined) =>
    parseRows(ContactSchema, ids ? await db.contacts.bulkGet(ids) : await db.contacts.toArray());
  const readAccounts = async (ids: string[] | undefined) =>
    parseRows(AccountSchema, ids ? await db.accounts.bulkGet(ids) : await db.accounts.toArray());
  const clock = deps.clock ?? systemClock;
  const privacy = deps.privacy ?? new PrivacyRepository(db, clock);
  const undo = new Map<DeletedLeadsToken, DeletedBatch>();
  return {
    recentLeadRows: async (limit) => (await leads.listRecent(limit)).map(toLeadRow),
    watchLeadRows: () => liveQuery(async () => parseRows(LeadSchema, await db.leads.toArray()).map(toLeadRow)),
    watchLead: (id) =>
      liveQuery(async () => {
        const lead = await leads.get(id);
        if (!lead) return undefined;
        return { lead, activities: await workspace.activitiesFor(id) };
      }),
    watchContacts: () =>
      liveQuery(async () => parseRows(ContactSchema, await db.contacts.orderBy('updatedAt').reverse().toArray())),
    watchAccounts: () => liveQuery(() => workspace.listAccounts()),
    watchSettings: () => settings.watch(),
    accountDetail: (id) => workspace.accountDetail(id),
    saveFields: async (id, patch) => {
      await workspace.updateLeadFields(id, patch);
    },
    emailGuess: (id) => emailGuessForLead(db, id),
    acceptEmailGuess: (id, email) => acceptEmailGuess(db, workspace, id, email),
    setStatus: (ids, to, reason) => workspace.setStatus(ids, to, reason),
    setTags: async (id, tags) => {
      const lead = await leads.get(id);
      if (!lead) throw new Error('This lead no longer exists');
      const removed = lead.tags.filter((t) => !tags.includes(t));
      const added = tags.filter((t) => !lead.tags.includes(t));
      if (removed.length > 0) await workspace.removeTags([id], removed);
      if (added.length > 0) await workspace.addTags([id], added);
    },
    addTags: (ids, tags) => workspace.addTags(ids, tags),
    addActivity: async (id, a) => {
      const { suggestQualify } = await workspace.addActivity(id, a);
      return { suggestQualify };
    },
    saveBant: async (id, bant) => {
      await workspace.setBant(id, bant);
    },
    qualify: async (id, bant) => {
      await workspace.qualify(id, bant);
    },
    previewConversion: async (id, deal) => {
      const plan = await workspace.previewConversion(id, conversionOptions(deal));
      return {
        account: { action: plan.account.action, name: plan.account.account.name },
        contact: { action: plan.contact.action, name: plan.contact.contact.fullName },
        ...(plan.deal
          ? { deal: { name: plan.deal.name, amount: plan.deal.amount, currency: plan.deal.currency } }
          : {}),
        activitiesMoved: plan.activitiesMoved,
      };
    },
    convert: async (id, deal) => {
      await workspace.convert(id, conversionOptions(deal));
    },
    deleteLeads: async (ids) => {
      const batch = await workspace.deleteLeads(ids);
      const token: DeletedLeadsToken = { count: ids.length };
      undo.set(token, batch);
      return token;
    },
    undoDelete: async (token) => {
      const batch = undo.get(token);
      if (!batch) throw new Error('Nothing to undo');
      await workspace.restoreLeads(batch);
      undo.delete(token);
    },
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
    previewImport: (parsed, mapping, choices) => imports.previewImport(parsed, mapping, choices),
    importRows: (parsed, mapping, choices) => imports.importRows(parsed, mapping, choices),
    downloadImportErrors: (preview, parsed) => {
      const day = new Date(clock.now());
      const name = exportFileName('leads', day, 'csv').replace('leadclip-leads-', 'leadclip-import-errors-');
      saveFile(new Blob([importErrorReport(preview, parsed)], { type: 'text/csv;charset=utf-8' }), name);
    },
    setLeadPrivacy: async (id, patch) => {
      await workspace.setLeadPrivacy(id, patch);
    },
    previewForget: (target) => privacy.previewForget(target),
    forget: async (target) => {
      const summary = await privacy.forgetPerson(target);
      // An undo token holds deleted leads in memory and could put a forgotten person back: none outlive an erasure.
      undo.clear();
      return summary;
    },
    watchSuppressions: () => privacy.watchSuppressions(),
    watchRetentionDue: () => privacy.watchDueForReview(),
    deleteRetentionDue: (ids) => privacy.deleteDue(ids),
    exportPersonData: async (leadId, format) => {
      const data = await privacy.personData({ leadId });
      const day = new Date(clock.now());
      const vcf = exportFileName('leads', day, 'vcf').replace('leadclip-leads-', 'leadclip-person-');
      const base = format === 'json' ? vcf.replace(/\.vcf$/, '.json') : vcf;
      if (format === 'vcard') {
        const accounts = new Map(data.accounts.map((a) => [a.id, a.name]));
        const text = toVCards([...data.leads, ...data.contacts], (id) => accounts.get(id) ?? '');
        saveFile(new Blob([text], { type: 'text/vcard;charset=utf-8' }), base);
      } else {
        const body = subjectAccessExport(data, clock.now());
        saveFile(new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }), base);
      }
      return { fileName: base, count: data.leads.length + data.contacts.length };
    },
    now: () => clock.now(),
  };
}
