import { describe, expect, it } from 'vitest';
import { type ScoredActivity, type ScoringRules, scoreLead } from '../../../lib/crm/score-lead';
import { seniorityOf } from '../../../lib/crm/scoring/seniority';
import { type LeadInput, LeadSchema } from '../../../lib/model/lead';
import { DEFAULT_SETTINGS, ScoringRulesSchema } from '../../../lib/model/settings';

const NOW = Date.UTC(2026, 10, 24, 9);
const DAY = 86_400_000;
const defaults = DEFAULT_SETTINGS.scoring;

function lead(over: Partial<LeadInput>) {
  return LeadSchema.parse({ id: 'l1', createdAt: NOW, updatedAt: NOW, ...over });
}

const act = (kind: ScoredActivity['kind'], direction: ScoredActivity['direction'], daysAgo = 0): ScoredActivity => ({
  kind,
  direction,
  at: NOW - daysAgo * DAY,
});

const ada = lead({
  title: 'CTO',
  company: 'Acme',
  emails: ['ada@acme.example'],
  phones: ['+44 20 7946 0000'],
});

const rulePoints = (s: ReturnType<typeof scoreLead>) => Object.fromEntries(s.breakdown.map((l) => [l.rule, l.points]));

describe('seniority from the title', () => {
  it.each([
    ['CEO & Co-Founder', 'executive'],
    ['Chief Revenue Officer', 'executive'],
    ['Geschäftsführerin', 'executive'],
    ['President', 'executive'],
    ['Vice President, Engineering', 'vp'],
    ['SVP Sales', 'vp'],
    ['Head of Marketing', 'director'],
    ['Director of Product', 'director'],
    ['Marketing Manager', 'manager'],
    ['Tech Lead', 'manager'],
    ['Product Owner', 'individual'],
    ['Software Engineer', 'individual'],
  ])('%s → %s', (title, level) => {
    expect(seniorityOf(title)?.level).toBe(level);
  });

  it('judges nothing when there is no title', () => {
    expect(seniorityOf('  ')).toBeUndefined();
  });
});

describe('fit and grade (default rules, no ideal customer profile set)', () => {
  it.each([
    [
      'C-level with business email, phone and company',
      ada,
      55,
      'A',
      ['seniority', 'business-email', 'email-present', 'phone-present', 'company-present'],
    ],
    [
      'VP on free mail, no company',
      lead({ title: 'VP Sales', emails: ['vp@gmail.com'] }),
      30,
      'B',
      ['seniority', 'email-present'],
    ],
    [
      'head of, business email, company',
      lead({ title: 'Head of Marketing', company: 'Acme', emails: ['h@acme.example'] }),
      40,
      'B',
      ['seniority', 'business-email', 'email-present', 'company-present'],
    ],
    [
      'manager, business email',
      lead({ title: 'Sales Manager', emails: ['m@acme.example'] }),
      30,
      'B',
      ['seniority', 'business-email', 'email-present'],
    ],
    [
      'individual on free mail',
      lead({ title: 'Software Engineer', emails: ['dev@hotmail.com'] }),
      15,
      'C',
      ['seniority', 'email-present'],
    ],
    ['a name and nothing else', lead({ fullName: 'Jo Bloggs' }), 0, 'D', []],
  ])('%s', (_label, l, fit, grade, rules) => {
    const s = scoreLead(l, [], defaults, NOW);
    expect(s).toMatchObject({ fit, engagement: 0, total: fit, grade, salesReady: false, computedAt: NOW });
    expect(s.breakdown.map((b) => b.rule)).toEqual(rules);
  });

  it('explains each line in words the rep understands', () => {
    const labels = scoreLead(ada, [], defaults, NOW).breakdown.map((l) => l.label);
    expect(labels).toEqual([
      'Seniority: C-level / founder (“CTO”)',
      'Business email (acme.example)',
      'Email address',
      'Phone number',
      'Company (Acme)',
    ]);
  });

  it('takes its weights from the rules, not from code', () => {
    const rules = ScoringRulesSchema.parse({
      weights: {
        seniority: 40,
        businessEmail: 0,
        emailPresent: 0,
        phonePresent: 0,
        companyPresent: 0,
        icpMatch: 0,
        engagement: 30,
      },
    });
    const s = scoreLead(ada, [], rules, NOW);
    expect(rulePoints(s)).toEqual({ seniority: 40 });
    expect(s.grade).toBe('A');
  });
});

