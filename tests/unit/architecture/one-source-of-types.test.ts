// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * zod is the one source of types: a shape that a schema in lib/model describes
 * is never written again by hand. Checked by name: `FooSchema` in lib/model
 * means no `interface Foo` and no `type Foo = …` anywhere else, and in lib/model
 * itself only `type Foo = z.infer<typeof FooSchema>` (or z.input / z.output).
 */

const ROOT = resolve(__dirname, '../../..');
const SCANNED = ['lib', 'components', 'entrypoints', 'server'];

function sourceFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(name) && !/\.(test|d)\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

interface Declaration {
  file: string;
  name: string;
  kind: 'interface' | 'type';
  /** For a type alias: what it stands for, as written. */
  text: string;
}

/** Every interface and type alias a file declares with one of `names`, at any depth. */
function declarationsIn(file: string, names: ReadonlyMap<string, string>): Declaration[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  // Parsing is the slow part: only files that mention such a declaration are parsed.
  const mentioned = [...text.matchAll(/\binterface\s+(\w+)|\btype\s+(\w+)\s*(?:<[^=]*>)?\s*=/g)].some((m) =>
    names.has(m[1] ?? m[2] ?? ''),
  );
  if (!mentioned) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Declaration[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node)) out.push({ file, name: node.name.text, kind: 'interface', text: '' });
    if (ts.isTypeAliasDeclaration(node))
      out.push({ file, name: node.name.text, kind: 'type', text: node.type.getText(source) });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The names lib/model's schemas describe: `export const FooSchema` → Foo. */
function schemaNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const path of sourceFiles(join(ROOT, 'lib/model'))) {
    const text = readFileSync(path, 'utf8');
    for (const m of text.matchAll(/export const (\w+)Schema\b/g)) names.set(m[1] ?? '', relative(ROOT, path));
  }
  return names;
}

const inferred = (name: string) => new RegExp(`^z\\.(infer|input|output)<typeof ${name}Schema>$`);

/** The declarations that write by hand a shape a lib/model schema describes. */
function handWritten(declarations: readonly Declaration[], schemas: ReadonlyMap<string, string>): string[] {
  return declarations
    .filter((d) => schemas.has(d.name))
    .filter((d) => !(d.kind === 'type' && d.file.startsWith('lib/model/') && inferred(d.name).test(d.text)))
    .map((d) => `${d.file}: ${d.kind} ${d.name} (the schema ${d.name}Schema in ${schemas.get(d.name)} describes it)`);
}

const files = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir))).map((f) => relative(ROOT, f));
const schemas = schemaNames();

describe('zod is the one source of types', () => {
  it('finds the schemas of lib/model and the declarations of the code', () => {
    expect(schemas.get('Lead')).toBe('lib/model/lead.ts');
    expect(schemas.size).toBeGreaterThan(20);
    expect(files.length).toBeGreaterThan(100);
  });

  it('tells a hand-written copy from an inferred type', () => {
    const found = handWritten(
      [
        { file: 'lib/model/lead.ts', name: 'Lead', kind: 'type', text: 'z.infer<typeof LeadSchema>' },
        { file: 'lib/db/x.ts', name: 'Lead', kind: 'interface', text: '' },
        { file: 'lib/db/x.ts', name: 'Lead', kind: 'type', text: 'z.infer<typeof LeadSchema>' },
        { file: 'lib/model/x.ts', name: 'Lead', kind: 'type', text: '{ id: string }' },
        { file: 'lib/db/x.ts', name: 'LeadRow', kind: 'interface', text: '' },
      ],
      new Map([['Lead', 'lib/model/lead.ts']]),
    );
    expect(found).toEqual([
      'lib/db/x.ts: interface Lead (the schema LeadSchema in lib/model/lead.ts describes it)',
      'lib/db/x.ts: type Lead (the schema LeadSchema in lib/model/lead.ts describes it)',
      'lib/model/x.ts: type Lead (the schema LeadSchema in lib/model/lead.ts describes it)',
    ]);
  });

  it('has no interface or type that a lib/model schema also describes', () => {
    const found = handWritten(
      files.flatMap((f) => declarationsIn(f, schemas)),
      schemas,
    );
    expect(found, `write these as z.infer of the schema, or import the model's type:\n${found.join('\n')}`).toEqual([]);
  });
});
