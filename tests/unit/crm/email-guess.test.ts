import { beforeEach, describe, expect, it } from 'vitest';
import { backgroundHandlers } from '../../../lib/background/handlers';
import { guessedEmailsOf, verifiedEmailsOf } from '../../../lib/crm/guessed-emails';
import { planConversion } from '../../../lib/crm/plan-conversion';
import { csvText } from '../../../lib/csv/export-csv';
import { parseCsv } from '../../../lib/csv/parse-csv';
import { toVCards } from '../../../lib/csv/vcard';
import type { LeadClipDB } from '../../../lib/db/database';
import { acceptEmailGuess, emailGuesses, emailGuessForLead } from '../../../lib/db/email-guesses';
import { LeadEditRepository } from '../../../lib/db/lead-edit-repository';
import { LeadRepository } from '../../../lib/db/lead-repository';
import { SettingsRepository } from '../../../lib/db/settings-repository';
import { createDispatcher } from '../../../lib/messaging/dispatcher';
import { backgroundProtocol } from '../../../lib/messaging/protocol';
import { AccountSchema } from '../../../lib/model/account';
import { type Lead, LeadSchema } from '../../../lib/model/lead';
import { fixedClock, freshDb } from '../helpers';

let db: LeadClipDB;
let edits: LeadEditRepository;
const clock = fixedClock();

async function addLead(id: string, fields: Partial<Lead>): Promise<void> {
  await db.leads.put(LeadSchema.parse({ id, createdAt: clock.now(), updatedAt: clock.now(), ...fields }));
}

beforeEach(async () => {
  db = freshDb();
  edits = new LeadEditRepository(db, clock);
  await addLead('jane', {
    fullName: 'Jane Doe',
    company: 'Acme Robotics Inc.',
    emails: ['jane.doe@acme-robotics.example'],
  });
  await addLead('ken', { fullName: 'Ken Adams', company: 'Acme Robotics', title: 'Head of Sales' });
});

describe('email guesses from the rep’s own leads', () => {
  it('suggests an address to a lead at the same company, with the evidence', async () => {
    const guess = await emailGuessForLead(db, 'ken');
    expect(guess?.email).toBe('ken.adams@acme-robotics.example');
    expect(guess?.basis).toBe('likely — based on 1 of 1 person at acme-robotics.example');
    // A guess is not an email: the lead still has none.
    expect((await db.leads.get('ken'))?.emails).toEqual([]);
  });

  it('suggests for people the popup found, who are not saved yet', async () => {
    const [withName, withEmail, unknownCompany] = await emailGuesses(db, [
      { fullName: 'Ana Costa', company: 'ACME Robotics, Inc.' },
      { fullName: 'Li Wei', company: 'Acme Robotics', emails: ['li@acme-robotics.example'] },
      { fullName: 'Sam Ortiz', company: 'Globex' },
    ]);
    expect(withName?.email).toBe('ana.costa@acme-robotics.example');
    expect(withEmail).toBeUndefined();
    expect(unknownCompany).toBeUndefined();
  });

  it('accepting keeps the address, records it as inferred, and it never counts as verified', async () => {
    await acceptEmailGuess(db, edits, 'ken', 'ken.adams@acme-robotics.example');
    const ken = LeadSchema.parse(await db.leads.get('ken'));
    expect(ken.emails).toEqual(['ken.adams@acme-robotics.example']);
    expect(ken.provenance.at(-1)).toMatchObject({
      extractors: ['email-pattern'],
      inferredEmail: {
        email: 'ken.adams@acme-robotics.example',
        basis: 'likely — based on 1 of 1 person at acme-robotics.example',
      },
    });
    expect(guessedEmailsOf(ken)).toEqual(['ken.adams@acme-robotics.example']);
    expect(verifiedEmailsOf(ken)).toEqual([]);
    // Nothing left to suggest, and the accepted guess does not vouch for itself in later guesses.
    expect(await emailGuessForLead(db, 'ken')).toBeUndefined();
    await addLead('ana', { fullName: 'Ana Costa', company: 'Acme Robotics' });
    expect((await emailGuessForLead(db, 'ana'))?.basis).toBe(
      'likely — based on 1 of 1 person at acme-robotics.example',
    );
  });

  it('refuses an address that is not the current guess, and writes nothing', async () => {
    await expect(acceptEmailGuess(db, edits, 'ken', 'kadams@acme-robotics.example')).rejects.toThrow(/out of date/);
    expect((await db.leads.get('ken'))?.emails).toEqual([]);
  });
});

