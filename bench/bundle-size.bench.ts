import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { report } from './report';

/**
 * The content script is injected into the rep's pages: its size is what every scan costs. On LinkedIn,
 * in webmail, on X and on GitHub a reader script with that site's adapters is injected before it (see
 * lib/extract/sites/site-readers.ts): its size is printed too, and the sum is what those pages get.
 */
export async function main(): Promise<void> {
  for (const target of ['chrome-mv3', 'firefox-mv3']) {
    const dir = join(process.cwd(), '.output', target);
    const gzipBytes = (script: string): number | undefined => {
      try {
        return gzipSync(readFileSync(join(dir, `${script}.js`)), { level: 9 }).length;
      } catch {
        return undefined;
      }
    };
    const content = gzipBytes('content-script');
    if (content === undefined) {
      if (target === 'chrome-mv3') throw new Error(`No ${join(dir, 'content-script.js')}: build first (npm run build)`);
      continue;
    }
    const name = target.replace('-mv3', '');
    report(`content_script_${name}_bytes`, readFileSync(join(dir, 'content-script.js')).length, 'B');
    report(`content_script_${name}_gzip_bytes`, content, 'B', 'goal ≤ 50 KB');
    const readers = readdirSync(dir).filter((f) => f.endsWith('-reader.js'));
    for (const reader of readers.map((f) => f.replace(/\.js$/, '')).sort()) {
      const bytes = gzipBytes(reader) ?? 0;
      report(
        `${reader.replace(/-/g, '_')}_${name}_gzip_bytes`,
        bytes,
        'B',
        `with the content script ${content + bytes} B`,
      );
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
