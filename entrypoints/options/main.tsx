import { render } from 'preact';
import '../../components/theme.css';
import { OptionsApp } from '../../components/OptionsApp';
import { testConnection } from '../../lib/sync/http';
import { openStore } from '../../lib/workspace/open-store';

const store = openStore();
const { settings } = store;
const app = document.getElementById('app');
if (app)
  render(
    <OptionsApp
      watch={() => settings.watch()}
      save={(patch) => settings.update(patch)}
      saveScoring={store.saveScoringRules}
      testSync={(url, token) => testConnection(url, token)}
    />,
    app,
  );