describe('the popup’s capture preview', () => {
  it('offers a guess for a person found without an address, and none for one with an address', async () => {
    const dispatch = createDispatcher(
      backgroundProtocol,
      backgroundHandlers({
        leads: new LeadRepository(db, clock),
        settings: new SettingsRepository(db),
        setBadgeCount: async () => undefined,
        setBadgeSaved: async () => undefined,
        openSidePanelAt: async () => undefined,
        guessEmails: (people) => emailGuesses(db, people),
      }),
    );
    const found = (name: string, emails: string[]) => ({
      fullName: { value: name, confidence: 0.9, source: 'team-page' },
      company: { value: 'Acme Robotics', confidence: 0.8, source: 'team-page' },
      emails: emails.map((value) => ({ value, confidence: 0.9, source: 'team-page' })),
      sources: ['team-page'],
    });
    const reply = await dispatch(
      {
        type: 'capture.preview',
        payload: {
          scan: {
            pageUrl: 'https://acme-robotics.example/team',
            pageTitle: 'Team',
            candidates: [found('Priya Raman', []), found('Li Wei', ['li@acme-robotics.example'])],
          },
          choices: { source: 'web', tags: [] },
        },
      },
      {},
    );
    expect(reply).toMatchObject({
      ok: true,
      data: [
        {
          outcome: 'new',
          emailGuess: {
            email: 'priya.raman@acme-robotics.example',
            basis: 'likely — based on 1 of 1 person at acme-robotics.example',
          },
        },
        { outcome: 'new' },
      ],
    });
    const rows = backgroundProtocol['capture.preview'].response.parse(reply.ok ? reply.data : []);
    expect(rows[1]).not.toHaveProperty('emailGuess');
  });
});

