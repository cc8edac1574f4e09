import type { EmailGuessView, GuessablePerson } from '../crm/email-guess-for';
import type { LeadRepository } from '../db/lead-repository';
import type { SettingsRepository } from '../db/settings-repository';
import type { Handlers } from '../messaging/dispatcher';
import type { BackgroundProtocol } from '../messaging/protocol';
import type { Candidate } from '../model/candidate';

export interface BackgroundServices {
  leads: LeadRepository;
  settings: SettingsRepository;
  setBadgeCount: (tabId: number, count: number) => Promise<void>;
  /** The badge of a page whose main person is already saved. */
  setBadgeSaved: (tabId: number) => Promise<void>;
  /** Opens the side panel on a lead, beside the tab (or in a tab of its own where a panel cannot open). */
  openSidePanelAt: (tabId: number | undefined, leadId: string) => Promise<void>;
  /** Likely addresses for people found without one (lib/db/email-guesses); absent: no guesses. */
  guessEmails?: (people: GuessablePerson[]) => Promise<(EmailGuessView | undefined)[]>;
}

export interface MessageSender {
  tabId?: number;
  url?: string;
}

/** What a found person offers the email guess: their name, company, addresses and links. */
function guessablePerson(c: Candidate): GuessablePerson {
  return {
    fullName: c.fullName?.value ?? '',
    firstName: c.firstName?.value ?? '',
    lastName: c.lastName?.value ?? '',
    company: c.company?.value ?? '',
    emails: c.emails.map((e) => e.value),
    urls: c.urls.map((u) => u.value),
  };
}

/** What the background does for each message. The service worker keeps no state of its own: all of it is in the store. */
export function backgroundHandlers(s: BackgroundServices): Handlers<BackgroundProtocol, MessageSender> {
  return {
    'capture.preview': async ({ scan, choices }) => {
      const steps = await s.leads.previewCapture(scan, choices);
      const guesses = s.guessEmails ? await s.guessEmails(scan.candidates.map(guessablePerson)) : [];
      return steps.map((step, i) => ({
        outcome: step.outcome,
        changed: step.changed,
        ...(step.outcome === 'new' ? {} : { leadId: step.lead.id }),
        ...(step.suppressed ? { suppressed: { forgottenAt: step.suppressed.forgottenAt } } : {}),
        ...(guesses[i] ? { emailGuess: { email: guesses[i].email, basis: guesses[i].basis } } : {}),
      }));
    },
    'capture.save': async ({ scan, indexes, choices }, sender) => {
      if (choices) {
        const results = await s.leads.capture(scan, indexes, choices);
        // The override is a one-off decision about these people, never remembered.
        await s.settings.update({ lastSource: choices.source, lastTags: choices.tags });
        return results;
      }
      const remembered = await s.settings.get();
      const results = await s.leads.capture(scan, indexes, {
        source: remembered.lastSource,
        tags: remembered.lastTags,
      });
      // The in-page button saved the page's person: the badge says so from now on.
      if (sender.tabId !== undefined && results.length === 1 && results[0]?.outcome !== 'suppressed') {
        await s.setBadgeSaved(sender.tabId);
      }
      return results;
    },
    'page.mainPersonStatus': async ({ scan, index }, sender) => {
      const person = scan.candidates[index];
      if (!person) throw new Error(`No person ${index} on this page`);
      const remembered = await s.settings.get();
      const [step] = await s.leads.previewCapture(
        { ...scan, candidates: [person] },
        { source: remembered.lastSource, tags: remembered.lastTags },
      );
      if (!step || step.outcome === 'new') return { saved: false };
      if (sender.tabId !== undefined) await s.setBadgeSaved(sender.tabId);
      return { saved: true, leadId: step.lead.id };
    },
    'sidepanel.open': async ({ leadId }, sender) => {
      await s.openSidePanelAt(sender.tabId, leadId);
      return {};
    },
    'page.detected': async ({ count }, sender) => {
      if (sender.tabId !== undefined) await s.setBadgeCount(sender.tabId, count);
      return {};
    },
  };
}
