import type { Extractor } from '../../extractor';
import type { Mailbox } from '../../signature/mail-address';
import { siteAddress } from '../site-address';
import { addressesIn, conversationPeople, type MessageView } from './message-people';
import { messageLines } from './message-text';
import { isGmailHost } from './webmail-hosts';

const SOURCE = 'gmail';

// Gmail's markup keeps these attributes across its class-name churn: every person chip carries `email=`
// (and `name=`, `data-hovercard-id=`), every message of a conversation `data-message-id`
// (`data-legacy-message-id` when collapsed), every body the class `a3s` beside `ii gt`.
const MESSAGE = '[data-message-id], [data-legacy-message-id]';
const SENDER = ['h3 span.gD[email]', 'span.gD[email]', 'h3 [email]'];
const RECIPIENTS = 'span.g2[email], .hb [email]';
const BODY = '.a3s';
// Quoted and forwarded text is someone else's; an open reply box is the rep's own typing.
const NOT_THE_SENDERS =
  '.gmail_quote, .gmail_quote_container, .gmail_extra, blockquote, [contenteditable="true"], .adm, .h5';
// A compose window (new message, or a reply popped out) lists the rep's recipients, not the message's people.
const COMPOSE = '[role="dialog"], [contenteditable="true"], form';

function mailboxOf(element: Element | null): Mailbox | undefined {
  const email = (element?.getAttribute('email') ?? element?.getAttribute('data-hovercard-id') ?? '')
    .trim()
    .toLowerCase();
  if (!element || !email.includes('@')) return undefined;
  const name = (element.getAttribute('name') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { name: name.includes('@') ? '' : name, email };
}

/** The signed-in rep: the account button's label ("Google Account: Riley Rep (riley@…)") and the tab title ("Inbox - riley@… - Gmail"). */
export function gmailRep(document: Document): Set<string> {
  const labels = [...document.querySelectorAll('a[aria-label*="Google Account"], [aria-label^="Google Account"]')].map(
    (a) => a.getAttribute('aria-label') ?? '',
  );
  return new Set([...labels, document.title].flatMap(addressesIn));
}

/** The open conversation's messages, outermost first, each once (Gmail nests a collapsed id inside an expanded one). */
function messageRoots(document: Document): Element[] {
  const all = [...document.querySelectorAll(MESSAGE)].filter((m) => !m.closest(COMPOSE));
  return all.filter((m) => !all.some((other) => other !== m && other.contains(m)));
}

function readMessage(root: Element): MessageView {
  let sender: Mailbox | undefined;
  for (const selector of SENDER) {
    sender = mailboxOf(root.querySelector(selector));
    if (sender) break;
  }
  const recipients = [...root.querySelectorAll(RECIPIENTS)]
    .filter((el) => el.closest(MESSAGE) === root || !root.querySelector(MESSAGE))
    .map(mailboxOf)
    .filter((m): m is Mailbox => m !== undefined && m.email !== sender?.email);
  const body = root.querySelector(BODY);
  return { sender, recipients, text: body ? messageLines(body, NOT_THE_SENDERS) : '' };
}

/**
 * The open message (or conversation) in Gmail: its senders with their signatures, and the
 * other participants. Reads only the message's DOM: no Gmail API, nothing fetched. The inbox
 * list, the account menu and a compose window give nobody.
 */
export const gmailExtractor: Extractor = {
  id: SOURCE,
  extract(document, url) {
    if (!siteAddress(document, url, isGmailHost)) return [];
    const messages = messageRoots(document).map(readMessage);
    return conversationPeople(messages, gmailRep(document), SOURCE);
  },
};
