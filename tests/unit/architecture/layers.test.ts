// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers of docs/ARCHITECTURE.md, held: every import in the shipped code
 * goes to a layer its row allows. The table is read from the document, so the
 * document and the code cannot drift apart.
 */

const ROOT = resolve(__dirname, '../../..');
const SCANNED = ['lib', 'components', 'entrypoints', 'server', 'scripts', 'bench', 'testing'];
const CODE = /\.(ts|tsx|mts|cts|js|mjs)$/;
const TEST_FILE = /\.test\.(ts|tsx)$/;
// The path aliases WXT's tsconfig declares (.wxt/tsconfig.json): each names the repository root.
const ALIASES = ['@@/', '~~/', '@/', '~/'];

interface Rule {
  layer: string;
  mayImport: string[];
}

/** The rows of the layer table: `layer` | what | `a`, `b`… ('—' for none). */
function readLayerTable(markdown: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // | `layer` | what | may import |  →  ['', '`layer`', 'what', 'may import', '']
    if (cells.length !== 5 || !/^`[^`]+`$/.test(cells[1] ?? '')) continue;
    const layer = (cells[1] ?? '').slice(1, -1);
    const mayImport = [...(cells[3] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
    rules.push({ layer, mayImport });
  }
  return rules;
}

function codeFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) codeFiles(path, out);
    else if (CODE.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The layer a repository path belongs to: `lib/<folder>` inside lib, else the top folder. */
function layerOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'lib') return `lib/${parts[1] ?? ''}`;
  return parts[0] ?? '';
}

/** Where an import specifier points inside the repository, or undefined for a package. */
function targetOf(fromFile: string, specifier: string): string | undefined {
  const alias = ALIASES.find((a) => specifier.startsWith(a));
  if (alias) return specifier.slice(alias.length);
  if (specifier.startsWith('.')) return relative(ROOT, resolve(dirname(join(ROOT, fromFile)), specifier));
  return undefined;
}

function allowed(rule: Rule, target: string): boolean {
  return rule.mayImport.some((a) => a === target || (a === 'lib/*' && target.startsWith('lib/')));
}

interface Import {
  file: string;
  specifier: string;
  from: string;
  to: string;
}

function importsOf(file: string): Import[] {
  const info = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  const out: Import[] = [];
  for (const { fileName: specifier } of info.importedFiles) {
    const target = targetOf(file, specifier);
    if (target === undefined) continue;
    out.push({ file, specifier, from: layerOf(file), to: layerOf(target) });
  }
  return out;
}

const tablePath = join(ROOT, 'docs/ARCHITECTURE.md');
const rules = readLayerTable(readFileSync(tablePath, 'utf8'));
const ruleOf = new Map(rules.map((r) => [r.layer, r]));
// Tests may import anything, wherever they sit (component tests live beside their components).
const files = SCANNED.flatMap((dir) => codeFiles(join(ROOT, dir)))
  .map((f) => relative(ROOT, f))
  .filter((f) => !TEST_FILE.test(f));
const imports = files.flatMap(importsOf);

describe('the layers of docs/ARCHITECTURE.md', () => {
  it('has a table that names the layers and what they may import', () => {
    expect(rules.length).toBeGreaterThan(10);
    expect(ruleOf.get('lib/model')?.mayImport).toEqual([]);
    expect(ruleOf.get('server')?.mayImport).toEqual(['lib/model']);
  });

  it('reads the imports of the shipped code, aliases included', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(imports.some((i) => i.from === 'entrypoints' && i.to === 'components')).toBe(true);
    expect(targetOf('components/X.tsx', '@/lib/model/lead')).toBe('lib/model/lead');
    expect(targetOf('lib/db/x.ts', '../model/lead')).toBe('lib/model/lead');
    expect(targetOf('lib/db/x.ts', 'dexie')).toBeUndefined();
  });

  it('gives every folder of shipped code a row', () => {
    const missing = [...new Set(files.map(layerOf))].filter((layer) => !ruleOf.has(layer)).sort();
    expect(missing, `folders without a row in docs/ARCHITECTURE.md: ${missing.join(', ')}`).toEqual([]);
  });

  it('lists only layers that exist, and no layer imports itself through another (no loop in the table)', () => {
    const known = new Set(rules.map((r) => r.layer));
    const unknown = rules.flatMap((r) => r.mayImport.filter((t) => t !== 'lib/*' && !known.has(t)));
    expect(unknown, 'layers named in "may import" but without a row').toEqual([]);
    const expand = (r: Rule) =>
      r.mayImport.flatMap((t) => (t === 'lib/*' ? [...known].filter((k) => k.startsWith('lib/')) : [t]));
    const loops: string[] = [];
    const visit = (layer: string, path: string[]) => {
      if (path.includes(layer)) {
        loops.push([...path.slice(path.indexOf(layer)), layer].join(' → '));
        return;
      }
      const rule = ruleOf.get(layer);
      if (rule) for (const next of expand(rule)) if (next !== layer) visit(next, [...path, layer]);
    };
    for (const r of rules) visit(r.layer, []);
    expect([...new Set(loops)], 'the table lets layers import each other in a loop').toEqual([]);
  });

  it('holds: every import goes to the layer itself or one its row allows', () => {
    const against = imports
      .filter((i) => i.from !== i.to)
      .filter((i) => {
        const rule = ruleOf.get(i.from);
        return rule !== undefined && !allowed(rule, i.to);
      })
      .map((i) => `${i.file} imports '${i.specifier}' (${i.from} may not import ${i.to})`);
    expect(against, `imports against the table in docs/ARCHITECTURE.md:\n${against.join('\n')}`).toEqual([]);
  });
});
