import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreLead } from '../../../lib/crm/score-lead';
import { SCORING_RULES } from '../../../lib/crm/scoring/registry';
import type { ScoredActivity, ScoringRules } from '../../../lib/crm/scoring/scoring-rule';
import { LeadSchema } from '../../../lib/model/lead';
import { DEFAULT_SETTINGS, ScoringRulesSchema } from '../../../lib/model/settings';

const NOW = Date.UTC(2026, 10, 24, 9);
const DAY = 86_400_000;

// A rep who filled in every part of the ideal customer profile.
const rules: ScoringRules = ScoringRulesSchema.parse({
  industries: ['analytics'],
  titleKeywords: ['sales'],
  targetDomains: ['northwind.example'],
  countries: ['Germany'],
});

// A lead every rule has something to say about.
const maria = LeadSchema.parse({
  id: 'l1',
  fullName: 'Maria Berg',
  title: 'VP of Sales',
  company: 'Northwind Analytics',
  companyDomain: 'northwind.example',
  location: 'Berlin, Germany',
  emails: ['maria@northwind.example'],
  phones: ['+49 30 1234567'],
  createdAt: NOW,
  updatedAt: NOW,
});
const talks: ScoredActivity[] = [
  { kind: 'reply', direction: 'inbound', at: NOW - 2 * DAY },
  { kind: 'meeting', direction: 'outbound', at: NOW - DAY },
];
const input = { lead: maria, activities: talks, rules, now: NOW };

const lead = fc.record({
  title: fc.constantFrom('', 'CEO', 'Head of Data', 'Sales Manager', 'Engineer', 'VP Sales Analytics'),
  company: fc.constantFrom('', 'Northwind Analytics', 'Acme'),
  companyDomain: fc.constantFrom('', 'northwind.example', 'sub.northwind.example', 'acme.example'),
  location: fc.constantFrom('', 'Berlin, Germany', 'Paris'),
  emails: fc.subarray(['a@northwind.example', 'b@gmail.com', 'c@acme.example']),
  phones: fc.subarray(['+49 30 1234567']),
  tags: fc.subarray(['analytics', 'customer']),
});
const activities = fc.array(
  fc.record({
    kind: fc.constantFrom('reply', 'meeting', 'email', 'call', 'note') as fc.Arbitrary<ScoredActivity['kind']>,
    direction: fc.constantFrom('inbound', 'outbound') as fc.Arbitrary<ScoredActivity['direction']>,
    at: fc.integer({ min: NOW - 400 * DAY, max: NOW + DAY }),
  }),
  { maxLength: 12 },
);
const weights = fc.record({
  seniority: fc.integer({ min: 0, max: 100 }),
  businessEmail: fc.integer({ min: 0, max: 100 }),
  emailPresent: fc.integer({ min: 0, max: 100 }),
  phonePresent: fc.integer({ min: 0, max: 100 }),
  companyPresent: fc.integer({ min: 0, max: 100 }),
  icpMatch: fc.integer({ min: 0, max: 100 }),
  engagement: fc.integer({ min: 0, max: 100 }),
});

describe('SCORING_RULES: every rule kind follows the same shape', () => {
  it('gives every rule a unique, short id', () => {
    const ids = SCORING_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z-]{1,39}$/);
  });

  it('lists fit rules before engagement, as the breakdown reads', () => {
    const kinds = SCORING_RULES.map((r) => r.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => (a === b ? 0 : a === 'fit' ? -1 : 1)));
  });

  it.each(SCORING_RULES.map((r) => [r.id, r] as const))(
    '%s gives a lead it applies to at least one line, named after the rule and of its kind',
    (id, rule) => {
      const lines = rule.lines(input);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line.rule === id || line.rule.startsWith(`${id}-`)).toBe(true);
        expect(line.kind).toBe(rule.kind);
        expect(line.label.trim()).not.toBe('');
        expect(line.label.length).toBeLessThanOrEqual(200);
      }
    },
  );

  it.each(SCORING_RULES.map((r) => [r.id, r] as const))(
    '%s gives whole points, never more than its maximum, whatever the lead and weights',
    (_id, rule) => {
      fc.assert(
        fc.property(lead, activities, weights, (l, acts, w) => {
          const lines = rule.lines({ lead: l, activities: acts, rules: { ...rules, weights: w }, now: NOW });
          const sum = lines.reduce((s, line) => s + line.points, 0);
          for (const line of lines) expect(Number.isInteger(line.points)).toBe(true);
          expect(sum).toBeGreaterThanOrEqual(0);
          expect(sum).toBeLessThanOrEqual(rule.maxPoints({ ...rules, weights: w }));
        }),
        { numRuns: 200 },
      );
    },
  );

  it.each(SCORING_RULES.map((r) => [r.id, r] as const))('%s gives nothing when every weight is zero', (_id, rule) => {
    const zero = ScoringRulesSchema.parse({
      ...rules,
      weights: Object.fromEntries(Object.keys(rules.weights).map((k) => [k, 0])),
    });
    expect(rule.lines({ ...input, rules: zero })).toEqual([]);
    expect(rule.maxPoints(zero)).toBe(0);
  });

  it.each(Object.keys(DEFAULT_SETTINGS.scoring.weights))(
    'the %s weight the options page edits moves the score of a lead it applies to',
    (key) => {
      const without = { ...rules, weights: { ...rules.weights, [key]: 0 } };
      expect(scoreLead(maria, talks, without, NOW).total).toBeLessThan(scoreLead(maria, talks, rules, NOW).total);
    },
  );

  it('the score is the sum of its rules’ lines: no line comes from outside the registry', () => {
    const score = scoreLead(maria, talks, rules, NOW);
    expect(score.breakdown).toEqual(SCORING_RULES.flatMap((r) => r.lines(input)));
  });
});
