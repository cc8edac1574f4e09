import type { Observable } from 'dexie';
import { exportFileName } from '../csv/export-csv';
import { toVCards } from '../csv/vcard';
import type { ForgetSummary, ForgetTarget } from '../model/forget';
import type { Lead } from '../model/lead';
import type { LawfulBasis, Suppression } from '../model/privacy';
import type { ExportedFile } from './exported-file';
import type { SidePanelStore } from './side-panel-store';
import { subjectAccessExport } from './subject-access';

/** The rep's privacy duties: why data is held, forgetting a person, retention, and a person's own data. */
export interface Privacy {
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
}

export function createPrivacy({ privacy, edits, deleted, clock, saveFile }: SidePanelStore): Privacy {
  return {
    setLeadPrivacy: async (id, patch) => {
      await edits.setLeadPrivacy(id, patch);
    },
    previewForget: (target) => privacy.previewForget(target),
    forget: async (target) => {
      const summary = await privacy.forgetPerson(target);
      // An undo token holds deleted leads in memory and could put a forgotten person back: none outlive an erasure.
      deleted.clear();
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
  };
}
