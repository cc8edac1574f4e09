import { describe, expect, it } from 'vitest';
import { csvText } from '../../../lib/csv/export-csv';
import { autoMapColumns } from '../../../lib/csv/map-columns';
import { parseCsv } from '../../../lib/csv/parse-csv';
import { importErrorReport } from '../../../lib/csv/plan-import';
import { ImportRepository } from '../../../lib/db/import-repository';
import { LeadEditRepository } from '../../../lib/db/lead-edit-repository';
import { LeadRepository } from '../../../lib/db/lead-repository';
import { SettingsRepository } from '../../../lib/db/settings-repository';
import { type CandidateInput, CandidateSchema } from '../../../lib/model/candidate';
import { type Lead, LeadSchema } from '../../../lib/model/lead';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { fixedClock, freshDb } from '../helpers';

const choices = { source: 'import' as const, tags: ['webinar-2026'] };
const v = (value: string) => ({ value, confidence: 0.9, source: 'test' });

/** Leads saved the way the side panel saves them: by capture. */
async function captured(db: ReturnType<typeof freshDb>, people: CandidateInput[]): Promise<Lead[]> {
  const repo = new LeadRepository(db, fixedClock(Date.UTC(2026, 5, 1)));
  const scan = {
    pageUrl: 'https://acme.example/team',
    pageTitle: 'Team',
    candidates: people.map((p) => CandidateSchema.parse({ sources: ['test'], ...p })),
  };
  const results = await repo.capture(
    scan,
    people.map((_, i) => i),
    { source: 'web', tags: [] },
  );
  return Promise.all(results.map(async (r) => LeadSchema.parse(await db.leads.get(r.leadId))));
}

/** The import's clock: its own ids, so they never meet those of the capture clock that seeded the store. */
function importClock() {
  let n = 0;
  return { ...fixedClock(), newId: () => `imported-${++n}` };
}

function setup(text: string) {
  const db = freshDb();
  const parsed = parseCsv(text);
  return { db, parsed, mapping: autoMapColumns(parsed.headers), repo: new ImportRepository(db, importClock()) };
}

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

describe("importing LinkedIn's Connections.csv", () => {
  const CONNECTIONS = csv(
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,ada@analytical-engines.example,Analytical Engines,"Head of Research, Europe",01 Mar 2024',
    'Grace,Hopper,https://www.linkedin.com/in/grace-hopper,,COBOL Systems,CTO,02 Mar 2024',
    'Bob,Broken,https://www.linkedin.com/in/bob-broken,bob@,Nowhere,Intern,03 Mar 2024',
    'Jonas,Okafor,https://www.linkedin.com/in/jonas-okafor,jonas.okafor@northwind-analytics.example,Northwind Analytics,Account Executive,04 Mar 2024',
  );

  it('previews per-row outcomes without writing, then imports exactly the valid rows', async () => {
    const { db, parsed, mapping, repo } = setup(CONNECTIONS);
    const [jonas] = await captured(db, [
      {
        fullName: v('Jonas Okafor'),
        title: v('Account Executive'),
        emails: [v('jonas.okafor@northwind-analytics.example')],
      },
    ]);
    const preview = await repo.previewImport(parsed, mapping, choices);
    expect(preview.counts).toEqual({
      new: 2,
      update: 1,
      unchanged: 0,
      'duplicate-in-file': 0,
      suppressed: 0,
      error: 1,
      blank: 0,
    });
    expect(preview.rows.map((r) => [r.line, r.outcome, r.name])).toEqual([
      [5, 'new', 'Ada Lovelace'],
      [6, 'new', 'Grace Hopper'],
      [7, 'error', 'Bob Broken'],
      [8, 'update', 'Jonas Okafor'],
    ]);
    expect(preview.rows[2]?.errors).toEqual(['Row 7: "bob@" is not a valid email address']);
    expect(preview.rows[3]?.changed).toEqual(['first name', 'last name', 'company', 'link', 'tags']);
    expect(await db.leads.count()).toBe(1);

    const report = importErrorReport(preview, parsed).split('\r\n');
    expect(report[0]).toBe('Error,First Name,Last Name,URL,Email Address,Company,Position,Connected On');
    expect(report[1]).toBe(
      '"Row 7: ""bob@"" is not a valid email address",Bob,Broken,https://www.linkedin.com/in/bob-broken,bob@,Nowhere,Intern,03 Mar 2024',
    );
    expect(report).toHaveLength(3);

    expect(await repo.importRows(parsed, mapping, choices)).toMatchObject({
      created: 2,
      updated: 1,
      unchanged: 0,
      rejected: 1,
      suppressed: 0,
    });
    const leads = await db.leads.toArray();
    expect(leads.map((l) => l.fullName).sort()).toEqual(['Ada Lovelace', 'Grace Hopper', 'Jonas Okafor']);
    const ada = leads.find((l) => l.firstName === 'Ada');
    expect(ada).toMatchObject({
      fullName: 'Ada Lovelace',
      lastName: 'Lovelace',
      title: 'Head of Research, Europe',
      company: 'Analytical Engines',
      companyDomain: 'analytical-engines.example',
      emailKeys: ['ada@analytical-engines.example'],
      profileKeys: ['linkedin:ada-lovelace'],
      source: 'import',
      tags: ['webinar-2026'],
      status: 'new',
    });
    expect(ada?.provenance).toEqual([
      {
        pageUrl: '',
        pageTitle: 'CSV import',
        extractors: ['csv'],
        capturedAt: Date.UTC(2026, 10, 24, 9),
        confidence: {},
      },
    ]);
    expect(ada?.score.total).toBeGreaterThan(0);
    const updated = leads.find((l) => l.id === jonas?.id);
    expect(updated?.urls).toEqual(['https://www.linkedin.com/in/jonas-okafor']);
    expect(updated?.source).toBe('web');
    expect(updated?.provenance).toHaveLength(2);
  });
});

