import { render } from 'preact';
import '../../components/theme.css';
import { OptionsApp } from '../../components/OptionsApp';
import { LeadClipDB } from '../../lib/db/database';
import { SettingsRepository } from '../../lib/db/settings-repository';

const settings = new SettingsRepository(new LeadClipDB());
const app = document.getElementById('app');
if (app) render(<OptionsApp watch={() => settings.watch()} save={(patch) => settings.update(patch)} />, app);
