import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CsvEntity } from '../lib/csv/presets';
import type { ForgetSummary } from '../lib/model/forget';
import type { SidePanelServices } from '../lib/services/side-panel-services';
import { saveFile } from '../lib/ui/save-file';
import { AccountDetail, AccountsView, ContactsView } from './sidepanel/ContactsView';
import { ExportDialog, type ExportScope } from './sidepanel/ExportDialog';
import { ForgetSummaryView } from './sidepanel/ForgetPanel';
import { ImportWizard } from './sidepanel/ImportWizard';
import { Insights } from './sidepanel/Insights';
import { LeadDetail } from './sidepanel/LeadDetail';
import { LeadsTab } from './sidepanel/LeadsTab';
import { PrivacyTab } from './sidepanel/PrivacyTab';
import { useLeadRows } from './sidepanel/use-lead-rows';
import { useObservable } from './use-observable';

type Tab = 'leads' | 'contacts' | 'accounts' | 'insights' | 'privacy';
const TABS: [Tab, string][] = [
  ['leads', 'Leads'],
  ['contacts', 'Contacts'],
  ['accounts', 'Accounts'],
  ['insights', 'Insights'],
  ['privacy', 'Privacy'],
];

function OpenLead({
  id,
  services,
  onBack,
  onForgotten,
}: {
  id: string;
  services: SidePanelServices;
  onBack: () => void;
  onForgotten: (s: ForgetSummary) => void;
}) {
  const { value } = useObservable(() => services.watchLead(id), [id]);
  const [emailGuess, setEmailGuess] = useState<Awaited<ReturnType<SidePanelServices['emailGuess']>>>();
  // Asked again whenever the lead changes: an accepted or typed email ends the guess.
  useEffect(() => {
    if (!value) return;
    let live = true;
    void services.emailGuess(id).then((g) => live && setEmailGuess(g));
    return () => {
      live = false;
    };
  }, [value, id, services]);
  if (!value) return <div class="empty">Loading…</div>;
  return (
    <LeadDetail
      lead={value.lead}
      emailGuess={emailGuess}
      activities={value.activities}
      now={services.now}
      onBack={onBack}
      onForgotten={onForgotten}
      actions={{
        setPrivacy: (patch) => services.setLeadPrivacy(id, patch),
        previewForget: () => services.previewForget({ leadId: id }),
        forget: () => services.forget({ leadId: id }),
        exportPerson: async (format) => {
          await services.exportPersonData(id, format);
        },
        saveField: (patch) => services.saveFields(id, patch as Parameters<SidePanelServices['saveFields']>[1]),
        acceptEmailGuess: (email) => services.acceptEmailGuess(id, email),
        setStatus: async (to, reason) => {
          const r = await services.setStatus([id], to, reason);
          if (r.refused[0]) throw new Error(r.refused[0].reason);
        },
        setTags: (tags) => services.setTags(id, tags),
        addActivity: (a) => services.addActivity(id, a),
        saveBant: (b) => services.saveBant(id, b),
        qualify: (b) => services.qualify(id, b),
        previewConversion: (deal) => services.previewConversion(id, deal),
        convert: (deal) => services.convert(id, deal),
      }}
    />
  );
}

function OpenAccount({ id, services, onBack }: { id: string; services: SidePanelServices; onBack: () => void }) {
  const { value: accounts } = useObservable(() => services.watchAccounts(), []);
  const [detail, setDetail] = useState<Awaited<ReturnType<SidePanelServices['accountDetail']>>>();
  // Re-read the account whenever the account list changes (a conversion elsewhere adds a contact).
  useEffect(() => {
    void services.accountDetail(id).then(setDetail);
  }, [accounts, id, services]);
  if (!detail) return <div class="empty">Loading…</div>;
  return <AccountDetail account={detail.account} contacts={detail.contacts} deals={detail.deals} onBack={onBack} />;
}

function ExportBar({ onExport }: { onExport: () => void }) {
  return (
    <div class="toolbar">
      <button type="button" class="secondary" onClick={onExport}>
        Export…
      </button>
    </div>
  );
}