describe('dedupe against saved leads, by the capture rules', () => {
  it('finds the saved lead by normalised email, by LinkedIn URL and by name + company', async () => {
    const { db, parsed, mapping, repo } = setup(
      csv(
        'Name,Email,LinkedIn,Company,Title,Phone',
        'Ada L.,AdaLovelace+crm@googlemail.com,,,Countess,',
        'Grace,,http://linkedin.com/in/GraceHopper,,,+1 555 0100',
        'LINUS TORVALDS,,,Transmeta,Kernel hacker,',
        'Margaret Hamilton,margaret@mit.example,,MIT,,',
        'Alan Turing,alan@npl.example,,NPL,,',
      ),
    );
    await captured(db, [
      { fullName: v('Ada Lovelace'), emails: [v('ada.lovelace@gmail.com')] },
      { fullName: v('Grace Hopper'), urls: [v('https://www.linkedin.com/in/gracehopper/')] },
      { fullName: v('Linus Torvalds'), company: v('Transmeta Inc.') },
      { fullName: v('Alan Turing'), company: v('NPL'), emails: [v('alan@npl.example')] },
    ]);
    const preview = await repo.previewImport(parsed, mapping, { source: 'import', tags: [] });
    // As in capture, an email or link spelt differently from the saved one is kept too.
    expect(preview.rows.map((r) => [r.outcome, r.changed])).toEqual([
      ['update', ['title', 'email']],
      ['update', ['phone', 'link']],
      ['update', ['title']],
      ['new', []],
      ['unchanged', []],
    ]);
    const before = await db.leads.toArray();
    expect(await repo.importRows(parsed, mapping, { source: 'import', tags: [] })).toMatchObject({
      created: 1,
      updated: 3,
      unchanged: 1,
      rejected: 0,
      suppressed: 0,
    });
    const after = await db.leads.toArray();
    expect(after).toHaveLength(5);
    const byName = (n: string) => after.find((l) => l.fullName === n);
    // A filled field is never replaced: the saved name stays, the empty title is filled.
    expect(byName('Ada Lovelace')?.title).toBe('Countess');
    expect(byName('Ada Lovelace')?.emails).toEqual(['ada.lovelace@gmail.com', 'adalovelace+crm@googlemail.com']);
    expect(byName('Grace Hopper')?.phones).toEqual(['+1 555 0100']);
    expect(byName('Linus Torvalds')?.title).toBe('Kernel hacker');
    // The unchanged row wrote nothing.
    expect(byName('Alan Turing')).toEqual(before.find((l) => l.fullName === 'Alan Turing'));
  });

  it('never overwrites a field the rep edited, even one the rep emptied', async () => {
    const { db, parsed, mapping, repo } = setup(
      csv('Email,Title,Phone', '"ada@acme.example; ada.l@acme.example",Chief Technology Officer,+44 20 7946 0000'),
    );
    const [ada] = await captured(db, [
      { fullName: v('Ada'), title: v('CTO'), emails: [v('ada@acme.example'), v('old@acme.example')] },
    ]);
    await new LeadEditRepository(db, fixedClock()).updateLeadFields(ada?.id ?? '', {
      title: '',
      emails: ['ada@acme.example'],
    });
    const preview = await repo.previewImport(parsed, mapping, { source: 'import', tags: [] });
    expect(preview.rows[0]).toMatchObject({ outcome: 'update', changed: ['phone'] });
    await repo.importRows(parsed, mapping, { source: 'import', tags: [] });
    const saved = LeadSchema.parse(await db.leads.get(ada?.id ?? ''));
    expect(saved.title).toBe('');
    expect(saved.emails).toEqual(['ada@acme.example']);
    expect(saved.phones).toEqual(['+44 20 7946 0000']);
    expect(saved.editedFields).toEqual(expect.arrayContaining(['title', 'email']));
  });

  it('re-importing its own LeadClip export changes nothing; into another store it merges by email', async () => {
    const db = freshDb();
    const leads = await captured(db, [
      { fullName: v('Ada Lovelace'), title: v('CTO'), emails: [v('ada@acme.example')] },
      { fullName: v('Grace Hopper'), urls: [v('https://www.linkedin.com/in/gracehopper/')] },
    ]);
    const parsed = parseCsv(
      csvText({ entity: 'leads', records: leads }, { preset: 'leadclip', delimiter: ',', bom: true }),
    );
    const mapping = autoMapColumns(parsed.headers);
    const same = await new ImportRepository(db, importClock()).importRows(parsed, mapping, {
      source: 'import',
      tags: [],
    });
    expect(same).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 0, suppressed: 0 });
    expect(await db.leads.toArray()).toEqual(leads);

    const other = freshDb();
    const [mine] = await captured(other, [{ fullName: v('Ada'), emails: [v('ADA@acme.example')] }]);
    const preview = await new ImportRepository(other, importClock()).previewImport(parsed, mapping, {
      source: 'import',
      tags: [],
    });
    expect(preview.rows.map((r) => [r.outcome, r.changed])).toEqual([
      ['update', ['title', 'captures']],
      ['new', []],
    ]);
    await new ImportRepository(other, importClock()).importRows(parsed, mapping, { source: 'import', tags: [] });
    const merged = LeadSchema.parse(await other.leads.get(mine?.id ?? ''));
    expect(merged).toMatchObject({ fullName: 'Ada', title: 'CTO' });
    expect(await other.leads.get(leads[1]?.id ?? '')).toMatchObject({ fullName: 'Grace Hopper' });
  });
});

