import { documentBase, resolveUrl } from '../dom/attribute-url';
import { hasMarkupRoots } from '../markup-roots';
import { BACKCOMPAT_ROOTS, backcompatProperties, MICROFORMAT_ROOT_SELECTORS } from './backcompat';

/**
 * A small microformats2 parser (https://microformats.org/wiki/microformats2-parsing):
 * roots, p-/u-/dt-/e- properties, the value-class pattern, implied name and
 * url, and classic microformats through the backcompat tables, with their
 * include pattern (`itemref`, `a.include`, table `headers`). It gives the
 * parsed items in the spec's JSON shape, so it can be checked against the
 * microformats test suite. What a lead never uses is left out: implied photos,
 * image alt texts, date normalisation, embedded HTML (e-* gives its text).
 */

export interface MfItem {
  type: string[];
  properties: Record<string, MfValue[]>;
  children?: MfItem[];
  /** Set when the item is also a property of its parent: the property's plain value. */
  value?: string;
}
export type MfValue = string | MfItem;

const ROOT = /^h-(?:[a-z0-9]+-)?[a-z]+(?:-[a-z]+)*$/;
const PROPERTY = /^(p|u|dt|e)-((?:[a-z0-9]+-)?[a-z]+(?:-[a-z]+)*)$/;
const MAX_DEPTH = 200;
const SKIPPED = new Set(['TEMPLATE', 'SCRIPT', 'STYLE']);

export function isItem(v: MfValue): v is MfItem {
  // The suite's JSON also holds `{value, alt}` images: an item is what has a type.
  return typeof v === 'object' && Array.isArray(v.type);
}

interface Scope {
  item: MfItem;
  /** The classic root types when the item is a classic microformat: its properties then come from the tables. */
  backcompat: readonly string[] | undefined;
  used: Set<string>;
  nested: boolean;
}

interface Parser {
  base: URL;
  document: Document;
  top: MfItem[];
}

function classesOf(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

function rootTypes(classes: readonly string[]): { types: string[]; backcompat: boolean } {
  const mf2 = [...new Set(classes.filter((c) => ROOT.test(c)))].sort();
  if (mf2.length) return { types: mf2, backcompat: false };
  const classic = [
    ...new Set(
      classes
        .map((c) => (Object.hasOwn(BACKCOMPAT_ROOTS, c) ? BACKCOMPAT_ROOTS[c] : undefined))
        .filter((t): t is string => !!t),
    ),
  ].sort();
  return { types: classic, backcompat: true };
}

function propertyClasses(classes: readonly string[], scope: Scope | undefined): Array<[string, string]> {
  if (!scope) return [];
  const list = scope.backcompat ? backcompatProperties(classes, scope.backcompat) : classes;
  const out: Array<[string, string]> = [];
  for (const c of new Set(list)) {
    const m = PROPERTY.exec(c);
    if (m?.[1] && m[2]) out.push([m[1], m[2]]);
  }
  return out;
}

/** textContent without script, style and template, images read as their alt (else their address). */
function textOf(el: Element, base: URL): string {
  let out = '';
  const walk = (node: Node, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const e = child as Element;
        if (SKIPPED.has(e.tagName)) continue;
        if (e.tagName === 'IMG') {
          const alt = e.getAttribute('alt');
          const src = e.getAttribute('src');
          out += alt ?? (src ? ` ${resolveUrl(src, base)} ` : '');
        } else walk(e, depth + 1);
      }
    }
  };
  walk(el, 0);
  return out.trim();
}

