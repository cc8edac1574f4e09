import { documentBase, resolveUrl } from '../dom/attribute-url';
import type { Extractor } from '../extractor';
import { type Json, type JsonObject, schemaPeople } from '../schema-org';
import { cleanText } from '../text';

const SOURCE = 'microdata';
const CONFIDENCE = 0.9;
const MAX_ITEMS = 2000;

const SRC_TAGS = new Set(['AUDIO', 'EMBED', 'IFRAME', 'IMG', 'SOURCE', 'TRACK', 'VIDEO']);
const HREF_TAGS = new Set(['A', 'AREA', 'LINK']);

/** A property's value by the HTML microdata rules: the attribute its element carries the value in, else its text. */
function propertyValue(el: Element, base: URL): string {
  const tag = el.tagName;
  if (tag === 'META') return el.getAttribute('content') ?? '';
  if (SRC_TAGS.has(tag)) return resolveUrl(el.getAttribute('src') ?? '', base);
  if (HREF_TAGS.has(tag)) return resolveUrl(el.getAttribute('href') ?? '', base);
  if (tag === 'OBJECT') return resolveUrl(el.getAttribute('data') ?? '', base);
  if (tag === 'DATA' || tag === 'METER') return el.getAttribute('value') ?? '';
  if (tag === 'TIME') return el.getAttribute('datetime') ?? cleanText(el.textContent);
  // Not in the spec, but common: `<span itemprop="name" content="…">`.
  return el.getAttribute('content') ?? cleanText(el.textContent);
}

function localName(prop: string): string {
  return prop.replace(/^.*[/#:]/, '');
}

function add(obj: JsonObject, name: string, value: Json): void {
  const seen = obj[name];
  if (seen === undefined) obj[name] = value;
  else if (Array.isArray(seen)) seen.push(value);
  else obj[name] = [seen, value];
}

/** The elements that give an item properties: its subtree and the ones it names by `itemref`, not entering nested items. */
function propertyElements(root: Element, document: Document): Element[] {
  const out: Element[] = [];
  const starts: Element[] = [...root.children];
  for (const id of (root.getAttribute('itemref') ?? '').split(/\s+/).filter(Boolean)) {
    const ref = document.getElementById(id);
    if (ref && ref !== root && !ref.contains(root)) starts.push(ref);
  }
  const stack = starts.reverse();
  for (let el = stack.pop(); el; el = stack.pop()) {
    if (el.hasAttribute('itemprop')) out.push(el);
    if (el.hasAttribute('itemscope')) continue;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i];
      if (child) stack.push(child);
    }
  }
  return out;
}

function item(el: Element, document: Document, base: URL, path: Set<Element>, budget: { left: number }): JsonObject {
  const obj: JsonObject = {};
  const type = el.getAttribute('itemtype');
  if (type) obj['@type'] = type.split(/\s+/).filter(Boolean);
  const id = el.getAttribute('itemid');
  if (id) obj['@id'] = resolveUrl(id, base);
  if (--budget.left < 0) return obj;
  path.add(el);
  for (const prop of propertyElements(el, document)) {
    const names = (prop.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean);
    // An itemref loop would make an item its own property.
    if (prop.hasAttribute('itemscope') && path.has(prop)) continue;
    const value: Json = prop.hasAttribute('itemscope')
      ? item(prop, document, base, path, budget)
      : propertyValue(prop, base);
    for (const name of names) add(obj, localName(name), value);
  }
  path.delete(el);
  return obj;
}

/** The top-level microdata items of a page as schema.org node trees. */
export function microdataItems(document: Document, url: URL): JsonObject[] {
  const base = documentBase(document, url);
  const budget = { left: MAX_ITEMS };
  // The spec's top-level items, and the ones a stray `itemprop` would hide although no item encloses or names them.
  const referenced = [...document.querySelectorAll('[itemref]')].flatMap((el) =>
    (el.getAttribute('itemref') ?? '')
      .split(/\s+/)
      .map((id) => (id ? document.getElementById(id) : null))
      .filter((x): x is HTMLElement => x !== null),
  );
  const top = [...document.querySelectorAll('[itemscope]')].filter(
    (el) =>
      !el.hasAttribute('itemprop') ||
      (!el.parentElement?.closest('[itemscope]') && !referenced.some((r) => r.contains(el))),
  );
  return top.map((el) => item(el, document, base, new Set(), budget));
}

/** HTML microdata (`itemscope`/`itemtype`/`itemprop`): schema.org Persons, nested items and `itemref` included. */
export const microdataExtractor: Extractor = {
  id: SOURCE,
  extract(document, url) {
    const roots = microdataItems(document, url);
    return roots.length ? schemaPeople(roots, { source: SOURCE, confidence: CONFIDENCE, base: url }) : [];
  },
};
