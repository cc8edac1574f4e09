// Runs inside a Chromium page (real DOM, real layout engine). Bundled by bench/extract.bench.ts.
import { extractLeads } from '../../lib/extract/extract-leads';

const PEOPLE = 200;
const BASELINE_BATCH = 20;
const FIRST = [
  'Amara',
  'Bastian',
  'Carys',
  'Dario',
  'Elin',
  'Farah',
  'Gideon',
  'Hana',
  'Ivo',
  'Jasmin',
  'Kofi',
  'Leonie',
  'Matteo',
  'Nadia',
  'Oskar',
  'Priya',
  'Quentin',
  'Rosa',
  'Stellan',
  'Talia',
];
const LAST = [
  'Eriksdottir',
  'Achterberg',
  'Delacroix',
  'Gallardo',
  'Castellanos',
  'Okonkwo',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Varga',
];
const ROLES = [
  'Chief Executive Officer',
  'Head of Sales',
  'VP of Engineering',
  'Account Executive',
  'Marketing Manager',
  'Data Scientist',
  'Product Designer',
  'Customer Success Lead',
];
const COMPANY = 'Larkspur Analytics';
const DOMAIN = 'larkspur-analytics.example';
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

function personName(i: number): string {
  // 20 × 10 distinct pairs: every card is a different person, so none merge into another.
  return `${FIRST[i % FIRST.length] ?? 'Amara'} ${LAST[Math.floor(i / FIRST.length) % LAST.length] ?? 'Varga'}`;
}

/** One team card as a CMS renders it: about 35 elements, well under the size a card may have. */
function card(i: number): string {
  const name = personName(i);
  const slug = name.toLowerCase().replace(/\s+/g, '-');
  const email = `${name.toLowerCase().replace(/\s+/g, '.')}@${DOMAIN}`;
  const phone = `+44 20 7946 0${String(i).padStart(3, '0')}`;
  const skills = ['Forecasting', 'Pipeline', 'Onboarding', 'Renewals', 'Analytics', 'Hiring']
    .map((s) => `<li class="team-member__skill"><span class="chip"><i class="chip__dot"></i>${s}</span></li>`)
    .join('');
  return `<article class="team-member">
  <div class="team-member__media"><picture><source srcset="${PIXEL}" type="image/gif"><img class="team-member__photo" src="${PIXEL}" alt="Portrait of ${name}"></picture></div>
  <div class="team-member__body">
    <h3 class="team-member__name">${name}</h3>
    <p class="team-member__role">${ROLES[i % ROLES.length] ?? 'Account Executive'}</p>
    <p class="team-member__company"><span class="icon" aria-hidden="true"></span><span>${COMPANY}</span></p>
    <p class="team-member__phone"><span class="label">Phone:</span> <span>${phone}</span></p>
    <div class="team-member__links">
      <a class="team-member__email" href="mailto:${email}"><span class="icon" aria-hidden="true"></span><span>Email</span></a>
      <a class="team-member__social" href="https://www.linkedin.com/in/${slug}-${i}/" aria-label="${name} on LinkedIn"><span class="icon" aria-hidden="true"></span><span>LinkedIn</span></a>
    </div>
    <ul class="team-member__skills">${skills}</ul>
  </div>
</article>`;
}

/** Everything a real team page carries besides the cards: menus, a customer wall, a long footer. */
function filler(blocks: number): string {
  const parts: string[] = [];
  for (let b = 0; b < blocks; b++) {
    const cells = Array.from(
      { length: 6 },
      (_, c) =>
        `<li class="feature__item"><span class="feature__icon"><b></b></span><em>Metric ${b}.${c}</em> <small>${(b * 7 + c) % 97}%</small></li>`,
    ).join('');
    parts.push(
      `<div class="feature"><h4 class="feature__heading">Report ${b}</h4><p class="feature__text">Updated every <strong>${(b % 12) + 1}</strong> hours for <a href="/product/${b}">plan ${b}</a>.</p><ul class="feature__list">${cells}</ul></div>`,
    );
  }
  return parts.join('');
}

function buildPage(fillerBlocks: number): void {
  document.title = `Our team · ${COMPANY}`;
  const site = document.createElement('meta');
  site.setAttribute('property', 'og:site_name');
  site.setAttribute('content', COMPANY);
  document.head.append(site);
  const menu = Array.from({ length: 40 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('');
  const cards = Array.from({ length: PEOPLE }, (_, i) => card(i)).join('');
  document.body.innerHTML = `<header class="site-header"><a href="/">${COMPANY}</a><nav aria-label="Main"><ul>${menu}</ul></nav></header>
<main>
  <h1>Meet the team</h1>
  <p>Two hundred people in Oslo, Lisbon and remote, building revenue analytics for B2B sales teams.</p>
  <section class="team-section"><h2 class="team-section__title">Everyone</h2><div class="team-grid">${cards}</div></section>
  <section class="reports"><h2>What we measure</h2><div class="feature-grid">${filler(fillerBlocks)}</div></section>
</main>
<footer class="site-footer"><nav><ul>${menu}</ul></nav><p>© ${COMPANY}</p></footer>`;
}

/** The floor: one walk over every text node, reading it, as any scan of the page must at least do. */
function readAllText(doc: Document = document): number {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).data.length;
  return chars;
}

/** Where a text sits, as the one-pass page model records it (item 1): its element's role. */
type Role = 'heading' | 'link' | 'strong' | 'item' | 'cell' | 'image' | 'other';

function roleOf(tag: string): Role {
  switch (tag) {
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6':
      return 'heading';
    case 'A':
      return 'link';
    case 'STRONG':
    case 'B':
      return 'strong';
    case 'LI':
    case 'DT':
    case 'DD':
      return 'item';
    case 'TD':
    case 'TH':
      return 'cell';
    case 'IMG':
      return 'image';
    default:
      return 'other';
  }
}

/**
 * The least the issue's page model costs, with no source reading it: one walk over elements and
 * texts recording each element's role and parent, each text with its element, each link's address
 * and each image's alt. What extraction does beyond this is the sources' own reading.
 */
function buildPageModel(doc: Document = document): number {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  // Flat arrays, and the open elements on a stack rather than a node→index map: the cheapest record.
  const roles: Role[] = [];
  const parents: number[] = [];
  const texts: string[] = [];
  const textElements: number[] = [];
  const hrefs: string[] = [];
  const alts: string[] = [];
  const openNodes: Node[] = [];
  const openIndexes: number[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parentNode = node.parentNode;
    while (openNodes.length > 0 && openNodes[openNodes.length - 1] !== parentNode) {
      openNodes.pop();
      openIndexes.pop();
    }
    const parent = openIndexes.length > 0 ? (openIndexes[openIndexes.length - 1] ?? -1) : -1;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node as Text).data;
      if (text.trim()) {
        texts.push(text);
        textElements.push(parent);
      }
      continue;
    }
    const el = node as Element;
    const role = roleOf(el.tagName);
    openNodes.push(el);
    openIndexes.push(roles.length);
    roles.push(role);
    parents.push(parent);
    if (role === 'link') hrefs.push(el.getAttribute('href') ?? '');
    else if (role === 'image') alts.push(el.getAttribute('alt') ?? '');
  }
  return roles.length + parents.length + texts.length + textElements.length + hrefs.length + alts.length;
}

