import type { LeadRepository } from '../db/lead-repository';
import type { SettingsRepository } from '../db/settings-repository';
import type { Handlers } from '../messaging/dispatcher';
import type { BackgroundProtocol } from '../messaging/protocol';

export interface BackgroundServices {
  leads: LeadRepository;
  settings: SettingsRepository;
  setBadgeCount: (tabId: number, count: number) => Promise<void>;
}

export interface MessageSender {
  tabId?: number;
  url?: string;
}

/** What the background does for each message. The service worker keeps no state of its own: all of it is in the store. */
export function backgroundHandlers(s: BackgroundServices): Handlers<BackgroundProtocol, MessageSender> {
  return {
    'capture.preview': async ({ scan, choices }) => {
      const steps = await s.leads.previewCapture(scan, choices);
      return steps.map((step) => ({
        outcome: step.outcome,
        changed: step.changed,
        ...(step.outcome === 'new' ? {} : { leadId: step.lead.id }),
        ...(step.suppressed ? { suppressed: { forgottenAt: step.suppressed.forgottenAt } } : {}),
      }));
    },
    'capture.save': async ({ scan, indexes, choices }) => {
      if (choices) {
        const results = await s.leads.capture(scan, indexes, choices);
        // The override is a one-off decision about these people, never remembered.
        await s.settings.update({ lastSource: choices.source, lastTags: choices.tags });
        return results;
      }
      const remembered = await s.settings.get();
      return s.leads.capture(scan, indexes, { source: remembered.lastSource, tags: remembered.lastTags });
    },
    'page.detected': async ({ count }, sender) => {
      if (sender.tabId !== undefined) await s.setBadgeCount(sender.tabId, count);
      return {};
    },
  };
}