/** The value-class pattern: the `value` parts of a property, joined; undefined when it has none. */
function valueClass(el: Element, base: URL): string | undefined {
  const parts: string[] = [];
  const walk = (node: Element, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    for (const child of node.children) {
      if (SKIPPED.has(child.tagName)) continue;
      const classes = classesOf(child);
      if (classes.includes('value-title')) parts.push(child.getAttribute('title') ?? '');
      else if (classes.includes('value')) {
        const tag = child.tagName;
        if ((tag === 'IMG' || tag === 'AREA') && child.hasAttribute('alt')) parts.push(child.getAttribute('alt') ?? '');
        else if (tag === 'DATA' && child.hasAttribute('value')) parts.push(child.getAttribute('value') ?? '');
        else if (tag === 'ABBR' && child.hasAttribute('title')) parts.push(child.getAttribute('title') ?? '');
        else parts.push(textOf(child, base));
      } else if (!rootTypes(classes).types.length) walk(child, depth + 1);
    }
  };
  walk(el, 0);
  return parts.length ? parts.join('') : undefined;
}

function attr(el: Element, tags: readonly string[], name: string): string | undefined {
  return tags.includes(el.tagName) && el.hasAttribute(name) ? (el.getAttribute(name) ?? '') : undefined;
}

function pValue(el: Element, base: URL): string {
  return (
    valueClass(el, base) ??
    attr(el, ['ABBR', 'LINK'], 'title') ??
    attr(el, ['DATA', 'INPUT'], 'value') ??
    attr(el, ['IMG', 'AREA'], 'alt') ??
    textOf(el, base)
  );
}

function uValue(el: Element, base: URL): string {
  const link = attr(el, ['A', 'AREA', 'LINK'], 'href');
  if (link !== undefined) return resolveUrl(link, base);
  const src =
    attr(el, ['IMG', 'AUDIO', 'VIDEO', 'SOURCE', 'IFRAME'], 'src') ??
    attr(el, ['VIDEO'], 'poster') ??
    attr(el, ['OBJECT'], 'data');
  if (src !== undefined) return resolveUrl(src, base);
  const raw =
    valueClass(el, base) ?? attr(el, ['ABBR'], 'title') ?? attr(el, ['DATA', 'INPUT'], 'value') ?? textOf(el, base);
  return resolveUrl(raw, base);
}

function propertyValue(prefix: string, el: Element, base: URL): MfValue {
  if (prefix === 'u') return uValue(el, base);
  if (prefix === 'dt') return attr(el, ['TIME', 'INS', 'DEL'], 'datetime') ?? pValue(el, base);
  return pValue(el, base);
}

function push(item: MfItem, name: string, value: MfValue): void {
  const list = item.properties[name] ?? [];
  list.push(value);
  item.properties[name] = list;
}

function isRootElement(el: Element): boolean {
  return rootTypes(classesOf(el)).types.length > 0;
}

function onlyChild(el: Element): Element | undefined {
  const only = el.children.length === 1 ? el.children[0] : undefined;
  return only && !isRootElement(only) ? only : undefined;
}

function onlyOfType(el: Element, tag: string, needs: string): Element | undefined {
  const same = [...el.children].filter((c) => c.tagName === tag);
  const only = same.length === 1 ? same[0] : undefined;
  return only?.hasAttribute(needs) && !isRootElement(only) ? only : undefined;
}

function impliedName(el: Element, base: URL): string {
  const own = (e: Element, nonEmpty: boolean): string | undefined => {
    const v = attr(e, ['IMG', 'AREA'], 'alt') ?? attr(e, ['ABBR'], 'title');
    return v !== undefined && (!nonEmpty || v !== '') ? v : undefined;
  };
  const child = onlyChild(el);
  const grandchild = child ? onlyChild(child) : undefined;
  const named =
    own(el, false) ?? (child ? own(child, true) : undefined) ?? (grandchild ? own(grandchild, true) : undefined);
  return (named ?? textOf(el, base)).trim();
}

function impliedUrl(el: Element, base: URL): string | undefined {
  const own = attr(el, ['A', 'AREA'], 'href');
  if (own !== undefined) return resolveUrl(own, base);
  for (const scope of [el, onlyChild(el)]) {
    if (!scope) continue;
    const link = onlyOfType(scope, 'A', 'href') ?? onlyOfType(scope, 'AREA', 'href');
    if (link) return resolveUrl(link.getAttribute('href') ?? '', base);
  }
  return undefined;
}

