import type { Contact } from '../model/contact';
import type { Lead } from '../model/lead';
import { normalizeEmail } from '../person/lead-identity';

/** Addresses of the lead that the rep accepted as a guess (provenance says so): never exported as verified. */
export function guessedEmailsOf(lead: Pick<Lead, 'emails' | 'provenance'>): string[] {
  const guessed = new Set(
    lead.provenance.flatMap((p) => (p.inferredEmail ? [normalizeEmail(p.inferredEmail.email)] : [])),
  );
  return lead.emails.filter((e) => guessed.has(normalizeEmail(e)));
}

/** Addresses of the lead that were read somewhere or typed by the rep: the ones a CRM may treat as known. */
export function verifiedEmailsOf(lead: Pick<Lead, 'emails' | 'provenance'>): string[] {
  const guessed = new Set(guessedEmailsOf(lead).map(normalizeEmail));
  return lead.emails.filter((e) => !guessed.has(normalizeEmail(e)));
}

/** A contact's addresses that came from a lead's accepted guess. */
export function contactGuessedEmailsOf(contact: Pick<Contact, 'emails' | 'guessedEmails'>): string[] {
  const guessed = new Set(contact.guessedEmails.map(normalizeEmail));
  return contact.emails.filter((e) => guessed.has(normalizeEmail(e)));
}

/** A contact's addresses that were read or typed somewhere: the ones a CRM may treat as known. */
export function contactVerifiedEmailsOf(contact: Pick<Contact, 'emails' | 'guessedEmails'>): string[] {
  const guessed = new Set(contact.guessedEmails.map(normalizeEmail));
  return contact.emails.filter((e) => !guessed.has(normalizeEmail(e)));
}
