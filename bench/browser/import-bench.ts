// Runs inside a Chromium page (real IndexedDB). Bundled by bench/import.bench.ts, which also bundles the
// import worker (lib/import/import.worker.ts) and hands its code in, so the import runs as the side panel's does.
import Papa from 'papaparse';
import { withScore } from '../../lib/crm/score-lead';
import { csvText } from '../../lib/csv/export-csv';
import { parseCsvFile } from '../../lib/csv/parse-csv';
import { DEFAULT_DB_NAME, LeadClipDB } from '../../lib/db/database';
import { type ImportEngine, workerImportEngine } from '../../lib/import/import-engine';
import { type Lead, LeadSchema } from '../../lib/model/lead';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import { liveLeadRows } from '../../lib/services/live-lead-rows';
import { sampleLeads } from './sample-leads';

/** n distinct people as saved leads, scored as an import scores them. */
function leadsOf(n: number): Lead[] {
  const now = Date.now();
  return sampleLeads(n).map((l, i) =>
    withScore(
      LeadSchema.parse({
        ...l,
        company: `${l.company} ${i}`,
        emails: (l.emails ?? []).map((e) => e.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')),
      }),
      [],
      DEFAULT_SETTINGS.scoring,
      now,
    ),
  );
}

/** The people as a HubSpot-format export, as a rep would bring it: UTF-8 bytes. */
function fileOf(leads: readonly Lead[]): Uint8Array<ArrayBuffer> {
  const text = csvText({ entity: 'leads', records: leads }, { preset: 'hubspot', delimiter: ',', bom: false });
  return new TextEncoder().encode(text);
}

const time = async (fn: () => unknown): Promise<number> => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};

/**
 * The longest the page's main thread went without running a task while `fn` ran: a zero-delay timer
 * re-arms itself, and each gap between two of its turns is a stretch in which the page could not have
 * answered a click. Apart, the longest task the browser reports (over 50 ms): a gap with no long task
 * in it is the thread waiting for a core, not the page's own work.
 */
async function longestBlock(fn: () => Promise<void>): Promise<{ gap: number; task: number }> {
  let gap = 0;
  let task = 0;
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
    if (running) setTimeout(tick, 0);
  };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) task = Math.max(task, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  setTimeout(tick, 0);
  try {
    await fn();
  } finally {
    running = false;
    observer.disconnect();
  }
  return { gap: Math.max(gap, task), task };
}

export interface ImportBenchResult {
  megabytes: number;
  parseOurs: number[];
  parsePapa: number[];
  endToEnd: number[];
  preview: number[];
  mainThreadBlock: number[];
  /** The longest task the browser reported on the page meanwhile (0: none over 50 ms). */
  mainThreadLongestTask: number[];
  /** The same measure over 5 s with nothing running: what the machine's other work alone costs the page. */
  idleBlock: number;
  /** The same leads put straight into IndexedDB: what the store alone takes, below which no import can go. */
  storeOnly: number[];
  /** From the import's end until the open lead list shows every imported lead. */
  listCatchUp: number[];
  /** As many of the smallest records ({id, n}) put into a store with no index: what IndexedDB itself takes per write here. */
  tinyFloor: number[];
  outcome: string;
}

/**
 * Through the import worker as the side panel drives it, a dry run and the
 * import end to end into an empty store (open: parse; import: plan and
 * write in batches), timing the page's main thread meanwhile; the same
 * leads put straight into IndexedDB; then parse alone (bytes → rows, ours:
 * encoding detection, decoding, separator and header finding, papaparse,
 * row accounting) against papaparse alone (bytes decoded as UTF-8, then
 * Papa.parse), alternating which goes first. The imports go first, while
 * the page has made little garbage for its collector to stop it for.
 */
