/**
 * Runs ../shared/tools/score-pages on a copy of the shared page manifest with the corrections of
 * tests/fixtures/page-label-overrides.json applied (labels that name what the page never shows).
 * The shared manifest and the scorer are left as they are; arguments pass through (-v, -j 2, --case …).
 *
 *   npx tsx scripts/score-pages-corrected.ts -j 2
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const root = resolve(import.meta.dirname, '..');
const pages = resolve(root, '../shared/fixtures/pages');
const scorer = resolve(root, '../shared/tools/score-pages');

const OverridesSchema = z.object({
  overrides: z.array(
    z.object({
      file: z.string(),
      field: z.enum(['title', 'company', 'location', 'email', 'phone', 'profile']),
      value: z.string().nullable(),
      person: z.string().optional(),
      why: z.string().min(1),
    }),
  ),
});
const PageSchema = z.looseObject({ file: z.string(), people: z.array(z.looseObject({ name: z.string() })).nullish() });

const { overrides } = OverridesSchema.parse(
  JSON.parse(readFileSync(join(root, 'tests/fixtures/page-label-overrides.json'), 'utf8')),
);
const manifest = z.array(PageSchema).parse(JSON.parse(readFileSync(join(pages, 'MANIFEST.json'), 'utf8')));
for (const o of overrides) {
  const page = manifest.find((p) => p.file === o.file);
  if (!page) throw new Error(`override names no page of the manifest: ${o.file}`);
  for (const person of page.people ?? []) if (!o.person || person.name === o.person) person[o.field] = o.value;
}

const dir = mkdtempSync(join(tmpdir(), 'leadclip-pages-'));
try {
  for (const entry of readdirSync(pages))
    if (entry !== 'MANIFEST.json') symlinkSync(join(pages, entry), join(dir, entry));
  writeFileSync(join(dir, 'MANIFEST.json'), JSON.stringify(manifest));
  const run = spawnSync(scorer, process.argv.slice(2), {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PAGES_DIR: dir },
  });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
