import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSignature } from '../../../lib/extract/signature/read-signature';
import { vendoredCorpus } from '../extract/fixtures-dir';
import { accuracyByField, describeAccuracy, fieldRight, SCORED_FIELDS } from './field-accuracy';
import { HELD_OUT_2_CASES } from './held-out-2-expectations';

/**
 * A second HELD-OUT measurement: messages from seven MIT projects that none of the reader's tuning corpora
 * (talon, email-reply-parser, reply-parsers-held-out) drew on, labelled by reading before the reader's
 * first and only run on them. That run scored name 31/42 (15/26 stated), title 34/42 (2/7 stated, 3 false
 * values), company 30/42 (1/7 stated, 6 false values), phone 39/42 (1/4 stated), email 40/42 (3/4 stated,
 * 1 false value): the unseen-data figure for issue #18 alongside reply-parsers-held-out's first run. The
 * reader was not changed for them; its 15 misses are marked expectedMiss with what it got wrong, and
 * MEASURED below holds that run's figures as the floors.
 */
const dir = vendoredCorpus('held-out-2');

/**
 * The fixtures are plain message bodies, read as they are (kso-email_new*.txt start with CR LF, as the
 * Dart strings do). "zap-emails.json#N" is the Nth string of that JSON array, HTML entities and all.
 */
function messageText(file: string): string {
  const [name = file, index] = file.split('#');
  const raw = readFileSync(join(dir, name), 'utf8');
  if (index === undefined) return raw;
  const messages: unknown = JSON.parse(raw);
  if (!Array.isArray(messages) || typeof messages[Number(index)] !== 'string')
    throw new Error(`${file}: no message at that index`);
  return messages[Number(index)];
}

const GOAL = 0.9;

/**
 * What the reader scored on its one run here, as right/total over all messages and over the messages that
 * state the field. A field at or above the goal is held to the goal; a field below it is held to its
 * measured share, so a regression fails while the gap stays visible.
 */
const MEASURED = {
  name: { all: [31, 42], stated: [15, 26] },
  title: { all: [34, 42], stated: [2, 7] },
  company: { all: [30, 42], stated: [1, 7] },
  phone: { all: [39, 42], stated: [1, 4] },
} as const;

const results = HELD_OUT_2_CASES.map((c) => ({ ...c, read: readSignature(messageText(c.file), c.sender ?? {}) }));

describe('signature reader on a second held-out set from seven MIT projects', () => {
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
      `HELD-OUT signature accuracy on held-out-2 (${results.length} messages): ${describeAccuracy(accuracy)}`,
    );
    for (const field of ['name', 'title', 'company', 'phone'] as const) {
      const a = accuracy[field];
      const m = MEASURED[field];
      const allFloor = Math.min(GOAL, m.all[0] / m.all[1]);
      const statedFloor = Math.min(GOAL, m.stated[0] / m.stated[1]);
      const stated = a.statedShare === undefined ? 'none stated' : `${a.statedRight}/${a.stated} stated`;
      const below = a.share < GOAL || (a.statedShare !== undefined && a.statedShare < GOAL);
      console.info(
        `held-out-2 ${field}: ${a.right}/${a.total} all (${a.share.toFixed(2)}), ${stated}, ${a.falseValues} false values` +
          (below ? ` -- below the ${GOAL} goal` : ''),
      );
      expect(a.share, `${field} over all messages`).toBeGreaterThanOrEqual(allFloor);
      if (a.statedShare !== undefined)
        expect(a.statedShare, `${field} where stated`).toBeGreaterThanOrEqual(statedFloor);
    }
  });
});
