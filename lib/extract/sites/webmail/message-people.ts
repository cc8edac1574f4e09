import type { CandidateInput } from '../../../model/candidate';
import { foldText as fold } from '../../../person/lead-identity';
import { type Mailbox, parseMailboxes } from '../../signature/mail-address';
import { readSignature } from '../../signature/read-signature';
import { signatureCandidate } from '../../signature/signature-candidate';

/** One message of the open conversation as a webmail adapter reads it from the DOM. */
export interface MessageView {
  sender: Mailbox | undefined;
  /** To and Cc, as the header shows them. */
  recipients: Mailbox[];
  /** The message's own text (quoted parts left out), for its signature. */
  text: string;
}

/** Addresses in a piece of page text ("Google Account: Riley Rep (riley@northwind.example)"). */
export function addressesIn(text: string): string[] {
  return parseMailboxes(text.replace(/[()]/g, ' , ')).map((m) => m.email);
}

// Gmail calls the signed-in rep "me" in headers; Outlook says "You".
const SELF_NAMES = new Set(['me', 'you', 'moi', 'ich', 'yo']);

/** Does the signature's name belong to the header's sender ("Bob" signs for "Bob Smith <bob@…>")? */
function sameSigner(signatureName: string, sender: Mailbox): boolean {
  const sig = fold(signatureName).split(' ').filter(Boolean);
  if (sig.length === 0) return true;
  const header = new Set([...fold(sender.name).split(' '), ...fold(sender.email.split('@')[0] ?? '').split(' ')]);
  const local = fold((sender.email.split('@')[0] ?? '').replace(/[._-]+/g, ' '));
  return sig.some((w) => header.has(w) || local.split(' ').includes(w)) || !sender.name;
}

/**
 * The people of an open conversation: each message's sender with what their signature says,
 * then the other participants (to, cc), once each. The signed-in rep is never one of them.
 */
export function conversationPeople(
  messages: readonly MessageView[],
  rep: ReadonlySet<string>,
  source: string,
): CandidateInput[] {
  // A mailbox the client labels "me" is the rep's own, whatever address the page gave it.
  const self = new Set(rep);
  for (const m of messages.flatMap((x) => [x.sender, ...x.recipients]))
    if (m && SELF_NAMES.has(fold(m.name))) self.add(m.email);
  const isRep = (m: Mailbox) => self.has(m.email) || SELF_NAMES.has(fold(m.name));
  const byEmail = new Map<string, CandidateInput>();
  const people: CandidateInput[] = [];
  const add = (candidate: CandidateInput, email: string) => {
    if (email && byEmail.has(email)) return;
    if (email) byEmail.set(email, candidate);
    people.push(candidate);
  };
  for (const message of messages) {
    const sender = message.sender;
    if (!sender || isRep(sender)) continue;
    const known = byEmail.get(sender.email);
    const signature = readSignature(message.text, sender);
    const fromSignature =
      signature && sameSigner(signature.name, sender) ? signatureCandidate(signature, source) : undefined;
    // The header names the sender surely; the signature adds the rest (and a fuller name when it agrees).
    const candidate: CandidateInput = known ?? { emails: [], phones: [], urls: [], sources: [source] };
    if (!candidate.fullName && (sender.name || fromSignature?.fullName)) {
      candidate.fullName =
        sender.name && !sender.name.includes('@')
          ? { value: sender.name, confidence: 0.9, source }
          : fromSignature?.fullName;
    }
    for (const key of ['title', 'company', 'location'] as const) {
      const value = fromSignature?.[key];
      if (value && !candidate[key]) candidate[key] = value;
    }
    const emails = candidate.emails ?? [];
    if (sender.email && !emails.some((e) => e.value === sender.email))
      emails.unshift({ value: sender.email, confidence: 0.95, source });
    for (const e of fromSignature?.emails ?? [])
      if (!emails.some((x) => x.value === e.value) && !self.has(e.value)) emails.push(e);
    candidate.emails = emails;
    candidate.phones = [...(candidate.phones ?? []), ...(fromSignature?.phones ?? [])].filter(
      (p, i, all) => all.findIndex((q) => q.value === p.value) === i,
    );
    candidate.urls = [...(candidate.urls ?? []), ...(fromSignature?.urls ?? [])].filter(
      (u, i, all) => all.findIndex((q) => q.value === u.value) === i,
    );
    if (!known) add(candidate, sender.email);
  }
  for (const message of messages) {
    for (const recipient of message.recipients) {
      if (isRep(recipient) || !recipient.email || byEmail.has(recipient.email)) continue;
      add(
        {
          ...(recipient.name ? { fullName: { value: recipient.name, confidence: 0.8, source } } : {}),
          emails: [{ value: recipient.email, confidence: 0.9, source }],
          phones: [],
          urls: [],
          sources: [source],
        },
        recipient.email,
      );
    }
  }
  return people;
}
