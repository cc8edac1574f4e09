/**
 * In-page parts of the side panel bench. Each function is sent to Chromium as
 * source text (Playwright's addInitScript / evaluate), so each is self-contained:
 * no imports, no helpers from outside its own body.
 */

/** What the probe has seen since it was last reset. */
export interface BlockProbe {
  /** Longest gap between two heartbeats (ms): how long the page could not answer a click. */
  gap: number;
  /** Longest task Chromium reported (ms; 0 when none passed 50 ms). */
  task: number;
  /** performance.now() when the lead count first showed each value. */
  countAt: Record<string, number>;
}

/**
 * Installed before the side panel's own scripts: a heartbeat that notes the
 * longest time the main thread went without running it, the longest task
 * Chromium reports, and when the lead count changed.
 */
export function installBlockProbe(): void {
  const w = window as unknown as { blockProbe: BlockProbe; resetBlockProbe: () => void };
  let last = performance.now();
  w.blockProbe = { gap: 0, task: 0, countAt: {} };
  w.resetBlockProbe = () => {
    w.blockProbe.gap = 0;
    w.blockProbe.task = 0;
    w.blockProbe.countAt = {};
    last = performance.now();
  };
  // A timer heartbeat (every ~4 ms once nested): cheap, and late by exactly as long as the thread was busy.
  const beat = () => {
    const now = performance.now();
    w.blockProbe.gap = Math.max(w.blockProbe.gap, now - last);
    last = now;
    setTimeout(beat, 0);
  };
  setTimeout(beat, 0);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.blockProbe.task = Math.max(w.blockProbe.task, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    const text = document.querySelector('[data-testid="lead-count"]')?.textContent ?? '';
    if (text && w.blockProbe.countAt[text] === undefined) w.blockProbe.countAt[text] = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Run in the extension's service worker (another context than the side panel):
 * puts the leads into the store in one transaction with bare IndexedDB, then
 * tells every Dexie in the extension that the whole leads table may have
 * changed — what a CSV import does (lib/db/announce-changes.ts).
 */
export async function writeLeadsElsewhere(leads: readonly unknown[]): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('leadclip');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('leads', 'readwrite');
    for (const l of leads) tx.objectStore('leads').put(l);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  const everything = { from: Number.NEGATIVE_INFINITY, to: [[]], d: 1 };
  const channel = new BroadcastChannel('x-storagemutated-1');
  channel.postMessage({ 'idb://leadclip/leads/': everything, 'idb://leadclip/leads/:dels': everything });
  channel.close();
}
