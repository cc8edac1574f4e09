import { describe, expect, it } from 'vitest';
import { LeadRepository } from '../../lib/db/lead-repository';
import type { CandidateInput, PageScan } from '../../lib/model/candidate';
import { CandidateSchema } from '../../lib/model/candidate';
import { fixedClock, freshDb } from './helpers';

const choices = { source: 'web' as const, tags: ['conf-2026'] };

function scan(candidates: CandidateInput[], pageUrl = 'https://acme.example/team'): PageScan {
  return {
    pageUrl,
    pageTitle: 'Team · Acme',
    candidates: candidates.map((c) => CandidateSchema.parse(c)),
  };
}

const v = (value: string, confidence = 0.9) => ({ value, confidence, source: 'test' });

const ada: CandidateInput = {
  fullName: v('Ada Lovelace'),
  title: v('CTO'),
  company: v('Acme'),
  emails: [v('ada@acme.example')],
  sources: ['test'],
};

describe('LeadRepository.capture', () => {
  it('saves a new lead with its provenance, source and tags', async () => {
    const repo = new LeadRepository(freshDb(), fixedClock());
    const [result] = await repo.capture(scan([ada]), [0], choices);
    expect(result).toMatchObject({ outcome: 'new', fullName: 'Ada Lovelace' });
    const lead = await repo.get(result?.leadId ?? '');
    expect(lead).toMatchObject({
      fullName: 'Ada Lovelace',
      firstName: '',
      title: 'CTO',
      company: 'Acme',
      companyDomain: 'acme.example',
      source: 'web',
      tags: ['conf-2026'],
      status: 'new',
    });
    expect(lead?.provenance).toEqual([
      {
        pageUrl: 'https://acme.example/team',
        pageTitle: 'Team · Acme',
        extractors: ['test'],
        capturedAt: Date.UTC(2026, 10, 24, 9),
        confidence: { fullName: 0.9, title: 0.9, company: 0.9, email: 0.9 },
      },
    ]);
  });

  it('merges a second capture of the same email into the same lead, filling only empty fields', async () => {
    const clock = fixedClock();
    const repo = new LeadRepository(freshDb(), clock);
    await repo.capture(scan([{ emails: [v('Ada@Acme.example')], sources: ['mailto'] }]), [0], choices);
    clock.advance(60_000);
    const [second] = await repo.capture(scan([ada], 'https://acme.example/about'), [0], choices);
    expect(second).toMatchObject({ outcome: 'update', changed: ['fullName', 'title', 'company'] });
    expect(await repo.count()).toBe(1);
    const lead = await repo.get(second?.leadId ?? '');
    expect(lead?.fullName).toBe('Ada Lovelace');
    expect(lead?.provenance.map((p) => p.pageUrl)).toEqual(['https://acme.example/team', 'https://acme.example/about']);
  });

  it('dedupes by profile URL, then by name + company', async () => {
    const repo = new LeadRepository(freshDb(), fixedClock());
    await repo.capture(
      scan([{ fullName: v('Grace Hopper'), urls: [v('https://www.linkedin.com/in/gracehopper/')], sources: ['t'] }]),
      [0],
      choices,
    );
    const [byProfile] = await repo.capture(
      scan([{ title: v('Rear Admiral'), urls: [v('https://linkedin.com/in/GraceHopper')], sources: ['t'] }]),
      [0],
      choices,
    );
    expect(byProfile?.outcome).toBe('update');
    await repo.capture(scan([{ fullName: v('Alan Turing'), company: v('NPL Ltd'), sources: ['t'] }]), [0], choices);
    const [byName] = await repo.capture(
      scan([{ fullName: v('Alan  Turing'), company: v('NPL'), phones: [v('+44 20 7946 0000')], sources: ['t'] }]),
      [0],
      choices,
    );
    expect(byName?.outcome).toBe('update');
    expect(await repo.count()).toBe(2);
  });

  it('never overwrites a field the rep edited by hand', async () => {
    const db = freshDb();
    const repo = new LeadRepository(db, fixedClock());
    const [first] = await repo.capture(scan([{ emails: [v('ada@acme.example')], sources: ['t'] }]), [0], choices);
    await db.leads.update(first?.leadId ?? '', { title: '', editedFields: ['title'] });
    const [again] = await repo.capture(scan([ada]), [0], choices);
    expect(again?.changed).not.toContain('title');
    expect((await repo.get(first?.leadId ?? ''))?.title).toBe('');
  });

  it('makes one lead when two tabs capture the same person at the same moment', async () => {
    const db = freshDb();
    const repo = new LeadRepository(db);
    const results = await Promise.all([
      repo.capture(scan([ada], 'https://a.example/'), [0], choices),
      repo.capture(scan([ada], 'https://b.example/'), [0], choices),
    ]);
    expect(await repo.count()).toBe(1);
    expect(
      results
        .flat()
        .map((r) => r.outcome)
        .sort(),
    ).toEqual(['new', 'saved']);
    const [lead] = await db.leads.toArray();
    expect(lead?.provenance).toHaveLength(2);
  });

  it('previews new / already saved / would update without writing', async () => {
    const repo = new LeadRepository(freshDb(), fixedClock());
    await repo.capture(scan([{ emails: [v('ada@acme.example')], sources: ['t'] }]), [0], choices);
    const grace = { fullName: v('Grace Hopper'), emails: [v('grace@navy.example')], sources: ['t'] };
    const steps = await repo.previewCapture(scan([ada, grace, { emails: [v('ada@acme.example')], sources: ['t'] }]), {
      source: 'web',
      tags: [],
    });
    expect(steps.map((s) => [s.outcome, s.changed])).toEqual([
      ['update', ['fullName', 'title', 'company']],
      ['new', []],
      ['saved', []],
    ]);
    expect(await repo.count()).toBe(1);
  });

  it('rejects an index that is not on the page and writes nothing', async () => {
    const repo = new LeadRepository(freshDb(), fixedClock());
    await expect(repo.capture(scan([ada]), [0, 3], choices)).rejects.toThrow('No person #3 on this page');
    expect(await repo.count()).toBe(0);
  });
});