/** The side panel: where leads become prospects, contacts and accounts. */
export function SidePanelApp({
  services,
  footer,
  initialLead,
}: {
  services: SidePanelServices;
  footer?: ComponentChildren;
  /** A lead to open first: the in-page button's "open" asks for one. */
  initialLead?: string;
}) {
  const [tab, setTab] = useState<Tab>('leads');
  const [openLead, setOpenLead] = useState<string | undefined>(initialLead);
  const [openAccount, setOpenAccount] = useState<string | undefined>();
  const [dialog, setDialog] = useState<
    { kind: 'export'; entity: CsvEntity; scopes: ExportScope[] } | { kind: 'import' }
  >();
  const { rows, complete, error } = useLeadRows(services);
  const { value: contacts } = useObservable(() => services.watchContacts(), []);
  const { value: accounts } = useObservable(() => services.watchAccounts(), []);
  const { value: settings } = useObservable(() => services.watchSettings(), []);
  const { value: due } = useObservable(() => services.watchRetentionDue(), []);
  const { value: suppressions } = useObservable(() => services.watchSuppressions(), []);
  const [forgotten, setForgotten] = useState<ForgetSummary | undefined>();
  const onForgotten = (s: ForgetSummary) => {
    setOpenLead(undefined);
    setForgotten(s);
  };
  const accountName = (id: string) => accounts?.find((a) => a.id === id)?.name ?? '';

  return (
    <main class="side-panel">
      <header class="bar">
        <h1>LeadClip</h1>
        <span class="muted" data-testid="lead-count">
          {rows && complete ? rows.length : ''}
        </span>
      </header>
      <div class="tabs" role="tablist" aria-label="Workspace views">
        {TABS.map(([id, label]) => (
          <button
            type="button"
            role="tab"
            key={id}
            aria-selected={tab === id}
            onClick={() => {
              setTab(id);
              setOpenLead(undefined);
              setOpenAccount(undefined);
            }}
          >
            {label}
          </button>
        ))}
      </div>
      {error !== undefined && (
        <div class="error" role="alert">
          Could not read the leads: {error instanceof Error ? error.message : String(error)}
        </div>
      )}
      {forgotten && <ForgetSummaryView summary={forgotten} onClose={() => setForgotten(undefined)} />}
      {dialog?.kind === 'export' && (
        <ExportDialog
          entity={dialog.entity}
          scopes={dialog.scopes}
          onExportCsv={(ids, options, onProgress) => services.exportCsv(dialog.entity, ids, options, onProgress)}
          onExportVCard={
            dialog.entity === 'accounts'
              ? undefined
              : (ids) => services.exportVCards(dialog.entity === 'leads' ? 'leads' : 'contacts', ids)
          }
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'import' && (
        <ImportWizard
          defaults={{ source: settings?.lastSource ?? 'import', tags: [] }}
          onDownload={(text, name) => saveFile(new Blob([text], { type: 'text/csv;charset=utf-8' }), name)}
          onClose={() => setDialog(undefined)}
        />
      )}
      {/* Hidden, not unmounted, while a dialog is open: the rep's search, filters and selection survive it. */}
      <div class="tab-content" hidden={dialog !== undefined}>
        {tab === 'leads' &&
          (openLead ? (
            <OpenLead
              id={openLead}
              services={services}
              onBack={() => setOpenLead(undefined)}
              onForgotten={onForgotten}
            />
          ) : (
            <LeadsTab
              rows={rows}
              services={services}
              onOpen={setOpenLead}
              onImport={() => setDialog({ kind: 'import' })}
              onExport={({ shown, selected }) =>
                setDialog({
                  kind: 'export',
                  entity: 'leads',
                  scopes: [
                    { id: 'all', label: 'All leads', ids: undefined, count: rows?.length ?? 0 },
                    ...(shown.length !== (rows?.length ?? 0)
                      ? [{ id: 'shown', label: 'The current search and filters', ids: shown, count: shown.length }]
                      : []),
                    ...(selected.length > 0
                      ? [{ id: 'selected', label: 'The selected leads', ids: selected, count: selected.length }]
                      : []),
                  ],
                })
              }
            />
          ))}
        {tab === 'contacts' && (
          <>
            {(contacts?.length ?? 0) > 0 && (
              <ExportBar
                onExport={() =>
                  setDialog({
                    kind: 'export',
                    entity: 'contacts',
                    scopes: [{ id: 'all', label: 'All contacts', ids: undefined, count: contacts?.length ?? 0 }],
                  })
                }
              />
            )}
            <ContactsView
              contacts={contacts ?? []}
              accountName={accountName}
              previewForget={(contactId) => services.previewForget({ contactId })}
              forget={(contactId) => services.forget({ contactId })}
              onForgotten={onForgotten}
            />
          </>
        )}
        {tab === 'accounts' &&
          (openAccount ? (
            <OpenAccount id={openAccount} services={services} onBack={() => setOpenAccount(undefined)} />
          ) : (
            <>
              {(accounts?.length ?? 0) > 0 && (
                <ExportBar
                  onExport={() =>
                    setDialog({
                      kind: 'export',
                      entity: 'accounts',
                      scopes: [{ id: 'all', label: 'All accounts', ids: undefined, count: accounts?.length ?? 0 }],
                    })
                  }
                />
              )}
              <AccountsView accounts={accounts ?? []} onOpen={setOpenAccount} />
            </>
          ))}
        {tab === 'insights' && (
          <Insights
            rows={rows ?? []}
            contacts={contacts?.length ?? 0}
            threshold={settings?.scoring.salesReadyThreshold ?? 60}
          />
        )}
        {tab === 'privacy' && (
          <PrivacyTab
            privacy={settings?.privacy}
            due={due ?? []}
            suppressions={suppressions ?? []}
            previewForget={(email) => services.previewForget({ email })}
            forget={(email) => services.forget({ email })}
            onForgotten={onForgotten}
            deleteDue={services.deleteRetentionDue}
          />
        )}
      </div>
      {footer}
    </main>
  );
}