describe('exporting a lead with an accepted guess', () => {
  it('puts the guess in its own LeadClip column and never in a CRM’s Email column', async () => {
    await addLead('sam', { fullName: 'Sam Ortiz', company: 'Acme Robotics', phones: ['+1 415 555 0100'] });
    await acceptEmailGuess(db, edits, 'sam', 'sam.ortiz@acme-robotics.example');
    const sam = LeadSchema.parse(await db.leads.get('sam'));
    const cell = (preset: 'leadclip' | 'hubspot' | 'salesforce' | 'plain', header: string) => {
      const parsed = parseCsv(csvText({ entity: 'leads', records: [sam] }, { preset, delimiter: ',', bom: false }));
      const at = parsed.headers.indexOf(header);
      return parsed.rows[0]?.cells[at];
    };
    expect(cell('leadclip', 'Emails')).toBe('');
    expect(cell('leadclip', 'Email (guessed)')).toBe('sam.ortiz@acme-robotics.example');
    expect(cell('hubspot', 'Email')).toBe('');
    expect(cell('salesforce', 'Email')).toBe('');
    expect(cell('plain', 'Email')).toBe('');
  });

  it('an accepted guess stays a guess however many captures of the person follow', async () => {
    await acceptEmailGuess(db, edits, 'ken', 'ken.adams@acme-robotics.example');
    const leads = new LeadRepository(db, clock);
    // More captures than a lead keeps: the oldest are dropped, never the one that says "guessed".
    for (let i = 0; i < 105; i++) {
      const candidate = {
        fullName: { value: 'Ken Adams', confidence: 0.9, source: 'jsonld' },
        emails: [{ value: 'ken.adams@acme-robotics.example', confidence: 0.9, source: 'jsonld' }],
        phones: [],
        urls: [],
        sources: ['jsonld'],
      };
      await leads.capture(
        { pageUrl: `https://acme-robotics.example/news/${i}`, pageTitle: 'News', candidates: [candidate] },
        [0],
        { source: 'web', tags: [] },
      );
    }
    const ken = LeadSchema.parse(await db.leads.get('ken'));
    expect(ken.provenance).toHaveLength(100);
    expect(guessedEmailsOf(ken)).toEqual(['ken.adams@acme-robotics.example']);
    expect(verifiedEmailsOf(ken)).toEqual([]);
  });

  it('a vCard carries no guessed address, of a lead or of the contact it became', async () => {
    await addLead('sam', { fullName: 'Sam Ortiz', company: 'Acme Robotics', phones: ['+14155550100'] });
    await acceptEmailGuess(db, edits, 'sam', 'sam.ortiz@acme-robotics.example');
    const sam = LeadSchema.parse(await db.leads.get('sam'));
    const plan = planConversion({
      lead: sam,
      accounts: [],
      contacts: [],
      activities: [],
      now: clock.now(),
      newId: () => 'c1',
    });
    const cards = toVCards([sam, plan.contact.contact]);
    expect(cards).toContain('FN:Sam Ortiz');
    expect(cards).not.toContain('EMAIL');
    // The control: a known address is written.
    expect(toVCards([LeadSchema.parse(await db.leads.get('jane'))])).toContain('EMAIL:jane.doe@acme-robotics.example');
  });

  it('the contact a converted lead becomes keeps its accepted guess as a guess: exported apart, never learned from', async () => {
    await addLead('sam', { fullName: 'Sam Ortiz', company: 'Acme Robotics' });
    await acceptEmailGuess(db, edits, 'sam', 'sam.ortiz@acme-robotics.example');
    const sam = LeadSchema.parse(await db.leads.get('sam'));
    const plan = planConversion({
      lead: sam,
      accounts: [],
      contacts: [],
      activities: [],
      now: clock.now(),
      newId: () => 'c1',
    });
    const contact = plan.contact.contact;
    expect(contact.emails).toEqual(['sam.ortiz@acme-robotics.example']);
    expect(contact.guessedEmails).toEqual(['sam.ortiz@acme-robotics.example']);
    await db.contacts.put(contact);
    await db.leads.put(plan.lead);
    const account = AccountSchema.parse(plan.account.account);
    const cell = (preset: 'leadclip' | 'hubspot' | 'plain', header: string) => {
      const parsed = parseCsv(
        csvText(
          { entity: 'contacts', records: [contact], accounts: [account] },
          { preset, delimiter: ',', bom: false },
        ),
      );
      return parsed.rows[0]?.cells[parsed.headers.indexOf(header)];
    };
    expect(cell('leadclip', 'Emails')).toBe('');
    expect(cell('leadclip', 'Email (guessed)')).toBe('sam.ortiz@acme-robotics.example');
    expect(cell('hubspot', 'Email')).toBe('');
    expect(cell('plain', 'Email')).toBe('');
    // Only Jane's address was ever read: the pattern still rests on her alone.
    await addLead('ana', { fullName: 'Ana Costa', company: 'Acme Robotics' });
    expect((await emailGuessForLead(db, 'ana'))?.basis).toBe(
      'likely — based on 1 of 1 person at acme-robotics.example',
    );
  });

  it('converting into a contact that already knew the address keeps it known', () => {
    const lead = LeadSchema.parse({
      id: 'l9',
      fullName: 'Sam Ortiz',
      company: 'Acme Robotics',
      emails: ['sam.ortiz@acme-robotics.example'],
      provenance: [
        {
          pageUrl: '',
          extractors: ['email-pattern'],
          capturedAt: clock.now(),
          inferredEmail: { email: 'sam.ortiz@acme-robotics.example', basis: 'likely' },
        },
      ],
      emailKeys: ['sam.ortiz@acme-robotics.example'],
      createdAt: clock.now(),
      updatedAt: clock.now(),
    });
    const known = planConversion({
      lead,
      accounts: [],
      contacts: [],
      activities: [],
      now: clock.now(),
      newId: () => 'c2',
    });
    const existing = { ...known.contact.contact, guessedEmails: [] };
    const again = planConversion({
      lead,
      accounts: [known.account.account],
      contacts: [existing],
      activities: [],
      now: clock.now(),
      newId: () => 'x',
    });
    expect(again.contact.action).toBe('reuse');
    expect(again.contact.contact.guessedEmails).toEqual([]);
  });
});