describe('malformed files', () => {
  const TEXT = csv(
    'Name,Email,Title,Status,Tags',
    'Ada,ada@x.example,CTO,New,vip',
    'Bob,bob@,Intern,,',
    ',,Intern,,',
    `Carl,carl@x.example,${'x'.repeat(201)},,`,
    'Dora,dora@x.example,,Hot prospect,',
    `Eve,eve@x.example,,,${'t'.repeat(41)}`,
    'Fay,fay@x.example,CEO,Working,vip,extra',
    'Gus,gus@x.example,,IN_PROGRESS,"a, b"',
    '"Hal,hal@x.example,,,',
  );

  it('gives each rejected row its errors in plain words, writes nothing for them and imports the valid rows', async () => {
    const { db, parsed, mapping, repo } = setup(TEXT);
    const preview = await repo.previewImport(parsed, mapping, choices);
    expect(preview.counts).toEqual({
      new: 2,
      update: 0,
      unchanged: 0,
      'duplicate-in-file': 0,
      suppressed: 0,
      error: 7,
      blank: 0,
    });
    expect(
      Object.fromEntries(preview.rows.filter((r) => r.outcome === 'error').map((r) => [r.line, r.errors])),
    ).toEqual({
      3: ['Row 3: "bob@" is not a valid email address'],
      4: ['Row 4: a row needs a name or an email address'],
      5: ['Row 5: The title is longer than 200 characters'],
      6: [expect.stringMatching(/^Row 6: "Hot prospect" is not a lead status LeadClip knows/)],
      7: ['Row 7: "ttttttttttttttttttttttttttttttttttttttttt" is not a valid tag (A tag is at most 40 characters)'],
      8: ['Row 8 has 6 cells but the header has 5 columns: a cell holding the separator was probably not quoted'],
      10: [expect.stringMatching(/^Row 10: a quoted cell is never closed/)],
    });
    expect(await db.leads.count()).toBe(0);
    expect(await repo.importRows(parsed, mapping, choices)).toMatchObject({
      created: 2,
      updated: 0,
      unchanged: 0,
      rejected: 7,
      suppressed: 0,
    });
    const leads = await db.leads.toArray();
    expect(leads.map((l) => [l.fullName, l.status, l.tags])).toEqual([
      ['Ada', 'new', ['vip', 'webinar-2026']],
      ['Gus', 'working', ['a', 'b', 'webinar-2026']],
    ]);
    const report = parseCsv(importErrorReport(preview, parsed));
    expect(report.headers).toEqual(['Error', 'Name', 'Email', 'Title', 'Status', 'Tags']);
    expect(report.rows.map((r) => r.cells[1])).toEqual([
      'Bob',
      '',
      'Carl',
      'Dora',
      'Eve',
      'Fay',
      'Hal,hal@x.example,,,\r\n',
    ]);
  });

  it('refuses invalid tags chosen for the whole import before reading any row', async () => {
    const { parsed, mapping, repo } = setup(TEXT);
    await expect(repo.previewImport(parsed, mapping, { source: 'import', tags: ['a,b'] })).rejects.toThrow(
      /A tag cannot contain a comma/,
    );
  });
});

