import type { Observable } from 'dexie';
import { LEAD_SOURCE_LABEL, LeadSourceSchema } from '../lib/model/lead-source';
import type { Settings } from '../lib/model/settings';
import { useObservable } from '../lib/ui/use-observable';

/** Settings the rep owns. Scoring rules and sync join here as they are built. */
export function OptionsApp(props: {
  watch: () => Observable<Settings>;
  save: (patch: Partial<Settings>) => Promise<Settings>;
}) {
  const { value: settings } = useObservable(props.watch, []);
  if (!settings) return <div class="empty">Loading…</div>;
  return (
    <main style="max-width: 640px; margin: 0 auto; padding: 16px">
      <h1>LeadClip options</h1>
      <p class="muted">Everything LeadClip stores stays in this browser unless you turn on sync.</p>
      <label>
        Lead source for new captures{' '}
        <select
          value={settings.lastSource}
          onChange={(e) => void props.save({ lastSource: LeadSourceSchema.parse(e.currentTarget.value) })}
        >
          {LeadSourceSchema.options.map((s) => (
            <option key={s} value={s}>
              {LEAD_SOURCE_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
    </main>
  );
}
