import { render } from 'preact';
import '../../components/theme.css';
import { OptionsApp } from '../../components/OptionsApp';
import { openStore } from '../../lib/services/open-store';
import { testConnection } from '../../lib/sync/http';

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
