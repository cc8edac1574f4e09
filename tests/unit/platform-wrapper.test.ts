// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * One way to the browser (issue #19): every extension API call goes through
 * lib/platform/browser-api.ts, so Chrome/Firefox differences and the e2e
 * hooks live in one file. Any other shipped file that imports wxt/browser or
 * reads `browser.x` / `chrome.<extension API>` fails here.
 */

const ROOT = resolve(__dirname, '../..');
const WRAPPER = 'lib/platform/browser-api.ts';
const SHIPPED = ['lib', 'components', 'entrypoints'];
// chrome.* APIs by name: a local variable called `chrome` (a page's header/footer element) is not one.
const CHROME_APIS = new Set([
  'action',
  'alarms',
  'commands',
  'contextMenus',
  'downloads',
  'i18n',
  'permissions',
  'runtime',
  'scripting',
  'sidePanel',
  'storage',
  'tabs',
  'windows',
]);

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Each place a file reaches the browser's extension APIs by itself: "line: what". */
function directBrowserUses(source: string, fileName: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const uses: string[] = [];
  const at = (node: ts.Node, what: string) =>
    uses.push(`${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`);
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const from = node.moduleSpecifier.text;
      if (from === 'wxt/browser' || from === '#imports' || from.startsWith('webextension-polyfill'))
        at(node, `imports ${from}`);
    }
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const owner = node.expression.text;
      const api = node.name.text;
      if (owner === 'browser' || (owner === 'chrome' && CHROME_APIS.has(api))) at(node, `${owner}.${api}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses;
}

describe('the platform wrapper is the one way to the browser', () => {
  it('finds the calls it is looking for (so the check below cannot pass by finding nothing)', () => {
    const sample = `import { browser } from 'wxt/browser';
// browser.tabs in a comment is not a call
const header = { tagName: 'HEADER' }; const chrome = header; chrome.tagName;
void browser.alarms.create('x', {});
chrome.storage.local.get('k');`;
    expect(directBrowserUses(sample, 'sample.ts')).toEqual([
      '1: imports wxt/browser',
      '4: browser.alarms',
      '5: chrome.storage',
    ]);
  });

  it('no shipped file but lib/platform/browser-api.ts imports wxt/browser or calls browser.* / chrome.*', () => {
    const offenders = SHIPPED.flatMap((dir) => codeFiles(join(ROOT, dir)))
      .map((path) => relative(ROOT, path).split('\\').join('/'))
      .filter((path) => path !== WRAPPER)
      .flatMap((path) =>
        directBrowserUses(readFileSync(join(ROOT, path), 'utf8'), path).map((use) => `${path}:${use}`),
      );
    expect(offenders).toEqual([]);
  });

  it('the wrapper itself is where the calls are', () => {
    expect(directBrowserUses(readFileSync(join(ROOT, WRAPPER), 'utf8'), WRAPPER).length).toBeGreaterThan(0);
  });
});