describe('ideal customer profile', () => {
  const icp: ScoringRules = ScoringRulesSchema.parse({
    industries: ['software'],
    titleKeywords: ['sales'],
    targetDomains: ['www.acme.example'],
    countries: ['Germany'],
  });

  it('gives every matched criterion its share of the ICP weight', () => {
    const l = lead({
      title: 'VP Sales',
      company: 'Acme Software GmbH',
      emails: ['vp@eu.acme.example'],
      location: 'Berlin, Germany',
    });
    const s = scoreLead(l, [], icp, NOW);
    expect(rulePoints(s)).toMatchObject({ 'icp-industry': 4, 'icp-title': 4, 'icp-domain': 4, 'icp-country': 3 });
    // 20 seniority + 10 business email + 10 email + 5 company + 15 ICP, of a possible 70.
    expect(s).toMatchObject({ fit: 60, grade: 'A' });
  });

  it('gives a line only for the criteria the lead meets', () => {
    const l = lead({
      title: 'Sales Manager',
      company: 'Globex',
      emails: ['m@globex.example'],
      location: 'Lyon, France',
    });
    const s = scoreLead(l, [], icp, NOW);
    expect(s.breakdown.filter((b) => b.rule.startsWith('icp-')).map((b) => b.rule)).toEqual(['icp-title']);
    expect(s.fit).toBe(39);
  });

  it('grades against the whole profile: a lead outside it drops a grade', () => {
    const l = lead({ title: 'CTO', company: 'Globex', emails: ['cto@globex.example'], location: 'Lyon, France' });
    expect(scoreLead(l, [], defaults, NOW)).toMatchObject({ fit: 50, grade: 'A' });
    expect(scoreLead(l, [], icp, NOW)).toMatchObject({ fit: 50, grade: 'B' });
  });
});

describe('engagement, decay and sales-ready', () => {
  it.each([
    ['nothing logged', [], 0, 55, false],
    ['a note counts for nothing', [act('note', 'outbound')], 0, 55, false],
    ['an outbound email today', [act('email', 'outbound')], 3, 58, false],
    ['an outbound call today', [act('call', 'outbound')], 6, 61, true],
    ['an inbound reply today', [act('reply', 'inbound')], 15, 70, true],
    ['an inbound reply a month ago is worth half', [act('reply', 'inbound', 30)], 8, 63, true],
    ['an inbound reply two months ago is worth a quarter', [act('reply', 'inbound', 60)], 4, 59, false],
    ['a meeting today', [act('meeting', 'outbound')], 15, 70, true],
    [
      'three meetings are capped at the engagement weight',
      [act('meeting', 'inbound'), act('meeting', 'inbound'), act('meeting', 'outbound')],
      30,
      85,
      true,
    ],
  ])('%s', (_label, activities: ScoredActivity[], engagement, total, salesReady) => {
    const s = scoreLead(ada, activities, defaults, NOW);
    expect(s).toMatchObject({ engagement, total, salesReady, grade: 'A' });
    expect(s.breakdown.reduce((sum, l) => sum + l.points, 0)).toBe(total);
  });

  it('says how many of what, and how recent, on each engagement line', () => {
    const s = scoreLead(
      ada,
      [act('reply', 'inbound', 3), act('reply', 'inbound', 10), act('email', 'outbound', 1)],
      defaults,
      NOW,
    );
    expect(s.breakdown.filter((l) => l.kind === 'engagement').map((l) => [l.label, l.points])).toEqual([
      ['2 inbound replies (latest 3 days ago)', 26],
      ['1 outbound email (latest 1 day ago)', 3],
    ]);
  });

  it('shows the cap as its own line so the lines still add up', () => {
    const s = scoreLead(
      ada,
      [act('meeting', 'inbound'), act('meeting', 'inbound'), act('meeting', 'inbound')],
      defaults,
      NOW,
    );
    expect(s.breakdown.at(-1)).toEqual({
      rule: 'engagement-cap',
      kind: 'engagement',
      label: 'Engagement is capped at 30',
      points: -15,
    });
  });

  it('grades from fit alone: lots of talk does not make a poor fit an A', () => {
    const poorFit = lead({ title: 'Student', emails: ['me@gmail.com'] });
    const s = scoreLead(poorFit, [act('meeting', 'inbound'), act('meeting', 'inbound')], defaults, NOW);
    expect(s).toMatchObject({ fit: 15, engagement: 30, total: 45, grade: 'C' });
  });

  it('uses the threshold from the rules', () => {
    const strict = ScoringRulesSchema.parse({ salesReadyThreshold: 80 });
    expect(scoreLead(ada, [act('reply', 'inbound')], strict, NOW).salesReady).toBe(false);
    expect(scoreLead(ada, [], ScoringRulesSchema.parse({ salesReadyThreshold: 55 }), NOW).salesReady).toBe(true);
  });

  it('never goes above 100', () => {
    const generous = ScoringRulesSchema.parse({
      weights: {
        seniority: 100,
        businessEmail: 100,
        emailPresent: 0,
        phonePresent: 0,
        companyPresent: 0,
        icpMatch: 0,
        engagement: 100,
      },
    });
    const s = scoreLead(ada, [act('meeting', 'inbound'), act('meeting', 'inbound')], generous, NOW);
    expect(s.total).toBe(100);
  });
});
