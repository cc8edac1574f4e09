import { documentBase, resolveUrl } from '../dom/attribute-url';
import type { Extractor } from '../extractor';
import { type Json, type JsonObject, schemaPeople } from '../schema-org';
import { cleanText } from '../text';

const SOURCE = 'rdfa';
const CONFIDENCE = 0.9;
const MAX_NODES = 2000;

const IRI_ATTRIBUTE: Record<string, string> = {
  A: 'href',
  AREA: 'href',
  LINK: 'href',
  IMG: 'src',
  AUDIO: 'src',
  VIDEO: 'src',
  SOURCE: 'src',
  IFRAME: 'src',
  EMBED: 'src',
  OBJECT: 'data',
};

function names(attr: string | null): string[] {
  // `schema:name`, `http://schema.org/name` and `name` are one property.
  return (attr ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => p.replace(/^.*[/#:]/, ''));
}

function add(obj: JsonObject, name: string, value: Json): void {
  const seen = obj[name];
  if (seen === undefined) obj[name] = value;
  else if (Array.isArray(seen)) seen.push(value);
  else obj[name] = [seen, value];
}

/** A literal or link value by RDFa Lite: `content`, else the link the element carries, else its text. */
function literal(el: Element, base: URL): string {
  const content = el.getAttribute('content');
  if (content !== null) return content;
  const resource = el.getAttribute('resource');
  if (resource !== null) return resolveUrl(resource, base);
  const attr = IRI_ATTRIBUTE[el.tagName];
  const iri = attr ? el.getAttribute(attr) : null;
  if (iri !== null) return resolveUrl(iri, base);
  if (el.tagName === 'TIME') return el.getAttribute('datetime') ?? cleanText(el.textContent);
  return cleanText(el.textContent);
}

/** The nodes of one typed subtree, walked in document order, into `roots`; `budget` caps the nodes of the page. */
function readTree(start: Element, base: URL, roots: JsonObject[], budget: { left: number }): void {
  const stack: Array<{ el: Element; subject: JsonObject | undefined }> = [{ el: start, subject: undefined }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { el, subject } = next;
    const props = names(el.getAttribute('property'));
    let childSubject = subject;
    if (el.hasAttribute('typeof') && budget.left-- > 0) {
      const node: JsonObject = { '@type': names(el.getAttribute('typeof')) };
      const id = el.getAttribute('resource') ?? el.getAttribute('about');
      if (id) node['@id'] = resolveUrl(id, base);
      if (subject && props.length) for (const p of props) add(subject, p, node);
      else roots.push(node);
      childSubject = node;
    } else if (subject && props.length) {
      const value = literal(el, base);
      for (const p of props) add(subject, p, value);
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i];
      if (child) stack.push({ el: child, subject: childSubject });
    }
  }
}

/**
 * RDFa Lite (`vocab`, `typeof`, `property`, `resource`) as schema.org node trees.
 * A `property` outside any `typeof` — OpenGraph's `<meta property="og:…">` —
 * describes no node and is left to the meta source.
 */
export function rdfaNodes(document: Document, url: URL): JsonObject[] {
  const base = documentBase(document, url);
  const roots: JsonObject[] = [];
  const budget = { left: MAX_NODES };
  // Outside every `typeof` there is no subject, so nothing is read there: the walk starts at the outermost
  // typed elements, in document order as a walk from the root would meet them, instead of visiting the whole page.
  let last: Element | undefined;
  for (const el of document.querySelectorAll('[typeof]')) {
    if (last?.contains(el)) continue;
    last = el;
    readTree(el, base, roots, budget);
  }
  return roots;
}

export const rdfaExtractor: Extractor = {
  id: SOURCE,
  extract(document, url) {
    const roots = rdfaNodes(document, url);
    return roots.length ? schemaPeople(roots, { source: SOURCE, confidence: CONFIDENCE, base: url }) : [];
  },
};
