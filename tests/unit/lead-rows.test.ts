import { describe, expect, it } from 'vitest';
import { type LeadInput, LeadSchema } from '../../lib/model/lead';
import { filterLeadRows, type LeadFilter, NO_FILTER, sortLeadRows, toLeadRow } from '../../lib/services/lead-rows';

const day = (d: string) => Date.parse(`${d}T00:00:00Z`);

function lead(id: string, over: Partial<LeadInput>) {
  return toLeadRow(LeadSchema.parse({ id, createdAt: day('2026-11-01'), updatedAt: day('2026-11-01'), ...over }));
}

const rows = [
  lead('1', {
    fullName: 'Ada Lovelace',
    title: 'CTO',
    company: 'Analytical Engines',
    emails: ['ada@ae.example'],
    tags: ['vip'],
    status: 'working',
    score: { total: 82, fit: 60, engagement: 22, grade: 'A', salesReady: true, breakdown: [], computedAt: 0 },
  }),
  lead('2', {
    fullName: 'Grace Hopper',
    title: 'Rear Admiral',
    company: 'US Navy',
    emails: ['grace@navy.example'],
    source: 'trade-show',
    createdAt: day('2026-11-20'),
  }),
  lead('3', {
    fullName: 'Zoë Ångström',
    title: 'Head of Sales',
    company: 'Ångström AB',
    emails: ['zoe@angstrom.example'],
    status: 'qualified',
    tags: ['vip', 'nordics'],
    createdAt: day('2026-11-22'),
  }),
];

const names = (r: { fullName: string }[]) => r.map((x) => x.fullName);
const f = (over: Partial<LeadFilter>): LeadFilter => ({ ...NO_FILTER, ...over });

describe('lead list search, filters and sort', () => {
  it.each([
    ['name words in any order', f({ text: 'hopper grace' }), ['Grace Hopper']],
    ['email', f({ text: 'navy.example' }), ['Grace Hopper']],
    ['company, case-insensitive', f({ text: 'ANALYTICAL' }), ['Ada Lovelace']],
    ['title', f({ text: 'head of' }), ['Zoë Ångström']],
    ['status', f({ statuses: ['working', 'qualified'] }), ['Ada Lovelace', 'Zoë Ångström']],
    ['tag', f({ tag: 'nordics' }), ['Zoë Ångström']],
    ['score range', f({ minScore: 50 }), ['Ada Lovelace']],
    ['grade', f({ grades: ['D'] }), ['Grace Hopper', 'Zoë Ångström']],
    ['source', f({ sources: ['trade-show'] }), ['Grace Hopper']],
    [
      'captured date range, inclusive of the last day',
      f({ capturedFrom: day('2026-11-02'), capturedTo: day('2026-11-20') }),
      ['Grace Hopper'],
    ],
    ['no match', f({ text: 'nobody' }), []],
  ])('filters by %s', (_case, filter, expected) => {
    expect(names(filterLeadRows(rows, filter))).toEqual(expected);
  });

  it.each([
    ['score-desc', ['Ada Lovelace', 'Grace Hopper', 'Zoë Ångström']],
    ['created-desc', ['Zoë Ångström', 'Grace Hopper', 'Ada Lovelace']],
    ['name-asc', ['Ada Lovelace', 'Grace Hopper', 'Zoë Ångström']],
    ['company-asc', ['Ada Lovelace', 'Zoë Ångström', 'Grace Hopper']],
  ] as const)('sorts by %s', (sort, expected) => {
    expect(names(sortLeadRows([...rows], sort))).toEqual(expected);
  });
});
