import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BidiConnection, type EvaluateResult, type RemoteValue } from './bidi';

const ROOT = resolve(import.meta.dirname, '../..');
// The e2e build (`npm run build:firefox-e2e`): the production build ignores the popup's `?tab=` (see activeTab).
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3-e2e');
export const GECKO_ID = 'leadclip@leadclip.dev';

/**
 * The moz-extension:// host of LeadClip in the test profiles. Firefox picks a random UUID per
 * install; pinning it in `extensions.webextensions.uuids` makes the extension's origin — and so
 * its IndexedDB — the same after the browser restarts and the temporary add-on is installed again.
 */
export const EXTENSION_UUID = '6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f';

/** Debian's Firefox ESR, or $FIREFOX_PATH. Never downloads a browser. */
export function findFirefox(): string {
  const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(
      `No Firefox at ${path}: install it with \`sudo apt-get install -y firefox-esr\` (Debian/Ubuntu) or set FIREFOX_PATH to a Firefox binary.`,
    );
  }
  return path;
}

const PREFS: Record<string, string | number | boolean> = {
  // The build is unsigned. A temporary add-on is exempt from signing anyway; this keeps the
  // profile usable for an unsigned permanent install (`npm run zip`) when debugging by hand.
  'xpinstall.signatures.required': false,
  // WebDriver BiDi only (no CDP).
  'remote.active-protocols': 1,
  // Firefox gives every install a random moz-extension:// UUID, and a temporary add-on is dropped
  // at shutdown and installed again on the next start. Pinning the UUID (user.js is re-read on
  // every start) keeps the extension's origin — and so its IndexedDB — the same across a restart,
  // as a permanently installed, signed LeadClip's is. The data itself is left alone by Firefox
  // (no keepStorageOnUninstall needed: the restart test passes without it).
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
  // `permissions.request` still needs a real click; with this off Firefox answers as if the rep
  // pressed "Allow" in the doorhanger, which BiDi cannot reach (it is browser UI, not a page).
  'extensions.webextOptionalPermissionPrompts': false,
  // A quiet browser: no first-run pages, updates, telemetry or session restore.
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.page': 0,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.sessionstore.resume_from_crash': false,
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.auto': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'network.captive-portal-service.enabled': false,
  'dom.disable_open_during_load': false,
};

/** Where the profile's downloads land: the export tests read the files the rep would open. */
export const downloadsDir = (profileDir: string): string => join(profileDir, 'downloads');

