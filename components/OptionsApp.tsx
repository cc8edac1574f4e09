import type { Observable } from 'dexie';
import { LeadSourceSchema } from '../lib/model/lead-source';
import type { ScoringRules, Settings, SettingsInput } from '../lib/model/settings';
import { LeadSourceOptions } from './LeadSourceOptions';
import { PrivacySettings } from './options/PrivacySettings';
import { ScoringRulesEditor } from './options/ScoringRulesEditor';
import { SyncSettings } from './options/SyncSettings';
import { useObservable } from './use-observable';

/** Settings the rep owns: the capture default, scoring rules, and sync. */
export function OptionsApp(props: {
  watch: () => Observable<Settings>;
  save: (patch: Partial<SettingsInput>) => Promise<Settings>;
  /** Saves new scoring rules and rescores every lead; answers with what it did, for the rep to read. */
  saveScoring: (rules: ScoringRules) => Promise<string>;
  /** Asks the server whether it answers and takes the token. */
  testSync: (serverUrl: string, token: string) => Promise<{ ok: boolean; message: string }>;
}) {
  const { value: settings } = useObservable(props.watch, []);
  if (!settings) return <div class="empty">Loading…</div>;
  return (
    <main class="options">
      <h1>LeadClip options</h1>
      <p class="muted">Everything LeadClip stores stays in this browser unless you turn on sync.</p>
      <section class="settings" aria-label="Capture">
        <h2>Capture</h2>
        <label>
          Lead source for new captures
          <select
            value={settings.lastSource}
            onChange={(e) => void props.save({ lastSource: LeadSourceSchema.parse(e.currentTarget.value) })}
          >
            <LeadSourceOptions />
          </select>
        </label>
      </section>
      <ScoringRulesEditor rules={settings.scoring} onSave={props.saveScoring} />
      <PrivacySettings value={settings.privacy} onSave={(privacy) => props.save({ privacy })} />
      <SyncSettings value={settings.sync} onSave={(sync) => props.save({ sync })} onTest={props.testSync} />
    </main>
  );
}
