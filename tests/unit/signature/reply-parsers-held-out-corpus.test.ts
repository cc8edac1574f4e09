import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSignature } from '../../../lib/extract/signature/read-signature';
import { vendoredCorpus } from '../extract/fixtures-dir';
import { accuracyByField, describeAccuracy, fieldRight, SCORED_FIELDS } from './field-accuracy';
import { HELD_OUT_CASES } from './reply-parsers-held-out-expectations';

/**
 * First a HELD-OUT measurement: the reader's rules were tuned on the talon and crisp corpora, never
 * on these messages. Its first run scored name 26/45 (9/26 stated), title 39/45 (4/6), company
 * 32/45 (4/4, 13 false values), phone 45/45 (4/4): the honest unseen-data figure for issue #18.
 *
 * Its misses were then read by kind (sign-offs, separators and quote headers of other languages,
 * "/John" and "LG, Eva" signatures, a street or a handle taken for the employer) and the reader
 * got general rules for each kind: a lexicon written for some twenty languages
 * (lib/extract/signature/sign-offs.ts) and rules tested on invented messages
 * (read-signature.test.ts), no rule naming a person, company or line of these messages. Since
 * those rules were chosen by looking at these misses, this corpus is no longer held out: it now
 * guards against regressions, and the first-run figures above stay the unseen-data estimate.
 */
const dir = vendoredCorpus('reply-parsers-held-out');

/** The fixtures are plain message bodies, read as they are (the two mpr-email_pl_* keep their CRLF line ends). */
function messageText(file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

const GOAL = 0.9;

/**
 * What the reader scores here now, as right/total over all messages and over the messages that
 * state the field. A field at or above the goal is held to the goal; a field below it is held to
 * its measured share, so a regression fails while the gap stays visible.
 */
const MEASURED = {
  name: { all: [45, 45], stated: [26, 26] },
  title: { all: [45, 45], stated: [6, 6] },
  company: { all: [45, 45], stated: [4, 4] },
  phone: { all: [45, 45], stated: [4, 4] },
} as const;

const results = HELD_OUT_CASES.map((c) => ({ ...c, read: readSignature(messageText(c.file), c.sender ?? {}) }));

describe('signature reader on held-out messages from five MIT reply-parser projects', () => {
  it.each(results.map((r) => [r.file, r] as const))('%s', (_file, r) => {
    const label = r.expected ?? {};
    const wrong = SCORED_FIELDS.filter((f) => !fieldRight(f, label, r.read));
    if (r.expectedMiss) {
      // A known miss, kept visible: reported, and flagged once the reader gets it right.
      console.info(`expected miss in ${r.file} (${wrong.join(', ') || 'none left'}): ${r.expectedMiss}`);
      expect.soft(wrong, `${r.file} is read right now: drop its expectedMiss`).not.toEqual([]);
      return;
    }
    // Each case reports its misses by name, so a regression says which field of which signature.
    expect.soft(wrong, JSON.stringify(r.read)).toEqual([]);
  });

  it('holds name, title, company and phone to the 0.9 goal, or to the held-out share where below it', () => {
    const accuracy = accuracyByField(results.map((r) => ({ label: r.expected ?? {}, read: r.read })));
    console.info(
      `signature accuracy on reply-parsers-held-out, tuned on since its first held-out run (${results.length} messages): ${describeAccuracy(accuracy)}`,
    );
    for (const field of ['name', 'title', 'company', 'phone'] as const) {
      const a = accuracy[field];
      const m = MEASURED[field];
      const allFloor = Math.min(GOAL, m.all[0] / m.all[1]);
      const statedFloor = Math.min(GOAL, m.stated[0] / m.stated[1]);
      const stated = a.statedShare === undefined ? 'none stated' : `${a.statedRight}/${a.stated} stated`;
      const below = a.share < GOAL || (a.statedShare !== undefined && a.statedShare < GOAL);
      console.info(
        `held-out ${field}: ${a.right}/${a.total} all (${a.share.toFixed(2)}), ${stated}, ${a.falseValues} false values` +
          (below ? ` -- below the ${GOAL} goal` : ''),
      );
      expect(a.share, `${field} over all messages`).toBeGreaterThanOrEqual(allFloor);
      if (a.statedShare !== undefined)
        expect(a.statedShare, `${field} where stated`).toBeGreaterThanOrEqual(statedFloor);
    }
  });
});