export function newFirefoxProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'leadclip-e2e-firefox-'));
  mkdirSync(downloadsDir(dir));
  const prefs: Record<string, string | number | boolean> = {
    ...PREFS,
    // Save every download to the profile's downloads folder without asking (the dialog is browser UI).
    'browser.download.folderList': 2,
    'browser.download.dir': downloadsDir(dir),
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
  };
  const lines = Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`);
  writeFileSync(join(dir, 'user.js'), `${lines.join('\n')}\n`);
  return dir;
}

export function removeFirefoxProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Starts Firefox and reads the BiDi address it prints to stderr. */
function startFirefox(profileDir: string): Promise<{ child: ChildProcess; wsUrl: string }> {
  const child = spawn(
    findFirefox(),
    [
      '--headless',
      '--remote-debugging-port=0',
      // Without it BiDi refuses to navigate a tab to moz-extension:// (the popup and sidebar
      // pages). The tests still only script web content, never the browser's own UI.
      '--remote-allow-system-access',
      '--profile',
      profileDir,
      '--no-remote',
      '--new-instance',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  return new Promise((resolvePromise, reject) => {
    let log = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Firefox did not open WebDriver BiDi within 60 s:\n${log.slice(-2000)}`));
    }, 60_000);
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      log += chunk;
      const match = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        resolvePromise({ child, wsUrl: match[1] });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (${code}) before WebDriver BiDi was up:\n${log.slice(-2000)}`));
    });
  });
}

export interface FirefoxBrowser {
  bidi: BidiConnection;
  profileDir: string;
  /** moz-extension://<uuid>/<path> */
  extensionUrl(path: string): string;
  newTab(url: string): Promise<Tab>;
  close(): Promise<void>;
}

/**
 * A toolbar click cannot be sent over BiDi: the toolbar, its popup panel, the permission
 * doorhanger and the sidebar are Firefox's own UI, not web content. The honest equivalents used
 * here:
 *
 * - The click's `activeTab` grant → the rep allowing LeadClip on the whole site, as the popup's
 *   auto-detect switch does: the optional host permission (port-less pattern), asked for with
 *   `permissions.request` inside a real (BiDi input) click on an extension page, and answered
 *   "Allow" (prompts off in the test profile). A wider grant than activeTab, never a narrower one.
 * - The popup panel → popup.html in a tab, told its target tab with `?tab=<id>`
 *   (lib/platform/browser-api.ts `activeTab`).
 * - The sidebar → sidepanel.html (the sidebar's `default_panel`) in a tab: the same page.
 */
export class Rep {
  private constructor(
    private readonly browser: FirefoxBrowser,
    private readonly control: Tab,
  ) {}

  /** Opens one extension page the tests use to look up tab ids and to ask for permissions. */
  static async in(browser: FirefoxBrowser): Promise<Rep> {
    return new Rep(browser, await browser.newTab(browser.extensionUrl('options.html')));
  }

  /** Allows LeadClip on `origin` (any port), as the rep's "Allow" would. */
  async allowSite(origin: string): Promise<void> {
    const pattern = `${new URL(origin).protocol}//${new URL(origin).hostname}/*`;
    await this.control.evaluate(
      `(pattern) => {
        document.getElementById('e2e-allow')?.remove();
        const button = document.createElement('button');
        button.id = 'e2e-allow';
        button.textContent = 'Allow LeadClip on this site';
        button.addEventListener('click', () => {
          browser.permissions.request({ origins: [pattern] }).then(
            (granted) => { button.dataset.answer = String(granted); },
            (error) => { button.dataset.answer = 'error: ' + error.message; },
          );
        });
        document.body.prepend(button);
      }`,
      pattern,
    );
    await this.control.clickButton('Allow LeadClip on this site');
    const answer = await waitFor(
      () => this.control.evaluate<string>('() => document.getElementById("e2e-allow")?.dataset.answer ?? ""'),
      (a) => a !== '',
    );
    if (answer !== 'true') throw new Error(`Firefox did not grant ${pattern}: ${answer || 'no answer'}`);
  }

  /** The extension API's id of the tab showing `page` (it must be the active tab). */
  async tabIdOf(page: Tab): Promise<number> {
    await page.activate();
    const ids = await this.control.evaluate<number[]>(
      'async () => (await browser.tabs.query({ active: true })).map((t) => t.id)',
    );
    if (ids.length !== 1 || ids[0] === undefined) throw new Error(`Expected one active tab, got ${ids.length}`);
    return ids[0];
  }

  /** The popup, as the toolbar button would open it on `page`. */
  async openPopup(page: Tab): Promise<Tab> {
    const id = await this.tabIdOf(page);
    return this.browser.newTab(this.browser.extensionUrl(`popup.html?tab=${id}`));
  }

  /** The workspace, as it shows in Firefox's sidebar. */
  openSidebar(): Promise<Tab> {
    return this.browser.newTab(this.browser.extensionUrl('sidepanel.html'));
  }
}

