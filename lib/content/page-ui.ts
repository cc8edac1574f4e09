/**
 * LeadClip's own UI inside a web page: one host element with a **closed** shadow root, so the page's
 * CSS cannot restyle it and its scripts cannot reach inside (`host.shadowRoot` is null to them):
 * whether a person is saved, and any error, stays between the rep and LeadClip. Only a real click
 * (`isTrusted`) acts; a script's synthetic click does nothing. Text goes in with textContent only:
 * names come from the page. The button keeps one size in every state: a page can map the host's box
 * with elementFromPoint, and a box that changed when the person was saved would tell it so.
 */

const STYLE = `
  :host { all: initial; }
  .wrap { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; display: flex; flex-direction: column;
    align-items: flex-end; gap: 8px; font: 13px/1.4 system-ui, sans-serif; }
  button { font: inherit; border: 0; border-radius: 18px; padding: 8px 14px; cursor: pointer;
    background: #0b6bcb; color: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.25);
    width: 300px; max-width: calc(100vw - 32px); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  button[data-state="saved"] { background: #1a7f37; }
  button[data-state="error"] { background: #82071e; }
  .toast { background: #1b1f24; color: #fff; padding: 8px 12px; border-radius: 8px; max-width: 320px;
    box-shadow: 0 2px 8px rgba(0,0,0,.25); }
`;

/** What the in-page button does: save the person (giving their lead's id), or open a saved lead. */
export interface CaptureButtonActions {
  /** Set when the person is already saved: the button says so and opens the lead. */
  savedLeadId?: string;
  capture(): Promise<string>;
  open(leadId: string): Promise<void>;
}

export interface PageUi {
  showCaptureButton(name: string, actions: CaptureButtonActions): void;
  removeCaptureButton(): void;
  toast(message: string): void;
}

export function createPageUi(document: Document): PageUi {
  let host: HTMLElement | undefined;
  let wrap: HTMLElement | undefined;
  let button: HTMLButtonElement | undefined;

  const root = (): HTMLElement => {
    if (wrap && host?.isConnected) return wrap;
    host = document.createElement('leadclip-ui');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    wrap = document.createElement('div');
    wrap.className = 'wrap';
    shadow.append(style, wrap);
    document.documentElement.append(host);
    return wrap;
  };

  return {
    showCaptureButton(name, actions) {
      button?.remove();
      const b = document.createElement('button');
      b.type = 'button';
      let savedLeadId = actions.savedLeadId;
      // The full label is the tooltip too: a long name is cut short by the button's fixed width.
      const show = (state: string, label: string, tooltip = label) => {
        b.dataset.state = state;
        b.textContent = label;
        b.title = tooltip;
      };
      const showSaved = () =>
        show('saved', `✓ ${name} saved · open`, `${name} is saved: open this lead in the LeadClip workspace`);
      if (savedLeadId) showSaved();
      else show('ready', `Save ${name} to LeadClip`);
      b.addEventListener('click', async (event) => {
        if (!event.isTrusted) return;
        if (b.dataset.state === 'saving') return;
        try {
          if (savedLeadId) {
            await actions.open(savedLeadId);
            return;
          }
          show('saving', 'Saving…');
          savedLeadId = await actions.capture();
          showSaved();
        } catch (error) {
          show('error', `Not saved: ${error instanceof Error ? error.message : String(error)}`);
        }
      });
      button = b;
      root().append(b);
    },
    removeCaptureButton() {
      button?.remove();
      button = undefined;
    },
    toast(message) {
      const t = document.createElement('div');
      t.className = 'toast';
      t.setAttribute('role', 'status');
      t.textContent = message;
      root().prepend(t);
      setTimeout(() => t.remove(), 6000);
    },
  };
}
