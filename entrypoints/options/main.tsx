import { render } from 'preact';
import '../../components/theme.css';
import { OptionsApp } from '../../components/OptionsApp';
import { SyncSettings } from '../../components/options/SyncSettings';
import { LeadClipDB } from '../../lib/db/database';
import { SettingsRepository } from '../../lib/db/settings-repository';
import { WorkspaceRepository } from '../../lib/db/workspace-repository';
import { testConnection } from '../../lib/sync/http';
import { useObservable } from '../../lib/ui/use-observable';
import { saveScoringRules } from '../../lib/workspace/save-scoring-rules';

const db = new LeadClipDB();
const settings = new SettingsRepository(db);
const workspace = new WorkspaceRepository(db);

/** Sync's settings, below the others: the server URL, the token, on/off and "Test connection". */
function SyncSection() {
  const { value } = useObservable(() => settings.watch(), []);
  if (!value) return null;
  return (
    <main class="options">
      <SyncSettings
        value={value.sync}
        onSave={(sync) => settings.update({ sync })}
        onTest={(url, token) => testConnection(url, token)}
      />
    </main>
  );
}

const app = document.getElementById('app');
if (app)
  render(
    <>
      <OptionsApp
        watch={() => settings.watch()}
        save={(patch) => settings.update(patch)}
        saveScoring={(rules) => saveScoringRules(rules, { settings, workspace })}
      />
      <SyncSection />
    </>,
    app,
  );
