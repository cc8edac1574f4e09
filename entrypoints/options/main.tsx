import { render } from 'preact';
import '../../components/theme.css';
import { OptionsApp } from '../../components/OptionsApp';
import { LeadClipDB } from '../../lib/db/database';
import { SettingsRepository } from '../../lib/db/settings-repository';
import { WorkspaceRepository } from '../../lib/db/workspace-repository';
import { testConnection } from '../../lib/sync/http';
import { saveScoringRules } from '../../lib/workspace/save-scoring-rules';

const db = new LeadClipDB();
const settings = new SettingsRepository(db);
const workspace = new WorkspaceRepository(db);
const app = document.getElementById('app');
if (app)
  render(
    <OptionsApp
      watch={() => settings.watch()}
      save={(patch) => settings.update(patch)}
      saveScoring={(rules) => saveScoringRules(rules, { settings, workspace })}
      testSync={(url, token) => testConnection(url, token)}
    />,
    app,
  );
