import { openDatabase } from '../db/database';
import { ImportRepository } from '../db/import-repository';
import { type ImportReply, ImportRequestSchema } from './import-protocol';
import { ImportSession } from './import-session';

/**
 * The import worker: decodes, parses, plans and writes a CSV import off the
 * side panel's thread, against the same IndexedDB the side panel reads, so
 * a 100,000-row file never freezes the panel.
 */

interface WorkerScope {
  postMessage(message: ImportReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;

const session = new ImportSession(new ImportRepository(openDatabase()));
let running: AbortController | undefined;

scope.addEventListener('message', (event) => {
  const parsed = ImportRequestSchema.safeParse(event.data);
  if (!parsed.success) return;
  const request = parsed.data;
  const progress = (p: { done: number; total: number }) =>
    scope.postMessage({ id: request.id, kind: 'progress', done: p.done, total: p.total });
  const fail = (e: unknown) =>
    scope.postMessage({ id: request.id, kind: 'failed', error: e instanceof Error ? e.message : String(e) });
  switch (request.kind) {
    case 'cancel':
      running?.abort();
      return;
    case 'open':
      try {
        scope.postMessage({ id: request.id, kind: 'opened', file: session.open(request.bytes, request.encoding) });
      } catch (e) {
        fail(e);
      }
      return;
    case 'preview':
      session
        .preview(request.mapping, request.choices, progress)
        .then((summary) => scope.postMessage({ id: request.id, kind: 'previewed', summary }), fail);
      return;
    case 'import': {
      running = new AbortController();
      session
        .import(request.mapping, request.choices, progress, running.signal)
        .then((result) => scope.postMessage({ id: request.id, kind: 'imported', result }), fail);
      return;
    }
  }
});
