import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { report } from './report';

/** The content script is injected into the rep's pages: its size is what every scan costs. */
export async function main(): Promise<void> {
  for (const target of ['chrome-mv3', 'firefox-mv3']) {
    const file = join(process.cwd(), '.output', target, 'content-script.js');
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      if (target === 'chrome-mv3') throw new Error(`No ${file}: build first (npm run build)`);
      continue;
    }
    const name = target.replace('-mv3', '');
    report(`content_script_${name}_bytes`, bytes.length, 'B');
    report(`content_script_${name}_gzip_bytes`, gzipSync(bytes, { level: 9 }).length, 'B', 'goal ≤ 50 KB');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
