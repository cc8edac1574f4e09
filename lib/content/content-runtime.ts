import { mainPersonIndex } from '../crm/main-person';
import type { RequestOf, ResponseOf } from '../messaging/envelope';
import type { PageAsks } from '../messaging/page-messages';
import type { BackgroundProtocol } from '../messaging/protocol';
import type { PageScan } from '../model/candidate';
import { createPageUi } from './page-ui';
import { scanPage } from './scan-page';

type AskBackground = <K extends PageAsks>(
  type: K,
  payload: RequestOf<BackgroundProtocol, K>,
) => Promise<ResponseOf<BackgroundProtocol, K>>;

export interface ContentWorld {
  window: Window;
  askBackground: AskBackground;
  /** True when the rep turned auto-detect on for this site: detect on load and on every SPA navigation. */
  autoDetect: boolean;
}

const URL_POLL_MS = 700;
/** SPAs swap the URL first and the content a moment later; reading at once would see the previous profile. */
const SETTLE_MS = 600;

/** What the content script does in a page: scan on request, report the count, offer a capture button. */
export function startContentRuntime(world: ContentWorld) {
  const { window: win } = world;
  const ui = createPageUi(win.document);

  const scan = (): PageScan => {
    const result = scanPage(win.document, win.location);
    world.askBackground('page.detected', { count: result.candidates.length }).catch(() => undefined);
    return result;
  };

  const showCaptureButton = async (): Promise<boolean> => {
    const first = scan();
    const index = mainPersonIndex(first);
    const person = index === undefined ? undefined : first.candidates[index];
    if (index === undefined || !person) {
      ui.removeCaptureButton();
      return false;
    }
    const shownFor = win.location.href;
    // Already saved? The button and the badge say so (a stale answer for a page since left is dropped).
    const status = await world
      .askBackground('page.mainPersonStatus', { scan: first, index })
      .catch(() => ({ saved: false, leadId: undefined }));
    if (win.location.href !== shownFor) return false;
    ui.showCaptureButton(person.fullName?.value || person.emails[0]?.value || 'this person', {
      ...(status.saved && status.leadId ? { savedLeadId: status.leadId } : {}),
      capture: async () => {
        if (win.location.href !== shownFor) throw new Error('the page changed; reopen it');
        const fresh = scanPage(win.document, win.location);
        const i = mainPersonIndex(fresh);
        if (i === undefined) throw new Error('nobody on this page any more');
        const [saved] = await world.askBackground('capture.save', { scan: fresh, indexes: [i] });
        if (!saved || saved.outcome === 'suppressed')
          throw new Error('this person was forgotten; capture them from the popup');
        return saved.leadId;
      },
      open: async (leadId) => {
        await world.askBackground('sidepanel.open', { leadId });
      },
    });
    return true;
  };

  if (world.autoDetect) {
    let lastUrl = win.location.href;
    void showCaptureButton();
    win.setInterval(() => {
      if (win.location.href === lastUrl) return;
      lastUrl = win.location.href;
      // Never leave the previous person's button on the new page.
      ui.removeCaptureButton();
      win.setTimeout(() => {
        if (win.location.href === lastUrl) void showCaptureButton();
      }, SETTLE_MS);
    }, URL_POLL_MS);
  }

  return {
    'page.scan': async () => scan(),
    'page.selection': async () => ({
      text: (win.getSelection()?.toString() ?? '').slice(0, 20_000),
      pageUrl: win.location.href,
      pageTitle: win.document.title.slice(0, 500),
    }),
    'page.showCaptureButton': async () => ({ shown: await showCaptureButton() }),
    'page.toast': async ({ message }: { message: string }) => {
      ui.toast(message);
      return {};
    },
  };
}