describe('duplicates inside the file', () => {
  it('keeps the first row of a person and skips the rows that repeat it, across lookup chunks too', async () => {
    const lines = ['Name,Email,LinkedIn'];
    for (let i = 0; i < 5_200; i++) lines.push(`Person ${i},p${i}@example.org,`);
    lines.push('Again,P3@Example.org,');
    lines.push('Profile One,,https://www.linkedin.com/in/one');
    lines.push('Profile Again,,https://linkedin.com/in/ONE/');
    const { db, parsed, mapping, repo } = setup(csv(...lines));
    const preview = await repo.previewImport(parsed, mapping, { source: 'import', tags: [] });
    expect(preview.counts).toEqual({
      new: 5_201,
      update: 0,
      unchanged: 0,
      'duplicate-in-file': 2,
      suppressed: 0,
      error: 0,
      blank: 0,
    });
    const dups = preview.rows.filter((r) => r.outcome === 'duplicate-in-file');
    expect(dups.map((r) => r.errors)).toEqual([
      ['Row 5202: the same person as row 5 (same email address), so it is skipped'],
      ['Row 5204: the same person as row 5203 (same profile link), so it is skipped'],
    ]);
    expect(await repo.importRows(parsed, mapping, { source: 'import', tags: [] })).toMatchObject({
      created: 5_201,
      updated: 0,
      unchanged: 2,
      rejected: 0,
      suppressed: 0,
    });
    expect(await db.leads.count()).toBe(5_201);
  }, 60_000);

  it('a second row for a saved lead is a duplicate, not a second update', async () => {
    const { db, parsed, mapping, repo } = setup(
      csv('Email,Title,Phone', 'ada@acme.example,CTO,', 'ada@acme.example,,+1 555 0100'),
    );
    await captured(db, [{ fullName: v('Ada'), emails: [v('ada@acme.example')] }]);
    const preview = await repo.previewImport(parsed, mapping, { source: 'import', tags: [] });
    expect(preview.rows.map((r) => r.outcome)).toEqual(['update', 'duplicate-in-file']);
  });
});

