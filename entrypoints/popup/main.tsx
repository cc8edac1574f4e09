import { render } from 'preact';
import '../../components/theme.css';
import { PopupApp } from '../../components/PopupApp';
import {
  activeTab,
  askBackground,
  hasAutoDetect,
  openSidePanel,
  requestAutoDetect,
  revokeAutoDetect,
} from '../../lib/platform/browser-api';
import { openStore } from '../../lib/services/open-store';
import { scanActiveTab } from '../../lib/ui/scan-active-tab';

const { settings } = openStore();
const app = document.getElementById('app');
if (app) {
  render(
    <PopupApp
      scan={scanActiveTab}
      loadSettings={() => settings.get()}
      preview={(scan, choices) => askBackground('capture.preview', { scan, choices })}
      capture={(scan, indexes, choices) => askBackground('capture.save', { scan, indexes, choices })}
      openSidePanel={openSidePanel}
      loadSite={async () => {
        const tab = await activeTab();
        if (!tab || !/^https?:/.test(tab.url)) return undefined;
        const origin = new URL(tab.url).origin;
        return { origin, autoDetect: await hasAutoDetect(origin) };
      }}
      setAutoDetect={(origin, on) => (on ? requestAutoDetect(origin) : revokeAutoDetect(origin))}
    />,
    app,
  );
}