/** Firefox on `profileDir` with the built extension installed as a temporary add-on. */
export async function launchFirefox(profileDir: string): Promise<FirefoxBrowser> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox-e2e\` first.`);
  }
  const { child, wsUrl } = await startFirefox(profileDir);
  const exited = new Promise<void>((done) => {
    if (child.exitCode !== null) done();
    else child.once('exit', () => done());
  });
  let bidi: BidiConnection | undefined;
  try {
    bidi = await BidiConnection.connect(`${wsUrl}/session`);
    await bidi.send('session.new', { capabilities: {} });
    const { extension } = await bidi.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR },
    });
    if (extension !== GECKO_ID) throw new Error(`Installed ${extension}, expected ${GECKO_ID}`);
  } catch (error) {
    bidi?.close();
    child.kill('SIGKILL');
    await exited;
    throw error;
  }
  const connection = bidi;
  return {
    bidi: connection,
    profileDir,
    extensionUrl: (path) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`,
    newTab: async (url) => {
      const { context } = await connection.send<{ context: string }>('browsingContext.create', { type: 'tab' });
      const tab = new Tab(connection, context);
      await tab.goto(url);
      return tab;
    },
    close: async () => {
      // A clean quit, so Firefox writes the profile (IndexedDB, prefs) as a rep's quit would.
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await connection.send('browser.close').catch(() => undefined);
      connection.close();
      await exited;
      clearTimeout(killer);
    },
  };
}

/** One tab, driven the way a rep would: navigate, read text, click. */
export class Tab {
  constructor(
    private readonly bidi: BidiConnection,
    readonly context: string,
  ) {}

  async goto(url: string): Promise<void> {
    await this.bidi.send('browsingContext.navigate', { context: this.context, url, wait: 'complete' });
  }

  async reload(): Promise<void> {
    await this.bidi.send('browsingContext.reload', { context: this.context, wait: 'complete' });
  }

  async activate(): Promise<void> {
    await this.bidi.send('browsingContext.activate', { context: this.context });
  }

  async close(): Promise<void> {
    await this.bidi.send('browsingContext.close', { context: this.context });
  }

  /** Runs `fn` in the page (its own realm: an extension page gets `browser`) and returns its JSON value. */
  async evaluate<T>(fn: string, ...args: (string | number | boolean)[]): Promise<T> {
    const answer = await this.call(`async (...args) => JSON.stringify(await (${fn})(...args))`, args);
    const value = answer.result?.value;
    return (typeof value === 'string' ? JSON.parse(value) : undefined) as T;
  }

  /** The text of every element with this data-testid, as the rep reads it. */
  texts(testId: string): Promise<string[]> {
    return this.evaluate<string[]>(
      "(id) => [...document.querySelectorAll('[data-testid=\"' + CSS.escape(id) + '\"]')].map((e) => e.textContent ?? '')",
      testId,
    );
  }

  async text(testId: string): Promise<string> {
    return (await this.texts(testId))[0] ?? '';
  }

  /** All text of the page body. */
  bodyText(): Promise<string> {
    return this.evaluate<string>('() => document.body?.innerText ?? ""');
  }

  /** Clicks the button with this accessible name (aria-label or text) with a real pointer click. */
  clickButton(name: string): Promise<void> {
    return this.clickElement(
      `(name) => [...document.querySelectorAll('button')].find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name,
      )`,
      name,
    );
  }

  /** Clicks the element with this data-testid (a switch, a row). */
  clickTestId(testId: string): Promise<void> {
    return this.clickElement("(id) => document.querySelector('[data-testid=\"' + CSS.escape(id) + '\"]')", testId);
  }

  /** Clicks the element with this data-testid whose text contains `text` (a lead in the list). */
  clickTestIdWithText(testId: string, text: string): Promise<void> {
    return this.clickElement(
      `(arg) => {
        const [id, text] = JSON.parse(arg);
        return [...document.querySelectorAll('[data-testid="' + CSS.escape(id) + '"]')].find((e) =>
          (e.textContent ?? '').includes(text),
        );
      }`,
      JSON.stringify([testId, text]),
    );
  }

  /** Clicks the element `selector` finds (a checkbox, a field). */
  clickSelector(selector: string): Promise<void> {
    return this.clickElement('(selector) => document.querySelector(selector)', selector);
  }

  /** Clicks into the field `selector` finds, selects what it holds and types `text` over it. */
  async fill(selector: string, text: string): Promise<void> {
    await this.clickSelector(selector);
    await this.evaluate('(selector) => { document.querySelector(selector)?.select(); return true; }', selector);
    await this.keys([...text]);
  }

  /** Presses Enter in the focused field (WebDriver's key for it). */
  pressEnter(): Promise<void> {
    return this.keys(['\uE007']);
  }

  /**
   * Picks the option whose value or text is `option` in the <select> `selector` finds, as the rep's
   * choice in the drop-down would (the drop-down itself is browser UI): the value, then a change event.
   */
  async choose(selector: string, option: string): Promise<void> {
    const chosen = await this.evaluate<string>(
      `(arg) => {
        const [selector, option] = JSON.parse(arg);
        const select = document.querySelector(selector);
        const match = [...(select?.options ?? [])].find((o) => o.value === option || o.text.trim() === option);
        if (!select || !match) return '';
        select.focus();
        select.value = match.value;
        select.dispatchEvent(new Event('input', { bubbles: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return match.value;
      }`,
      JSON.stringify([selector, option]),
    );
    if (!chosen) throw new Error(`No option "${option}" in ${selector}`);
  }

  /** Puts files in the file input `selector` finds, as the rep's pick in the file dialog would. */
  async setFiles(selector: string, paths: string[]): Promise<void> {
    const answer = await this.call('(selector) => document.querySelector(selector)', [selector]);
    const sharedId = answer.result?.sharedId;
    if (!sharedId) throw new Error(`No file input ${selector}`);
    await this.bidi.send('input.setFiles', { context: this.context, element: { sharedId }, files: paths });
  }

  /** Whether the checkbox with this data-testid is ticked. */
  isChecked(testId: string): Promise<boolean> {
    return this.evaluate<boolean>(
      "(id) => document.querySelector('[data-testid=\"' + CSS.escape(id) + '\"]')?.checked === true",
      testId,
    );
  }

  /** Clicks into the field labelled `label` and types `text`, key by key. */
  async type(label: string, text: string): Promise<void> {
    await this.clickElement("(label) => document.querySelector('[aria-label=\"' + CSS.escape(label) + '\"]')", label);
    await this.keys([...text]);
  }

  /** Real key presses, one after the other, into whatever has the focus. */
  private async keys(values: string[]): Promise<void> {
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: values.flatMap((value) => [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ]),
        },
      ],
    });
    await this.bidi.send('input.releaseActions', { context: this.context });
  }

  /** A real pointer click in the middle of the element `find(arg)` returns. */
  private async clickElement(find: string, arg: string): Promise<void> {
    const answer = await this.call(
      `(arg) => {
        const element = (${find})(arg);
        element?.scrollIntoView({ block: 'center' });
        return element ?? null;
      }`,
      [arg],
    );
    const sharedId = answer.result?.sharedId;
    if (!sharedId) throw new Error(`Nothing to click for "${arg}"`);
    await this.activate();
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    await this.bidi.send('input.releaseActions', { context: this.context });
  }

  private async call(fn: string, args: (string | number | boolean)[]): Promise<EvaluateResult> {
    const answer = await this.bidi.send<EvaluateResult>('script.callFunction', {
      functionDeclaration: fn,
      arguments: args.map((value): RemoteValue => ({ type: typeof value, value })),
      target: { context: this.context },
      awaitPromise: true,
      resultOwnership: 'root',
      serializationOptions: { maxDomDepth: 0 },
    });
    if (answer.type === 'exception') throw new Error(`In page: ${answer.exceptionDetails?.text ?? 'exception'}`);
    return answer;
  }
}

/** Polls `read` until it equals/contains what is expected or the time runs out; returns the last value. */
export async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = await read();
  while (!ok(last) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200));
    last = await read().catch(() => last);
  }
  return last;
}
