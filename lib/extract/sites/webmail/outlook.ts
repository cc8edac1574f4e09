import type { Extractor } from '../../extractor';
import { type Mailbox, parseMailboxes } from '../../signature/mail-address';
import { siteAddress } from '../site-address';
import { addressesIn, conversationPeople, type MessageView } from './message-people';
import { messageLines } from './message-text';
import { isOutlookHost } from './webmail-hosts';

const SOURCE = 'outlook';

// Outlook on the web's generated class names change with every release; these do not: the reading
// pane's `data-app-section`, each message's header lines `id="MSG_…_FROM"` / `_TO` / `_CC`, and its
// body `id="UniqueMessageBody_…"` with role=document and aria-label "Message body".
const PANE = '[data-app-section="MailReadCompose"], [data-app-section="ReadingPane"], [role="main"]';
const BODY = '[id^="UniqueMessageBody"], [role="document"][aria-label="Message body"]';
const FROM = '[id^="MSG_"][id$="_FROM"]';
const TO_CC = '[id^="MSG_"][id$="_TO"], [id^="MSG_"][id$="_CC"]';
// Outlook marks where the quoted history starts (`appendonsend`, then the "From: … Sent: …" block
// `divRplyFwdMsg`); in a received message its ids carry the "x_" prefix of the sanitised body.
const QUOTE_STARTS = '[id$="appendonsend"], [id$="divRplyFwdMsg"], [id*="reference-message-container"]';
const NOT_THE_SENDERS = 'blockquote, [contenteditable="true"]';
// A message being written lists the rep's recipients, not the message's people.
const DRAFT = '[contenteditable="true"]';

/** The signed-in rep, from the account manager ("me control") Microsoft shows on every page. */
export function outlookRep(document: Document): Set<string> {
  const texts = [
    document.querySelector('#mectrl_currentAccount_secondary')?.textContent ?? '',
    ...[...document.querySelectorAll('[id^="mectrl_"][aria-label], #O365_MainLink_Me[aria-label]')].map(
      (e) => e.getAttribute('aria-label') ?? '',
    ),
  ];
  return new Set(texts.flatMap(addressesIn));
}

/** Header people: "Jane Doe <jane@acme.com>" as text, or a name whose address is in its `title` or aria-label. */
function headerMailboxes(line: Element): Mailbox[] {
  const chips = [...line.querySelectorAll('[title*="@"], [aria-label*="@"]')];
  const fromChips = chips.flatMap((chip) => {
    const email = addressesIn(`${chip.getAttribute('title') ?? ''} ${chip.getAttribute('aria-label') ?? ''}`)[0];
    const name = (chip.textContent ?? '').replace(/<[^>]*>|\s+/g, ' ').trim();
    return email ? [{ name: name.includes('@') ? '' : name, email }] : [];
  });
  if (fromChips.length) return fromChips;
  const text = (line.textContent ?? '').replace(/^\s*(?:from|to|cc|de|à|von|an)\s*:\s*/i, '');
  return parseMailboxes(text.replace(/;/g, ','));
}

/** The message a header line belongs to: the nearest ancestor holding both it and one body. */
function messageOf(from: Element, pane: Element): Element {
  let node: Element = from;
  while (node.parentElement && node !== pane && !node.querySelector(BODY)) node = node.parentElement;
  return node;
}

function readMessage(from: Element, pane: Element): MessageView | undefined {
  const root = messageOf(from, pane);
  if (root.querySelector(DRAFT) || root.closest(DRAFT)) return undefined;
  const sender = headerMailboxes(from)[0];
  const recipients = [...root.querySelectorAll(TO_CC)].flatMap(headerMailboxes);
  const body = root.querySelector(BODY);
  return { sender, recipients, text: body ? messageLines(body, NOT_THE_SENDERS, QUOTE_STARTS) : '' };
}

/**
 * The open message (or conversation) in Outlook on the web: senders with their signatures and
 * the other participants, the signed-in rep left out. Only the reading pane's DOM is read: no
 * Graph API, nothing fetched. The message list and a new-message window give nobody.
 */
export const outlookExtractor: Extractor = {
  id: SOURCE,
  extract(document, url) {
    if (!siteAddress(document, url, isOutlookHost)) return [];
    const pane = document.querySelector(PANE);
    if (!pane) return [];
    const messages = [...pane.querySelectorAll(FROM)]
      .map((from) => readMessage(from, pane))
      .filter((m): m is MessageView => m !== undefined);
    return conversationPeople(messages, outlookRep(document), SOURCE);
  },
};
