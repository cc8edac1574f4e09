import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

/** Renders a component into a fresh container in happy-dom and gives the test what a user has: text, clicks, typing. */
export async function mount(ui: ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => {
    render(ui, root);
  });
  const byText = (selector: string, text: string | RegExp): HTMLElement => {
    const all = [...root.querySelectorAll<HTMLElement>(selector)];
    const hit = all.find((e) =>
      typeof text === 'string' ? e.textContent?.trim() === text : text.test(e.textContent ?? ''),
    );
    if (!hit) throw new Error(`No ${selector} with text ${String(text)} in: ${root.textContent}`);
    return hit;
  };
  return {
    root,
    text: () => root.textContent ?? '',
    button: (text: string | RegExp) => byText('button', text) as HTMLButtonElement,
    byLabel: <T extends HTMLElement = HTMLInputElement>(label: string): T => {
      const el = root.querySelector<T>(`[aria-label="${label}"]`);
      if (el) return el;
      const lab = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(label));
      const target = lab?.htmlFor
        ? root.querySelector<T>(`#${lab.htmlFor}`)
        : lab?.querySelector<T>('input,select,textarea');
      if (!target) throw new Error(`No field labelled ${label}`);
      return target;
    },
    click: async (el: HTMLElement) => {
      await act(async () => {
        el.click();
        await settle();
      });
    },
    type: async (el: HTMLInputElement | HTMLTextAreaElement, value: string) => {
      await act(async () => {
        el.value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        await settle();
      });
    },
    choose: async (el: HTMLSelectElement, value: string) => {
      await act(async () => {
        el.value = value;
        el.dispatchEvent(new Event('change', { bubbles: true }));
        await settle();
      });
    },
    key: async (el: HTMLElement, key: string) => {
      await act(async () => {
        el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        await settle();
      });
    },
    settle: () => act(settle),
    unmount: async () => {
      await act(() => {
        render(null, root);
      });
      root.remove();
    },
  };
}

/** Lets promise callbacks (a save, a preview) finish before the test reads the screen. */
function settle(): Promise<void> {
  return new Promise((r) => setTimeout(r, 0));
}
