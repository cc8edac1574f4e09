import { z } from 'zod/mini';
import { PageScanSchema } from '../model/candidate';
import { CaptureChoicesSchema } from '../model/capture-choices';
import { PersonFieldSchema } from '../model/person-fields';
import type { Protocol } from './envelope';
import { contentRequests, MainPersonStatusSchema, NothingSchema, SavedLeadsSchema } from './page-messages';

// zod/mini, not classic zod: content scripts send and answer these messages, and must stay small.
// Each protocol is built in a call marked pure, so a bundle that never names it drops it: the content
// script parses only the schemas of page-messages.ts (a schema's `.check()` would otherwise keep it).

const CaptureOutcomeSchema = z.enum(['new', 'saved', 'update']);

/** Messages the background answers (from the popup, side panel and content scripts). */
export const backgroundProtocol = /* @__PURE__ */ (() =>
  ({
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
      response: SavedLeadsSchema,
    },
    /**
     * Whether the page's main person is already saved, for the in-page button and the toolbar badge
     * ("✓ Saved · open"). Answered only to LeadClip's own content script, in its isolated world.
     */
    'page.mainPersonStatus': {
      request: z.object({ scan: PageScanSchema, index: z.int().check(z.nonnegative(), z.maximum(999)) }),
      response: MainPersonStatusSchema,
    },
    /** Open the side panel on a saved lead (the in-page button's "open"). */
    'sidepanel.open': {
      request: z.object({ leadId: z.string().check(z.minLength(1), z.maxLength(64)) }),
      response: NothingSchema,
    },
    /** A content script tells how many people its page has: the toolbar badge shows it. */
    'page.detected': {
      request: z.object({ count: z.int().check(z.nonnegative(), z.maximum(1000)) }),
      response: NothingSchema,
    },
  }) satisfies Protocol)();
export type BackgroundProtocol = typeof backgroundProtocol;

/** Messages a content script answers, with the replies its askers parse. */
export const contentProtocol = /* @__PURE__ */ (() =>
  ({
    'page.scan': { request: contentRequests['page.scan'], response: PageScanSchema },
    'page.selection': {
      request: contentRequests['page.selection'],
      response: z.object({
        text: z.string().check(z.maxLength(20_000)),
        pageUrl: z.string(),
        pageTitle: z.string(),
      }),
    },
    'page.showCaptureButton': {
      request: contentRequests['page.showCaptureButton'],
      response: z.object({ shown: z.boolean() }),
    },
    'page.toast': { request: contentRequests['page.toast'], response: NothingSchema },
  }) satisfies Protocol)();
export type ContentProtocol = typeof contentProtocol;
