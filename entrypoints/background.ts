import { defineBackground } from 'wxt/utils/define-background';
import { backgroundHandlers } from '../lib/background/handlers';
import { LeadClipDB } from '../lib/db/database';
import { LeadRepository } from '../lib/db/lead-repository';
import { SettingsRepository } from '../lib/db/settings-repository';
import { createDispatcher } from '../lib/messaging/dispatcher';
import { backgroundProtocol } from '../lib/messaging/protocol';
import { onMessage } from '../lib/platform/browser-api';

export default defineBackground(() => {
  const db = new LeadClipDB();
  const dispatch = createDispatcher(
    backgroundProtocol,
    backgroundHandlers({ leads: new LeadRepository(db), settings: new SettingsRepository(db) }),
  );
  onMessage((message, sender) => dispatch(message, sender));
});
