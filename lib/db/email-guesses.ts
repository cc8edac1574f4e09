import { type EmailGuessView, emailGuessFor, type GuessablePerson, type HeldPerson } from '../crm/email-guess-for';
import { contactVerifiedEmailsOf, verifiedEmailsOf } from '../crm/guessed-emails';
import { ContactSchema } from '../model/contact';
import { LeadSchema } from '../model/lead';
import { normalizeEmail } from '../person/lead-identity';
import type { LeadClipDB } from './database';
import type { LeadEditRepository } from './lead-edit-repository';
import { parseRows } from './parse-rows';

/**
 * The people the rep holds with an address that was read or typed (accepted guesses left out, or
 * a guess would vouch for itself): leads and contacts, the material of the email patterns.
 */
export async function heldPeople(db: LeadClipDB): Promise<HeldPerson[]> {
  const [leads, contacts] = await Promise.all([db.leads.toArray(), db.contacts.toArray()]);
  return [
    ...parseRows(LeadSchema, leads).map((l) => ({
      fullName: l.fullName,
      firstName: l.firstName,
      lastName: l.lastName,
      company: l.company,
      companyDomain: l.companyDomain,
      emails: verifiedEmailsOf(l),
    })),
    ...parseRows(ContactSchema, contacts).map((c) => ({
      fullName: c.fullName,
      firstName: c.firstName,
      lastName: c.lastName,
      emails: contactVerifiedEmailsOf(c),
    })),
  ];
}

/** The likely address of each person (undefined where there is none to suggest), from one read of the store. */
export async function emailGuesses(
  db: LeadClipDB,
  people: readonly GuessablePerson[],
): Promise<(EmailGuessView | undefined)[]> {
  // Reading every lead costs time the popup waits for: only when someone could get a guess.
  const wants = (p: GuessablePerson) =>
    (p.emails ?? []).length === 0 &&
    Boolean(p.fullName || p.lastName) &&
    Boolean(p.company || p.companyDomain || p.urls?.length);
  if (!people.some(wants)) return people.map(() => undefined);
  const held = await heldPeople(db);
  return people.map((p) => (wants(p) ? emailGuessFor(p, held) : undefined));
}

/** The suggested address of a saved lead, or undefined. */
export async function emailGuessForLead(db: LeadClipDB, leadId: string): Promise<EmailGuessView | undefined> {
  const row = await db.leads.get(leadId);
  const lead = row && LeadSchema.safeParse(row);
  if (!lead?.success || verifiedEmailsOf(lead.data).length > 0) return undefined;
  const [guess] = await emailGuesses(db, [{ ...lead.data, emails: verifiedEmailsOf(lead.data) }]);
  // An accepted guess is on the lead already: nothing more to suggest.
  return guess && !lead.data.emails.some((e) => normalizeEmail(e) === guess.email) ? guess : undefined;
}

/** Accept the guess the rep was shown: refused when the evidence has changed since (another lead saved or edited). */
export async function acceptEmailGuess(
  db: LeadClipDB,
  edits: Pick<LeadEditRepository, 'acceptGuessedEmail'>,
  leadId: string,
  email: string,
): Promise<void> {
  const guess = await emailGuessForLead(db, leadId);
  if (!guess || guess.email !== normalizeEmail(email)) {
    throw new Error('This guess is out of date: the lead or the people it was learned from changed.');
  }
  await edits.acceptGuessedEmail(leadId, guess.email, guess.basis);
}
