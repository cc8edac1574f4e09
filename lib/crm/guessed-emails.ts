import type { Contact } from '../model/contact';
import type { Lead } from '../model/lead';
import { normalizeEmail } from '../person/lead-identity';

/** `emails` that are (or, with `guessed` false, are not) among the accepted guesses. */
function split(emails: readonly string[], guesses: readonly string[], guessed: boolean): string[] {
  const set = new Set(guesses.map(normalizeEmail));
  return emails.filter((e) => set.has(normalizeEmail(e)) === guessed);
}

const leadGuesses = (lead: Pick<Lead, 'provenance'>): string[] =>
  lead.provenance.flatMap((p) => (p.inferredEmail ? [p.inferredEmail.email] : []));

/** Addresses of the lead that the rep accepted as a guess (provenance says so): never exported as verified. */
export function guessedEmailsOf(lead: Pick<Lead, 'emails' | 'provenance'>): string[] {
  return split(lead.emails, leadGuesses(lead), true);
}

/** Addresses of the lead that were read somewhere or typed by the rep: the ones a CRM may treat as known. */
export function verifiedEmailsOf(lead: Pick<Lead, 'emails' | 'provenance'>): string[] {
  return split(lead.emails, leadGuesses(lead), false);
}

/** A contact's addresses that came from a lead's accepted guess. */
export function contactGuessedEmailsOf(contact: Pick<Contact, 'emails' | 'guessedEmails'>): string[] {
  return split(contact.emails, contact.guessedEmails, true);
}

/** A contact's addresses that were read or typed somewhere: the ones a CRM may treat as known. */
export function contactVerifiedEmailsOf(contact: Pick<Contact, 'emails' | 'guessedEmails'>): string[] {
  return split(contact.emails, contact.guessedEmails, false);
}
