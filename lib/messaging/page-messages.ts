import { z } from 'zod/mini';
import { PersonFieldSchema } from '../model/person-fields';
import type { BackgroundProtocol } from './protocol';

// The schemas of the messages a content script parses, apart from protocol.ts so that the script
// injected into every page it scans carries these few, not every message's (the receiver of a
// message parses it; a content script only sends the background's requests).

/** What a save did: `suppressed` means the person was forgotten and nothing was saved. */
const SaveOutcomeSchema = z.enum(['new', 'saved', 'update', 'suppressed']);

export const NothingSchema = z.object({});

/** The leads a save wrote, one per person asked for. */
export const SavedLeadsSchema = z.array(
  z.object({
    leadId: z.string(),
    fullName: z.string(),
    outcome: SaveOutcomeSchema,
    changed: z.array(PersonFieldSchema),
  }),
);
export const MainPersonStatusSchema = z.object({ saved: z.boolean(), leadId: z.optional(z.string()) });

/** The background's replies to what a content script asks: all of the background protocol it parses. */
export const pageReplies = {
  'capture.save': SavedLeadsSchema,
  'page.mainPersonStatus': MainPersonStatusSchema,
  'sidepanel.open': NothingSchema,
  'page.detected': NothingSchema,
} satisfies { [K in keyof BackgroundProtocol]?: BackgroundProtocol[K]['response'] };
export type PageAsks = keyof typeof pageReplies & string;

/**
 * What a content script accepts (from the popup, for the tab it scans): the requests it parses. Its
 * replies are parsed by the asker against {@link contentProtocol}; the page is the hostile side.
 */
export const contentRequests = {
  'page.scan': NothingSchema,
  /** The text the rep selected, for "Capture selection as lead". */
  'page.selection': NothingSchema,
  /** Show the in-page capture button for the page's main person, if it has one. */
  'page.showCaptureButton': NothingSchema,
  /** A short message in the page (shadow root), after a capture from the menu or the shortcut. */
  'page.toast': z.object({ message: z.string().check(z.maxLength(300)) }),
};
