import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export type { BlockProbe } from './sidepanel-probe';

/** In-page parts of the side panel bench, run in Chromium. */

/**
 * The block probe (sidepanel-probe.ts) as one script for addInitScript, bundled
 * by esbuild: tsx keeps function names with a helper the page does not have.
 */
export async function blockProbeScript(): Promise<string> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('./sidepanel-probe.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'error',
  });
  const js = out.outputFiles[0]?.text;
  if (!js) throw new Error('esbuild gave no output for the block probe');
  return js;
}

/**
 * Run in the extension's service worker (another context than the side panel):
 * puts the leads into the store in one transaction with bare IndexedDB, then
 * tells every Dexie in the extension that the whole leads table may have
 * changed — what a CSV import does (lib/db/announce-changes.ts).
 */
// Sent to the service worker as source text (worker.evaluate): self-contained, no named inner functions.
export async function writeLeadsElsewhere(leads: readonly unknown[]): Promise<number> {
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
  // When the leads were committed, on the clock every context shares.
  return performance.timeOrigin + performance.now();
}