describe('CRM files', () => {
  it('reads HubSpot lead statuses and lifecycle stages into ours', async () => {
    const { db, parsed, mapping, repo } = setup(
      csv(
        'First Name,Last Name,Email,Lifecycle Stage,Lead Status',
        'A,One,a@x.example,lead,NEW',
        'B,Two,b@x.example,salesqualifiedlead,IN_PROGRESS',
        'C,Three,c@x.example,lead,UNQUALIFIED',
        'D,Four,d@x.example,customer,',
        'E,Five,e@x.example,,BAD_TIMING',
        'F,Six,f@x.example,opportunity,OPEN_DEAL',
        'G,Seven,g@x.example,,Attempted to contact',
      ),
    );
    await repo.importRows(parsed, mapping, { source: 'import', tags: [] });
    const leads = await db.leads.orderBy('nameKey').toArray();
    const got = Object.fromEntries(
      (await db.leads.toArray()).map((l) => [l.firstName, [l.status, l.disqualifyReason, l.tags]]),
    );
    expect(leads).toHaveLength(7);
    expect(got).toEqual({
      A: ['new', '', []],
      B: ['qualified', '', []],
      C: ['disqualified', 'Unqualified', []],
      D: ['qualified', '', ['customer']],
      E: ['disqualified', 'Bad timing', []],
      F: ['qualified', '', []],
      G: ['working', '', []],
    });
  });

  it('reads Salesforce statuses, ratings and sources', async () => {
    const { db, parsed, mapping, repo } = setup(
      csv(
        'First Name,Last Name,Company,Email,Lead Source,Lead Status,Rating',
        'A,One,[not provided],a@x.example,Trade Show,Open - Not Contacted,',
        'B,Two,Acme,b@x.example,Web,Working - Contacted,Hot',
        'C,Three,Acme,c@x.example,Employee Referral,Working - Contacted,Warm',
        'D,Four,Acme,d@x.example,,Closed - Not Converted,',
        'E,Five,Acme,e@x.example,Purchased List,Closed - Converted,',
      ),
    );
    await repo.importRows(parsed, mapping, { source: 'seminar', tags: [] });
    const got = Object.fromEntries(
      (await db.leads.toArray()).map((l) => [l.firstName, [l.status, l.source, l.disqualifyReason]]),
    );
    expect(got).toEqual({
      A: ['new', 'trade-show', ''],
      B: ['qualified', 'web', ''],
      C: ['working', 'referral', ''],
      D: ['disqualified', 'seminar', 'Closed - Not Converted'],
      E: ['qualified', 'import', ''],
    });
  });

  it('our HubSpot and Salesforce exports read back to the statuses they came from', async () => {
    const T = Date.UTC(2026, 0, 1);
    const statuses = ['new', 'working', 'qualified', 'disqualified'] as const;
    const leads = statuses.map((status, i) =>
      LeadSchema.parse({
        id: `l${i}`,
        fullName: `Person ${i}`,
        emails: [`p${i}@x.example`],
        status,
        disqualifyReason: status === 'disqualified' ? 'No budget' : '',
        createdAt: T,
        updatedAt: T,
      }),
    );
    for (const preset of ['hubspot', 'salesforce'] as const) {
      const { db, parsed, mapping, repo } = setup(
        csv(...csvText({ entity: 'leads', records: leads }, { preset, delimiter: ';', bom: true }).split('\r\n')),
      );
      await repo.importRows(parsed, mapping, { source: 'import', tags: [] });
      const back = new Map((await db.leads.toArray()).map((l) => [l.emails[0], l.status]));
      expect(leads.map((l) => back.get(l.emails[0]))).toEqual([...statuses]);
    }
  });

  it('scores imported leads with the rules in settings', async () => {
    const { db, parsed, mapping, repo } = setup(csv('Name,Email,Title', 'Ada,ada@acme.example,Head of Research'));
    await new SettingsRepository(db).update({ scoring: { ...DEFAULT_SETTINGS.scoring, titleKeywords: ['research'] } });
    await repo.importRows(parsed, mapping, choices);
    const [lead] = await db.leads.toArray();
    expect(lead?.score.breakdown.map((l) => l.rule)).toContain('icp-title');
    expect(lead?.score.computedAt).toBe(Date.UTC(2026, 10, 24, 9));
  });
});

describe('LeadClip JSON cells', () => {
  it('says which cell does not hold what it should', async () => {
    const { db, parsed, mapping, repo } = setup(
      csv(
        'Full Name,Emails,Provenance,BANT,Converted To',
        'A,a@x.example,"[{""pageUrl"":1,""extractors"":[],""capturedAt"":0}]",,',
        'B,b@x.example,"{""not"":""a list""}",,',
        'C,c@x.example,,"{""budget"":{""answer"":""maybe""}}",',
        'D,d@x.example,,,{broken',
        'E,e@x.example,"[{""pageUrl"":""https://e.example/"",""extractors"":[""jsonld""],""capturedAt"":5}]",,',
      ),
    );
    const preview = await repo.previewImport(parsed, mapping, { source: 'import', tags: [] });
    expect(preview.rows.map((r) => r.errors)).toEqual([
      [expect.stringMatching(/^Row 2: the Provenance cell does not hold a list of captures \(0\.pageUrl: /)],
      ['Row 3: the Provenance cell does not hold a list of captures'],
      [expect.stringMatching(/^Row 4: the BANT cell does not hold BANT answers \(budget\.answer: /)],
      ['Row 5: the Converted To cell is not valid JSON'],
      [],
    ]);
    await repo.importRows(parsed, mapping, { source: 'import', tags: [] });
    const [e] = await db.leads.toArray();
    expect(e?.provenance).toEqual([
      { pageUrl: 'https://e.example/', pageTitle: '', extractors: ['jsonld'], capturedAt: 5, confidence: {} },
    ]);
  });
});
