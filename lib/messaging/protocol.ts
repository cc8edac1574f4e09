import { z } from 'zod/mini';
import { PageScanSchema } from '../model/candidate';
import { CaptureChoicesSchema } from '../model/capture-choices';
import { PersonFieldSchema } from '../model/person-fields';
import type { Protocol } from './envelope';

// zod/mini, not classic zod: content scripts send and answer these messages, and must stay small.

const CaptureOutcomeSchema = z.enum(['new', 'saved', 'update']);
/** What a save did: `suppressed` means the person was forgotten and nothing was saved. */
const SaveOutcomeSchema = z.enum(['new', 'saved', 'update', 'suppressed']);

/** Messages the background answers (from the popup, side panel and content scripts). */
export const backgroundProtocol = {
  'capture.preview': {
    request: z.object({ scan: PageScanSchema, choices: CaptureChoicesSchema }),
    response: z.array(
      z.object({
        outcome: CaptureOutcomeSchema,
        changed: z.array(PersonFieldSchema),
        leadId: z.optional(z.string()),
        /** The person was forgotten on this date (ms since the epoch): the popup says so and asks before saving. */
        suppressed: z.optional(z.object({ forgottenAt: z.number() })),
        /** A likely address for a person found without one, learned from the rep's own people: a guess, never saved as their email. */
        emailGuess: z.optional(
          z.object({ email: z.string().check(z.maxLength(254)), basis: z.string().check(z.maxLength(200)) }),
        ),
      }),
    ),
  },
  'capture.save': {
    request: z.object({
      scan: PageScanSchema,
      indexes: z.array(z.int().check(z.nonnegative())).check(z.minLength(1), z.maxLength(1000)),
      /** Omitted by the in-page button, the menu and the shortcut: the rep's last choices apply. */
      choices: z.optional(CaptureChoicesSchema),
    }),
    response: z.array(
      z.object({
        leadId: z.string(),
        fullName: z.string(),
        outcome: SaveOutcomeSchema,
        changed: z.array(PersonFieldSchema),
      }),
    ),
  },
  /**
   * Whether the page's main person is already saved, for the in-page button and the toolbar badge
   * ("✓ Saved · open"). Answered only to LeadClip's own content script, in its isolated world.
   */
  'page.mainPersonStatus': {
    request: z.object({ scan: PageScanSchema, index: z.int().check(z.nonnegative(), z.maximum(999)) }),
    response: z.object({ saved: z.boolean(), leadId: z.optional(z.string()) }),
  },
  /** Open the side panel on a saved lead (the in-page button's "open"). */
  'sidepanel.open': {
    request: z.object({ leadId: z.string().check(z.minLength(1), z.maxLength(64)) }),
    response: z.object({}),
  },
  /** A content script tells how many people its page has: the toolbar badge shows it. */
  'page.detected': {
    request: z.object({ count: z.int().check(z.nonnegative(), z.maximum(1000)) }),
    response: z.object({}),
  },
} satisfies Protocol;
export type BackgroundProtocol = typeof backgroundProtocol;

/** Messages a content script answers (from the popup, for the tab it scans). */
export const contentProtocol = {
  'page.scan': {
    request: z.object({}),
    response: PageScanSchema,
  },
  /** The text the rep selected, for "Capture selection as lead". */
  'page.selection': {
    request: z.object({}),
    response: z.object({
      text: z.string().check(z.maxLength(20_000)),
      pageUrl: z.string(),
      pageTitle: z.string(),
    }),
  },
  /** Show the in-page capture button for the page's main person, if it has one. */
  'page.showCaptureButton': {
    request: z.object({}),
    response: z.object({ shown: z.boolean() }),
  },
  /** A short message in the page (shadow root), after a capture from the menu or the shortcut. */
  'page.toast': {
    request: z.object({ message: z.string().check(z.maxLength(300)) }),
    response: z.object({}),
  },
} satisfies Protocol;
export type ContentProtocol = typeof contentProtocol;
