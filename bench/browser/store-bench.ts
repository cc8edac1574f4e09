// Runs inside a Chromium page (real IndexedDB). Bundled by bench/store.bench.ts.
import { LeadClipDB } from '../../lib/db/database';
import { LeadRepository } from '../../lib/db/lead-repository';
import { LeadSchema } from '../../lib/model/lead';
import { sampleLeads } from './sample-leads';

function idbRequest<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function rawPutAll(name: string, records: unknown[]): Promise<void> {
  const db = await idbRequest(indexedDB.open(name));
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('leads', 'readwrite');
    const store = tx.objectStore('leads');
    for (const r of records) store.put(r);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

async function clearLeads(db: LeadClipDB): Promise<void> {
  await db.leads.clear();
}

/** Median-ready timings: the repository's validated bulk save vs raw puts of the same records, alternating order. */
async function runStoreBench(n: number, runs: number): Promise<{ repo: number[]; raw: number[] }> {
  const inputs = sampleLeads(n);
  // The raw side writes exactly what the repository stores, so both maintain the same indexes.
  const records = inputs.map((l) => LeadSchema.parse(l));
  const repoName = 'bench-repo';
  const rawName = 'bench-raw';
  const repoDb = new LeadClipDB(repoName);
  const rawDb = new LeadClipDB(rawName);
  await repoDb.open();
  await rawDb.open();
  rawDb.close();
  const repo = new LeadRepository(repoDb);
  const times = { repo: [] as number[], raw: [] as number[] };
  const timeRepo = async () => {
    await clearLeads(repoDb);
    const t = performance.now();
    await repo.saveMany(inputs);
    times.repo.push(performance.now() - t);
  };
  const timeRaw = async () => {
    const db = new LeadClipDB(rawName);
    await clearLeads(db);
    db.close();
    const t = performance.now();
    await rawPutAll(rawName, records);
    times.raw.push(performance.now() - t);
  };
  // One unmeasured warm-up of each.
  await timeRepo();
  await timeRaw();
  times.repo.length = 0;
  times.raw.length = 0;
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      await timeRepo();
      await timeRaw();
    } else {
      await timeRaw();
      await timeRepo();
    }
  }
  repoDb.close();
  return times;
}

(globalThis as { runStoreBench?: typeof runStoreBench }).runStoreBench = runStoreBench;
