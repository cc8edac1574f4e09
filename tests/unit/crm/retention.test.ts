import { describe, expect, it } from 'vitest';
import { deletesAutomatically, leadsDueForReview, monthsBefore } from '../../../lib/crm/retention';
import { type Lead, LeadSchema } from '../../../lib/model/lead';
import { PrivacySettingsSchema } from '../../../lib/model/privacy';

const NOW = Date.UTC(2026, 5, 15, 12);
const lead = (id: string, updatedAt: number): Lead =>
  LeadSchema.parse({ id, fullName: id, createdAt: updatedAt, updatedAt });

describe('monthsBefore', () => {
  it.each([
    ['one month', Date.UTC(2026, 5, 15), 1, Date.UTC(2026, 4, 15)],
    ['across a year', Date.UTC(2026, 1, 10), 3, Date.UTC(2025, 10, 10)],
    ['31 March minus one month is the end of February', Date.UTC(2026, 2, 31), 1, Date.UTC(2026, 1, 28)],
    ['in a leap year', Date.UTC(2028, 2, 31), 1, Date.UTC(2028, 1, 29)],
    ['24 months', Date.UTC(2026, 5, 15), 24, Date.UTC(2024, 5, 15)],
  ])('%s', (_name, from, months, expected) => {
    expect(monthsBefore(from, months)).toBe(expected);
  });
});

describe('leadsDueForReview', () => {
  const leads = [
    lead('fresh', NOW - 86_400_000),
    lead('five-months', monthsBefore(NOW, 5)),
    lead('just-six', monthsBefore(NOW, 6)),
    lead('seven-months', monthsBefore(NOW, 7)),
    lead('three-years', monthsBefore(NOW, 36)),
  ];
  it.each<[string, number | null, string[]]>([
    ['nothing when the rule is off', null, []],
    ['6 months: strictly older than the cut-off, oldest first', 6, ['three-years', 'seven-months']],
    ['1 month', 1, ['three-years', 'seven-months', 'just-six', 'five-months']],
    ['48 months: nobody is that old', 48, []],
    ['12 months', 12, ['three-years']],
  ])('%s', (_name, retentionMonths, expected) => {
    expect(leadsDueForReview(leads, { retentionMonths }, NOW).map((l) => l.id)).toEqual(expected);
  });

  it('is pure: the input list is left as it was', () => {
    const copy = [...leads];
    leadsDueForReview(leads, { retentionMonths: 1 }, NOW);
    expect(leads).toEqual(copy);
  });
});

describe('deletesAutomatically', () => {
  it.each<[string, number | null, 'review' | 'automatic', boolean]>([
    ['off, review', null, 'review', false],
    ['off, automatic: still nothing without the rule', null, 'automatic', false],
    ['on, review: the rep confirms', 6, 'review', false],
    ['on, automatic', 6, 'automatic', true],
  ])('%s', (_name, retentionMonths, retentionMode, expected) => {
    expect(deletesAutomatically(PrivacySettingsSchema.parse({ retentionMonths, retentionMode }))).toBe(expected);
  });
});
