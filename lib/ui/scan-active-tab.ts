import { parseSelectionAsLead } from '../extract/selection/parse-signature';
import { PAGE_READERS } from '../extract/sites/site-readers';
import { CandidateSchema, type PageScan } from '../model/candidate';
import { activeTab, askTab, injectContentScript } from '../platform/browser-api';

/** Why a tab cannot be read, in the rep's words. */
export class UnscannableTabError extends Error {}

/**
 * Injects the content script into the current tab (the toolbar click granted
 * activeTab) and asks it for the people there. Text the rep selected (an email
 * signature, a speaker bio) comes first, read as one person.
 */
export async function scanActiveTab(): Promise<PageScan> {
  const tab = await activeTab();
  if (!tab) throw new UnscannableTabError('No tab is open.');
  if (!/^(https?|file):/.test(tab.url)) {
    throw new UnscannableTabError('LeadClip reads web pages only; this tab is a browser page.');
  }
  try {
    await injectContentScript(tab.id, PAGE_READERS);
  } catch (error) {
    throw new UnscannableTabError(
      `This page cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const scan = await askTab(tab.id, 'page.scan', {});
  const selection = await askTab(tab.id, 'page.selection', {});
  const selected = selection.text.trim() ? parseSelectionAsLead(selection.text) : undefined;
  return selected ? { ...scan, candidates: [CandidateSchema.parse(selected), ...scan.candidates] } : scan;
}
