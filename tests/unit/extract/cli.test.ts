import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The extraction CLI as a person runs it: a saved page in, JSON on stdout, errors on stderr. */

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const CLI = join(process.cwd(), 'scripts/extract-cli.ts');
const PAGE = join(process.cwd(), 'tests/fixtures/extract/speaker-page.html');

function run(...args: string[]) {
  return spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
}

describe('scripts/extract-cli.ts', () => {
  it('prints the people of a page as a JSON array, phones in E.164 for the page country', () => {
    const result = run(PAGE, '--url', 'https://vertriebstag.de/sprecher');
    expect(result.status).toBe(0);
    const people = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(people).toEqual([
      expect.objectContaining({
        fullName: 'Dr. Katrin van der Meulen, MBA',
        firstName: 'Katrin',
        lastName: 'van der Meulen',
        title: 'Head of Sales',
        company: 'Lindenhof Analytics GmbH',
        location: 'Hamburg',
        emails: ['katrin.vandermeulen@lindenhof-analytics.de'],
        phones: ['+49401234567'],
        urls: ['https://www.linkedin.com/in/katrin-vdm-demo/'],
        source: 'microformats',
      }),
      expect.objectContaining({
        fullName: 'Jonas Okafor',
        title: 'Key Account Manager',
        // No company on the card: the business address's domain names it, at low confidence.
        company: 'Beispiel Vertrieb',
        emails: ['j.okafor@beispiel-vertrieb.de'],
        phones: ['+4915123456789'],
      }),
    ]);
    for (const p of people) expect(p.confidence).toEqual(expect.any(Number));
  }, 60_000);

  it('reports a missing file on stderr with exit code 1 and prints nothing on stdout', () => {
    const result = run(join(process.cwd(), 'tests/fixtures/extract/no-such-page.html'));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/no-such-page\.html/);
  }, 60_000);

  it('rejects an address that is not absolute', () => {
    const result = run(PAGE, '--url', 'sprecher.html');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/not an absolute URL/);
  }, 60_000);
});