/** Elements a classic root pulls in from elsewhere on the page (the include pattern). */
function includes(el: Element, document: Document): Element[] {
  const ids = (el.getAttribute('itemref') ?? '').split(/\s+/).filter(Boolean);
  if (el.tagName === 'TD' || el.tagName === 'TH') ids.push(...(el.getAttribute('headers') ?? '').split(/\s+/));
  for (const link of el.querySelectorAll('a.include[href^="#"], area.include[href^="#"], object.include[data^="#"]')) {
    ids.push((link.getAttribute('href') ?? link.getAttribute('data') ?? '').slice(1));
  }
  return ids
    .filter(Boolean)
    .map((id) => document.getElementById(id))
    .filter((x): x is HTMLElement => !!x && x !== el && !x.contains(el) && !el.contains(x));
}

function parseItem(parser: Parser, el: Element, types: string[], backcompat: boolean, depth: number): MfItem {
  const item: MfItem = { type: types, properties: {} };
  const scope: Scope = { item, backcompat: backcompat ? types : undefined, used: new Set(), nested: false };
  parseChildren(parser, el, scope, depth);
  if (backcompat) {
    for (const included of includes(el, parser.document)) parseElement(parser, included, scope, depth + 1);
    return item;
  }
  const props = item.properties;
  if (!props.name && !scope.used.has('p') && !scope.used.has('e') && !scope.nested) {
    props.name = [impliedName(el, parser.base)];
  }
  if (!props.url && !scope.used.has('u') && !scope.nested) {
    const url = impliedUrl(el, parser.base);
    if (url !== undefined) props.url = [url];
  }
  return item;
}

function firstString(values: MfValue[] | undefined): string | undefined {
  const v = values?.[0];
  return typeof v === 'string' ? v : undefined;
}

function parseElement(parser: Parser, el: Element, scope: Scope | undefined, depth: number): void {
  if (depth > MAX_DEPTH || SKIPPED.has(el.tagName)) return;
  const classes = classesOf(el);
  const props = propertyClasses(classes, scope);
  const root = rootTypes(classes);
  if (root.types.length) {
    const item = parseItem(parser, el, root.types, root.backcompat, depth + 1);
    if (!scope) {
      parser.top.push(item);
      return;
    }
    scope.nested = true;
    if (!props.length) {
      scope.item.children = [...(scope.item.children ?? []), item];
      return;
    }
    for (const [prefix, name] of props) {
      scope.used.add(prefix);
      const value =
        prefix === 'p'
          ? (firstString(item.properties.name) ?? textOf(el, parser.base))
          : prefix === 'u'
            ? (firstString(item.properties.url) ?? uValue(el, parser.base))
            : textOf(el, parser.base);
      push(scope.item, name, { ...item, value });
    }
    return;
  }
  for (const [prefix, name] of props) {
    scope?.used.add(prefix);
    if (scope) push(scope.item, name, propertyValue(prefix, el, parser.base));
  }
  parseChildren(parser, el, scope, depth);
}

function parseChildren(parser: Parser, el: Element, scope: Scope | undefined, depth: number): void {
  for (const child of el.children) parseElement(parser, child, scope, depth + 1);
}

/** Every microformat on the page, top-level items first in document order, nested ones inside them. */
export function parseMicroformats(document: Document, url: URL): MfItem[] {
  // Only a root class starts an item, and nothing outside an item is read: a page without one has none.
  if (!hasMarkupRoots(document, MICROFORMAT_ROOT_SELECTORS)) return [];
  const parser: Parser = { base: documentBase(document, url), document, top: [] };
  const root = document.documentElement;
  if (root) parseChildren(parser, root, undefined, 0);
  return parser.top;
}
