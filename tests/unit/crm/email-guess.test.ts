import { beforeEach, describe, expect, it } from 'vitest';
import { backgroundHandlers } from '../../../lib/background/handlers';
import { guessedEmailsOf, verifiedEmailsOf } from '../../../lib/crm/guessed-emails';
import { csvText } from '../../../lib/csv/export-csv';
import { parseCsv } from '../../../lib/csv/parse-csv';
import type { LeadClipDB } from '../../../lib/db/database';
import { acceptEmailGuess, emailGuesses, emailGuessForLead } from '../../../lib/db/email-guesses';
import { LeadEditRepository } from '../../../lib/db/lead-edit-repository';
import { LeadRepository } from '../../../lib/db/lead-repository';
import { SettingsRepository } from '../../../lib/db/settings-repository';
import { createDispatcher } from '../../../lib/messaging/dispatcher';
import { backgroundProtocol } from '../../../lib/messaging/protocol';
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
});
