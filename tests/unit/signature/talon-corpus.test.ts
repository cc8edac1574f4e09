import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEml } from '../../../lib/extract/signature/eml-message';
import { readSignature } from '../../../lib/extract/signature/read-signature';
import { vendoredCorpus } from '../extract/fixtures-dir';
import { accuracyByField, fieldRight, SCORED_FIELDS } from './field-accuracy';
import { TALON_CASES } from './talon-expectations';

const dir = vendoredCorpus('talon');

/** The message text as a mail client shows it: talon's "#sig#"/"#reply#" label markers and any headers removed. */
function messageText(file: string): string {
  const raw = readFileSync(join(dir, file), 'utf8');
  if (file.endsWith('.eml')) return readEml(raw)[0]?.text ?? '';
  const unmarked = raw.replace(/^#(?:sig|reply)#/gm, '');
  // 102682_R_S starts with a few header lines and a blank line, like a message on disk.
  return /^From: /.test(unmarked) ? unmarked.slice(unmarked.indexOf('\n\n') + 2) : unmarked;
}

const results = TALON_CASES.map((c) => ({ ...c, read: readSignature(messageText(c.file), c.sender ?? {}) }));

describe('signature reader on talon’s real signatures', () => {
  it.each(results.map((r) => [r.file, r] as const))('%s', (_file, r) => {
    const label = r.expected ?? {};
    const wrong = SCORED_FIELDS.filter((f) => !fieldRight(f, label, r.read));
    // Each case reports its misses by name, so a regression says which field of which signature.
    expect.soft(wrong, JSON.stringify(r.read)).toEqual([]);
  });

  it('reads name, title, company and phone right in at least 9 of 10 signatures', () => {
    const accuracy = accuracyByField(results.map((r) => ({ label: r.expected ?? {}, read: r.read })));
    console.info(
      `signature accuracy on talon (${results.length} messages): ${SCORED_FIELDS.map((f) => `${f} ${accuracy[f].right}/${accuracy[f].total}`).join(', ')}`,
    );
    for (const field of ['name', 'title', 'company', 'phone'] as const)
      expect(accuracy[field].share).toBeGreaterThanOrEqual(0.9);
  });
});
