import { describe, expect, it } from 'vitest';
import { checkConversion, checkTransition, transitionLead } from '../../../lib/crm/lead-lifecycle';
import { LeadSchema } from '../../../lib/model/lead';
import type { LeadStatus } from '../../../lib/model/lead-status';

type Expect = 'change' | 'same' | RegExp;

// Every pair of statuses, with a reason given, and what a rep setting it by hand gets.
const TABLE: [LeadStatus, LeadStatus, Expect][] = [
  ['new', 'new', 'same'],
  ['new', 'working', 'change'],
  ['new', 'qualified', 'change'],
  ['new', 'converted', /use Convert/],
  ['new', 'disqualified', 'change'],
  ['working', 'new', /cannot go back from Working to New/],
  ['working', 'working', 'same'],
  ['working', 'qualified', 'change'],
  ['working', 'converted', /use Convert/],
  ['working', 'disqualified', 'change'],
  ['qualified', 'new', /cannot go back from Prospect to New/],
  ['qualified', 'working', /cannot go back from Prospect to Working/],
  ['qualified', 'qualified', 'same'],
  ['qualified', 'converted', /use Convert/],
  ['qualified', 'disqualified', 'change'],
  ['converted', 'new', /conversion is final/],
  ['converted', 'working', /conversion is final/],
  ['converted', 'qualified', /conversion is final/],
  ['converted', 'converted', /conversion is final/],
  ['converted', 'disqualified', /conversion is final/],
  ['disqualified', 'new', /only be reopened to Working/],
  ['disqualified', 'working', 'change'],
  ['disqualified', 'qualified', /only be reopened to Working/],
  ['disqualified', 'converted', /use Convert/],
  ['disqualified', 'disqualified', 'same'],
];

describe('lead lifecycle transitions', () => {
  it.each(TABLE)('%s → %s', (from, to, expected) => {
    const check = checkTransition(from, to, 'no budget this year');
    if (expected instanceof RegExp) {
      expect(check.ok).toBe(false);
      expect(check.ok ? '' : check.reason).toMatch(expected);
    } else {
      expect(check).toEqual({ ok: true, unchanged: expected === 'same' });
    }
  });

  it.each(['new', 'working', 'qualified'] as const)('disqualifying a %s lead needs a reason', (from) => {
    expect(checkTransition(from, 'disqualified', '   ')).toEqual({
      ok: false,
      reason: 'Give a reason to disqualify this lead.',
    });
  });

  it('refuses a reason too long to keep', () => {
    expect(checkTransition('new', 'disqualified', 'x'.repeat(501))).toMatchObject({ ok: false });
  });

  it.each([
    ['new', true],
    ['working', true],
    ['qualified', true],
    ['converted', false],
    ['disqualified', false],
  ] as const)('conversion from %s allowed: %s', (from, allowed) => {
    expect(checkConversion(from).ok).toBe(allowed);
  });

  it('keeps the reason on disqualify and clears it on reopen', () => {
    const lead = LeadSchema.parse({ id: 'l1', status: 'working', createdAt: 1, updatedAt: 1 });
    const out = transitionLead(lead, 'disqualified', '  went with a competitor ', 5);
    expect(out).toMatchObject({
      ok: true,
      lead: { status: 'disqualified', disqualifyReason: 'went with a competitor' },
    });
    if (!out.ok) return;
    const reopened = transitionLead(out.lead, 'working', '', 9);
    expect(reopened).toMatchObject({ ok: true, lead: { status: 'working', disqualifyReason: '', updatedAt: 9 } });
  });
});
