import { mainPersonIndex } from '../crm/main-person';
import type { LeadRepository } from '../db/lead-repository';
import type { SettingsRepository } from '../db/settings-repository';
import { parseSelectionAsLead } from '../extract/selection/parse-signature';
import type { RequestOf, ResponseOf } from '../messaging/envelope';
import type { ContentProtocol } from '../messaging/protocol';
import { CandidateSchema, type PageScan } from '../model/candidate';

export type CaptureMode = 'selection' | 'page' | 'main-person';

export interface TabAccess {
  inject(tabId: number): Promise<void>;
  ask<K extends keyof ContentProtocol & string>(
    tabId: number,
    type: K,
    payload: RequestOf<ContentProtocol, K>,
  ): Promise<ResponseOf<ContentProtocol, K>>;
}

function describe(all: { fullName: string; outcome: string }[]): string {
  // The menu and shortcut never override: a forgotten person is only brought back from the popup, deliberately.
  const skipped = all.filter((r) => r.outcome === 'suppressed');
  const saved = all.filter((r) => r.outcome !== 'suppressed');
  if (saved.length === 0 && skipped.length > 0) {
    return `LeadClip: not saved — ${skipped.length === 1 ? `${skipped[0]?.fullName || 'this person'} was` : `${skipped.length} people were`} forgotten (open the popup to override)`;
  }
  const fresh = saved.filter((r) => r.outcome === 'new').length;
  const updated = saved.filter((r) => r.outcome === 'update').length;
  if (saved.length === 1) {
    const who = saved[0]?.fullName || 'The lead';
    const verb = fresh ? 'saved' : updated ? 'updated' : 'already saved';
    return `LeadClip: ${who} ${verb}`;
  }
  return `LeadClip: ${fresh} new, ${updated} updated, ${saved.length - fresh - updated} already saved`;
}

/**
 * Capture from the context menu or the keyboard shortcut: no popup, so the
 * rep's last source and tags apply and the result shows as a toast in the page.
 */
export async function captureInTab(
  mode: CaptureMode,
  tabId: number,
  tab: TabAccess,
  leads: LeadRepository,
  settings: SettingsRepository,
): Promise<string> {
  await tab.inject(tabId);
  const { lastSource: source, lastTags: tags } = await settings.get();
  let scan: PageScan;
  let indexes: number[];
  if (mode === 'selection') {
    const selection = await tab.ask(tabId, 'page.selection', {});
    const person = parseSelectionAsLead(selection.text);
    scan = {
      pageUrl: selection.pageUrl,
      pageTitle: selection.pageTitle,
      candidates: person ? [CandidateSchema.parse(person)] : [],
    };
    indexes = person ? [0] : [];
  } else {
    scan = await tab.ask(tabId, 'page.scan', {});
    const main = mainPersonIndex(scan);
    indexes = mode === 'page' ? scan.candidates.map((_, i) => i) : main === undefined ? [] : [main];
  }
  let message: string;
  if (indexes.length === 0) {
    message =
      mode === 'selection'
        ? 'LeadClip: no name or email in the selection'
        : mode === 'main-person'
          ? 'LeadClip: no single person on this page — open the LeadClip popup to choose'
          : 'LeadClip: no people found on this page';
  } else {
    message = describe(await leads.capture(scan, indexes, { source, tags }));
  }
  await tab.ask(tabId, 'page.toast', { message });
  return message;
}
