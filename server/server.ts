import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type AppOptions, createApp } from './app';
import { migrate } from './migrations';
import type { Database } from './sql';
import { SyncStore } from './store';

export interface RunningServer {
  url: string;
  store: SyncStore;
  /** Stops listening and closes the store. */
  close(): Promise<void>;
}

export interface StartOptions extends Omit<AppOptions, 'store'> {
  db: Database;
  port?: number;
  hostname?: string;
}

/** Migrate, then listen. Port 0 picks a free port (tests); the URL says which. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { db, port = 8787, hostname = '127.0.0.1', ...appOptions } = options;
  await migrate(db);
  const store = new SyncStore(db);
  const app = createApp({ ...appOptions, store });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port, hostname }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  return {
    url: `http://${host}:${address.port}`,
    store,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold close() open; the clients reconnect.
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await db.close();
    },
  };
}
