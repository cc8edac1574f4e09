import { type ChildProcess, spawn } from 'node:child_process';

export interface Child {
  proc: ChildProcess;
  url: string;
  output: string[];
  waitFor(text: string): Promise<void>;
}

/** `npm run server` as its own process, on a free port. */
export async function spawnServer(env: Record<string, string>, entry = 'server/main.ts'): Promise<Child> {
  const proc = spawn(process.execPath, ['--import', 'tsx', entry], {
    // PORT 0 (a free port) unless the caller names one: a restart on the same port keeps clients' URL.
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const waiters: { text: string; resolve: () => void }[] = [];
  const onData = (chunk: Buffer) => {
    output.push(chunk.toString());
    const all = output.join('');
    for (const w of [...waiters]) {
      if (all.includes(w.text)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  proc.stdout?.on('data', onData);
  proc.stderr?.on('data', onData);
  const waitFor = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (output.join('').includes(text)) return resolve();
      const timer = setTimeout(() => reject(new Error(`Server never printed "${text}":\n${output.join('')}`)), 60_000);
      waiters.push({
        text,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  await waitFor('listening on');
  const url = /listening on (http:\/\/\S+)/.exec(output.join(''))?.[1];
  if (!url) throw new Error(`No URL in: ${output.join('')}`);
  return { proc, url, output, waitFor };
}
