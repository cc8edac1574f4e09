/**
 * Extract the people on a saved HTML page, the way the extension does, and
 * print them as JSON:
 *
 *   npm run --silent extract -- page.html [--url https://example.com/team]
 *
 * The page is parsed with happy-dom (no script runs, nothing is fetched). `--url`
 * is the address the page was saved from: site adapters and the phone region
 * hint read it; without it the file's own file: URL is used.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { type CaptureContext, draftFromCandidate } from '../lib/crm/person-draft';
import { extractLeads } from '../lib/extract/extract-leads';
import { regionHintFor } from '../lib/extract/region-hint';
import type { Candidate, FoundValue } from '../lib/model/candidate';

const USAGE = 'usage: npm run --silent extract -- <file.html> [--url <url>]';

interface Args {
  file: string;
  url: URL;
}

function parseArgs(argv: readonly string[]): Args {
  let file = '';
  let url = '';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--url') {
      url = argv[++i] ?? '';
      if (!url) throw new Error('--url needs an address');
    } else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else if (!file) file = arg;
    else throw new Error(`one file at a time\n${USAGE}`);
  }
  if (!file) throw new Error(USAGE);
  let address: URL;
  try {
    address = url ? new URL(url) : pathToFileURL(resolve(file));
  } catch {
    throw new Error(`not an absolute URL: ${url}`);
  }
  return { file, url: address };
}

function best(values: readonly FoundValue[]): number {
  return values.reduce((m, v) => Math.max(m, v.confidence), 0);
}

/** One person as printed; `phones` as a capture would store them (E.164 where they parse for the page's country). */
function row(c: Candidate, capture: CaptureContext) {
  const scalars = [c.fullName, c.firstName, c.lastName, c.title, c.company, c.location].filter(
    (v): v is FoundValue => v !== undefined,
  );
  return {
    fullName: c.fullName?.value ?? '',
    firstName: c.firstName?.value ?? '',
    lastName: c.lastName?.value ?? '',
    title: c.title?.value ?? '',
    company: c.company?.value ?? '',
    location: c.location?.value ?? '',
    emails: c.emails.map((e) => e.value),
    phones: draftFromCandidate(c, capture).draft.phones,
    urls: c.urls.map((u) => u.value),
    source: c.sources[0] ?? '',
    sources: c.sources,
    // How sure the most trusted find about this person is.
    confidence: Math.max(best(scalars), best(c.emails), best(c.urls), best(c.phones)),
  };
}

function main(): void {
  const { file, url } = parseArgs(process.argv.slice(2));
  const html = readFileSync(file, 'utf8');
  const window = new Window({
    url: url.href,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  // The extraction core runs in a page, where the DOM's classes are globals (`instanceof Element`).
  const globals = globalThis as Record<string, unknown>;
  for (const name of ['Element', 'Node', 'HTMLElement', 'Document']) globals[name] ??= Reflect.get(window, name);
  try {
    // happy-dom's Document implements the DOM the extraction core is written against.
    const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const capture: CaptureContext = {
      pageUrl: url.href,
      pageTitle: document.title,
      regionHint: regionHintFor(document, url),
      now: Date.now(),
    };
    const people = extractLeads(document, url).map((c) => row(c, capture));
    process.stdout.write(`${JSON.stringify(people, null, 2)}\n`);
  } finally {
    void window.happyDOM.close();
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