async function runImportBench(
  n: number,
  runs: number,
  storeRuns: number,
  workerCode: string,
): Promise<ImportBenchResult> {
  // Only the file's bytes stay alive through the imports: the page's heap is small, as the side panel's is.
  const bytes = fileOf(leadsOf(n));
  const result: ImportBenchResult = {
    megabytes: bytes.length / 1e6,
    parseOurs: [],
    parsePapa: [],
    endToEnd: [],
    preview: [],
    mainThreadBlock: [],
    mainThreadLongestTask: [],
    idleBlock: (await longestBlock(() => new Promise((resolve) => setTimeout(resolve, 5_000)))).gap,
    storeOnly: [],
    listCatchUp: [],
    tinyFloor: [],
    outcome: '',
  };
  const workerUrl = URL.createObjectURL(new Blob([workerCode], { type: 'text/javascript' }));
  const choices = { source: 'import' as const, tags: ['bench'] };
  const progress = () => undefined;
  for (let i = 0; i < storeRuns; i++) {
    // The worker opens the store the extension uses; each run starts from an empty one.
    await deleteStore(DEFAULT_DB_NAME);
    const engine: ImportEngine = workerImportEngine(new Worker(workerUrl, { name: 'leadclip-import' }));
    try {
      result.preview.push(
        await time(async () => {
          const opened = await engine.open(bytes.slice());
          await engine.preview(opened.mapping, choices, progress);
        }),
      );
      // The side panel's lead list stays open behind the wizard, in this page, woken by the worker's
      // writes: the panel's own live list (lib/services' watchLeadRows), read in chunks.
      const db = new LeadClipDB();
      let listed = 0;
      const list = liveLeadRows(db).subscribe({
        next: (rows) => {
          listed = rows.length;
        },
      });
      try {
        let endToEnd = 0;
        const block = await longestBlock(async () => {
          endToEnd = await time(async () => {
            const opened = await engine.open(bytes.slice());
            const r = await engine.run(opened.mapping, choices, progress);
            result.outcome = `${r.created} created, ${r.rejected} rejected, ${r.unchanged} unchanged`;
            if (r.created !== n) throw new Error(`expected ${n} leads created, the import says ${r.created}`);
          });
        });
        result.mainThreadBlock.push(block.gap);
        result.mainThreadLongestTask.push(block.task);
        result.endToEnd.push(endToEnd);
        result.listCatchUp.push(
          await time(async () => {
            while (listed < n) await new Promise((resolve) => setTimeout(resolve, 10));
          }),
        );
      } finally {
        list.unsubscribe();
        db.close();
      }
    } finally {
      engine.close();
    }
    await deleteStore(DEFAULT_DB_NAME);
    result.storeOnly.push(await putStraight(leadsOf(n)));
    result.tinyFloor.push(await putTiny(n));
  }
  const ours = () => parseCsvFile(bytes);
  const papa = () => Papa.parse<string[]>(new TextDecoder().decode(bytes), { skipEmptyLines: false });
  ours();
  papa();
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      result.parseOurs.push(await time(ours));
      result.parsePapa.push(await time(papa));
    } else {
      result.parsePapa.push(await time(papa));
      result.parseOurs.push(await time(ours));
    }
  }
  return result;
}

/** Milliseconds to put the leads into a fresh store of LeadClip's schema with bare IndexedDB, 2,500 a transaction. */
async function putStraight(leads: readonly Lead[]): Promise<number> {
  const name = 'leadclip-store-only';
  const db = new LeadClipDB(name);
  await db.open();
  const idb = db.backendDB();
  try {
    return await time(async () => {
      for (let from = 0; from < leads.length; from += 2_500) {
        await new Promise<void>((resolve, reject) => {
          const tx = idb.transaction('leads', 'readwrite');
          const store = tx.objectStore('leads');
          for (const lead of leads.slice(from, from + 2_500)) store.put(lead);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      }
    });
  } finally {
    db.close();
    await deleteStore(name);
  }
}

/** Milliseconds to put n records of two small fields, 2,500 a transaction, into a store with no index. */
async function putTiny(n: number): Promise<number> {
  const name = 'leadclip-tiny-floor';
  await deleteStore(name);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('rows', { keyPath: 'id' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    return await time(async () => {
      for (let from = 0; from < n; from += 2_500) {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('rows', 'readwrite');
          const store = tx.objectStore('rows');
          for (let i = from; i < Math.min(n, from + 2_500); i++) store.put({ id: `row-${i}`, n: i });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      }
    });
  } finally {
    db.close();
    await deleteStore(name);
  }
}

function deleteStore(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // A closed worker's connection may close a moment later: the deletion waits for it (onblocked, then onsuccess).
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

(globalThis as unknown as { runImportBench: typeof runImportBench }).runImportBench = runImportBench;