export interface ExtractBenchResult {
  elements: number;
  textNodes: number;
  chars: number;
  people: number;
  named: number;
  withEmail: number;
  withPhone: number;
  withLinkedIn: number;
  /** Walks timed together in each baseline round. */
  baselineBatch: number;
  extract: number[];
  baseline: number[];
  /** The page model alone (buildPageModel), timed like the baseline. */
  model: number[];
}

/** Builds the page once, then times extraction and the text walk in alternating order, round after round. */
function runExtractBench(fillerBlocks: number, warmup: number, runs: number): ExtractBenchResult {
  buildPage(fillerBlocks);
  const url = new URL(location.href);
  const elements = document.getElementsByTagName('*').length;
  let textNodes = 0;
  const counter = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (counter.nextNode()) textNodes++;
  const chars = readAllText();
  let sink = 0;
  let found = extractLeads(document, url);
  const times = { extract: [] as number[], baseline: [] as number[], model: [] as number[] };
  const timeModel = (keep: boolean) => {
    const t = performance.now();
    for (let p = 0; p < BASELINE_BATCH; p++) sink += buildPageModel();
    const ms = (performance.now() - t) / BASELINE_BATCH;
    if (keep) times.model.push(ms);
  };
  const timeExtract = (keep: boolean) => {
    const t = performance.now();
    found = extractLeads(document, url);
    const ms = performance.now() - t;
    if (keep) times.extract.push(ms);
  };
  // Off cross-origin isolation Chromium rounds performance.now() to 0.1 ms, a tenth of one walk:
  // each round times a batch of walks and keeps the time of one.
  const timeBaseline = (keep: boolean) => {
    const t = performance.now();
    for (let p = 0; p < BASELINE_BATCH; p++) sink += readAllText();
    const ms = (performance.now() - t) / BASELINE_BATCH;
    if (keep) times.baseline.push(ms);
  };
  for (let i = 0; i < warmup + runs; i++) {
    const keep = i >= warmup;
    // Alternating which goes first keeps caches and GC from favouring either side.
    if (i % 2 === 0) {
      timeExtract(keep);
      timeBaseline(keep);
      timeModel(keep);
    } else {
      timeModel(keep);
      timeBaseline(keep);
      timeExtract(keep);
    }
  }
  const modelSize = buildPageModel();
  if (sink !== (chars + modelSize) * BASELINE_BATCH * (warmup + runs))
    throw new Error(`text walk read ${sink} chars, expected ${chars} a walk`);
  return {
    elements,
    textNodes,
    chars,
    people: found.length,
    named: found.filter((c) => c.fullName).length,
    withEmail: found.filter((c) => c.emails.length > 0).length,
    withPhone: found.filter((c) => c.phones.length > 0).length,
    withLinkedIn: found.filter((c) => c.urls.some((u) => u.value.includes('linkedin.com/in/'))).length,
    baselineBatch: BASELINE_BATCH,
    ...times,
  };
}

export interface PageBenchResult {
  elements: number;
  people: number;
  extract: number[];
  baseline: number[];
}

/** A saved real page, parsed in this browser: extraction against one text walk of that same page, rounds interleaved. */
function runPageBench(html: string, address: string, warmup: number, runs: number): PageBenchResult {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const url = new URL(address);
  const times = { extract: [] as number[], baseline: [] as number[] };
  let found = extractLeads(doc, url);
  let sink = 0;
  for (let i = 0; i < warmup + runs; i++) {
    const keep = i >= warmup;
    const t0 = performance.now();
    found = extractLeads(doc, url);
    const t1 = performance.now();
    for (let p = 0; p < BASELINE_BATCH; p++) sink += readAllText(doc);
    const t2 = performance.now();
    if (keep) {
      times.extract.push(t1 - t0);
      times.baseline.push((t2 - t1) / BASELINE_BATCH);
    }
  }
  if (sink < 0) throw new Error('unreachable: a text walk reads a length');
  return { elements: doc.getElementsByTagName('*').length, people: found.length, ...times };
}

(globalThis as { runExtractBench?: typeof runExtractBench }).runExtractBench = runExtractBench;
(globalThis as { runPageBench?: typeof runPageBench }).runPageBench = runPageBench;
