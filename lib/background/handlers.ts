import type { LeadRepository } from '../db/lead-repository';
import type { SettingsRepository } from '../db/settings-repository';
import type { Handlers } from '../messaging/dispatcher';
import type { BackgroundProtocol } from '../messaging/protocol';

export interface BackgroundServices {
  leads: LeadRepository;
  settings: SettingsRepository;
}

/** What the background does for each message. The service worker keeps no state of its own: all of it is in the store. */
export function backgroundHandlers(s: BackgroundServices): Handlers<BackgroundProtocol, unknown> {
  return {
    'capture.preview': async ({ scan, choices }) => {
      const steps = await s.leads.previewCapture(scan, choices);
      return steps.map((step) => ({
        outcome: step.outcome,
        changed: step.changed,
        ...(step.outcome === 'new' ? {} : { leadId: step.lead.id }),
      }));
    },
    'capture.save': async ({ scan, indexes, choices }) => {
      const results = await s.leads.capture(scan, indexes, choices);
      await s.settings.update({ lastSource: choices.source, lastTags: choices.tags });
      return results;
    },
  };
}
