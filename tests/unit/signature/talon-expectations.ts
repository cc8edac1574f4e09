import type { SignatureLabel } from './field-accuracy';

/**
 * Our labels for the signatures vendored from mailgun/talon (tests/fixtures/third-party/talon,
 * see its SOURCE). Written by reading each message: who signed, and what their signature states.
 * `sender` is the header the message came with, when talon's fixture has one.
 */
export interface TalonCase {
  file: string;
  sender?: { name?: string; email?: string };
  /** undefined: the message carries no signature (a device footer, quoted text only). */
  expected: SignatureLabel | undefined;
  /**
   * Set only when the reader is known to get this message wrong and cannot reasonably be fixed:
   * why. The per-file check then reports the miss instead of failing; the accuracy still counts it.
   */
  expectedMiss?: string;
}

export const TALON_CASES: readonly TalonCase[] = [
  {
    file: '102682_R_S',
    sender: { name: 'John Doe', email: 'doe@example.com' },
    expected: { name: 'John Doe', email: 'doe@example.com' },
  },
  {
    file: 'johndoeexamplecom_body',
    expected: { name: 'John E. Doe', title: 'President', company: 'Xxx Research', email: 'john@example.com' },
  },
  {
    file: 'sparse_signature',
    expected: {
      name: 'John Doe',
      title: "Internet xxx / xxxxx d'internet",
      company: 'Xxxxxxx du Québec',
      phone: '555-931-0702',
    },
  },
  { file: 'iphone.eml', sender: { name: 'xxx', email: 'xxx@gmail.com' }, expected: undefined },
  { file: 'capitalized.txt', expected: { name: 'John Smith', company: 'Doe Inc', phone: '555-531-7967' } },
  { file: 'thanks-in-advance.txt', sender: { email: 'bob@foo.bar' }, expected: { name: 'Bob' } },
  { file: 'basic.txt', sender: { name: 'Sergey' }, expected: { name: 'Sergey Obukhov' } },
  { file: 'blank-lines.txt', expected: { name: 'Lev' } },
  { file: 'dashes-bob-smith.txt', expected: { name: 'Bob Smith' } },
  { file: 'regards-roman.txt', expected: { name: 'Roman' } },
  {
    file: 'phone-email.txt',
    sender: { name: 'Alice', email: 'alice@example.com' },
    expected: { name: 'Bob Smith', phone: '1-561-555-1212', email: 'bob@example.com' },
  },
  {
    file: 'actor.txt',
    sender: { name: 'Bob Smith', email: 'bob@example.com' },
    expected: { name: 'Bob Smith', title: 'actor' },
  },
  // Added in a second pass: talon's other message bodies (see SOURCE), labelled by reading each message.
  { file: 'dashes-roman.txt', expected: { name: 'Roman' } },
  { file: 'dash-roman-lowercase.txt', expected: { name: 'roman' } },
  { file: 'best-regards-roman.txt', expected: { name: 'Roman' } },
  { file: 'iphone-sent-from.txt', expected: undefined },
  { file: 'mailbox-for-iphone.txt', expected: undefined },
  { file: 'thanks-for-attention.txt', expected: { name: 'Roman' } },
  { file: 'arrow-list.txt', expected: { name: 'Roman' } },
  { file: 'dashes-blank-john-doe.txt', expected: { name: 'John Doe' } },
  { file: 'blackberry-bell.txt', expected: undefined },
  { file: 'blackberry-telcel.txt', expected: undefined },
  { file: 'regards-first-line.txt', expected: { name: 'John Doe' } },
  { file: 'text-line-in-signature.txt', sender: { email: 'bob@foo.bar' }, expected: { name: 'Bob' } },
  { file: 'long-line-in-signature.txt', sender: { email: 'bob@foo.bar' }, expected: { name: 'Bob' } },
  // "Thanks David," thanks the reader; the message is not signed.
  { file: 'thanks-david.txt', sender: { email: 'david@example.com' }, expected: undefined },
  // "Bob," opens a paragraph of text; nothing signs the message.
  { file: 'over-2-text-lines.txt', sender: { name: 'Bob' }, expected: undefined },
  { file: 'cyrillic-name.txt', sender: { name: 'Сергей' }, expected: { name: 'Сергей' } },
  {
    file: 'dashes-url.txt',
    sender: { name: 'Bob Smith', email: 'bob@example.com' },
    expected: { name: 'Bob Smith' },
  },
  {
    file: 'dashes-actor.txt',
    sender: { name: 'Bob Smith', email: 'bob@example.com' },
    expected: { name: 'Bob Smith', title: 'actor' },
  },
  {
    file: 'name-url.txt',
    sender: { name: 'Bob Smith', email: 'bob@example.com' },
    expected: { name: 'Bob Smith' },
  },
  {
    file: 'dashes-phone.txt',
    sender: { name: 'Alice', email: 'alice@example.com' },
    expected: { name: 'Bob Smith', phone: '1-561-555-1212' },
  },
  {
    file: 'dashes-email.txt',
    sender: { name: 'Alice', email: 'alice@example.com' },
    expected: { name: 'Bob Smith', email: 'bob@example.com' },
  },
  {
    // The writer names himself in the first line ("This is John Doe"); the signature below gives the rest.
    file: 'vp-research.txt',
    sender: { name: 'John', email: 'john@example.com' },
    expected: {
      name: 'John Doe',
      title: 'VP Research and Development',
      company: 'Xxxx Xxxx Xxxxx',
      phone: '555-226-2345',
      email: 'john@example.com',
    },
  },
  { file: 'via-mobile.txt', sender: { email: 'john.doe@example.com' }, expected: { name: 'John Doe' } },
  {
    // FCLS is a credential, not a job. The clinic's number in the body (555-421-6780) is not his.
    file: 'appointment.txt',
    expected: { name: 'John Doe', company: 'Mailgun Inc', phone: '555-941-0697' },
  },
  { file: 'reply-wraps-quotation.txt', expected: { name: 'Roman' } },
  { file: 'reply-wraps-nested-quotation.txt', expected: { name: 'Roman' } },
  // Only the quoted messages are signed (Christine, Mark); the reply on top is not.
  { file: 'quoted-christine-mark.txt', expected: undefined },
  { file: 'quoted-roman.txt', expected: undefined },
  { file: 'robert-iphone.txt', expected: { name: 'Robert J Samson' } },
  { file: 'forwarded.txt', expected: undefined },
  // "Thanks Thanmai" thanks the reader; nothing signs the reply.
  { file: 'thanks-thanmai.txt', expected: undefined },
  // Signed "-- / xxx": talon anonymised the name, and "xxx" is what the signature states.
  { file: 'sparrow.eml', sender: { name: 'xxx', email: 'xxx@gmail.com' }, expected: { name: 'xxx' } },
  { file: 'apple_mail_2.eml', sender: { name: 'Adam Renberg', email: 'adam@tictail.com' }, expected: undefined },
  { file: 'thunderbird.eml', sender: { name: 'bob', email: 'bob@xxx.mailgun.org' }, expected: undefined },
  { file: 'android.eml', sender: { name: 'Sergey Obykhov', email: 'bob@example.com' }, expected: undefined },
  {
    // The plain-text part is signed "Joe XXX" (talon anonymised the surname) above the quoted inquiry.
    file: 'reply-quotations-share-block.eml',
    sender: { name: 'Joe Doe', email: 'xxx@example.com' },
    expected: { name: 'Joe XXX' },
  },
  { file: 'ms_outlook_2007.html', expected: { name: 'Alex' } },
  { file: 'ms_outlook_2010.html', expected: { name: 'Alex' } },
  // Jack's reply is not signed; the signature under it ("Sandor Keresztes / Customer Success Manager |
  // Kayako") is in the quoted message and belongs to the person he answers.
  { file: 'missing_text.html', expected: undefined },
];
