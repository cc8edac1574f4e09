import type { SignatureLabel } from './field-accuracy';

/**
 * Our labels for the messages vendored from crisp-oss/email-reply-parser
 * (tests/fixtures/third-party/email-reply-parser, see its SOURCE). Written by reading each message,
 * before running the reader on them: who signed, and what their signature states. The fixtures are
 * message bodies without headers, so no case has a sender.
 */
export interface ReplyParserCase {
  file: string;
  sender?: { name?: string; email?: string };
  /** undefined: the message carries no signature (a device footer, quoted text only, an unsigned reply). */
  expected: SignatureLabel | undefined;
  /**
   * Set only when the reader is known to get this message wrong and cannot reasonably be fixed:
   * why. The per-file check then reports the miss instead of failing; the accuracy still counts it.
   */
  expectedMiss?: string;
}

export const REPLY_PARSER_CASES: readonly ReplyParserCase[] = [
  // Signed replies. The riak-users footer under "-Abhishek Kona" is the mailing list's, not his.
  { file: 'email_1.txt', expected: { name: 'Abhishek Kona' } },
  { file: 'email_3.txt', expected: { name: 'Abhishek Kona' } },
  { file: 'email_with_quotes.txt', expected: { name: 'Baptiste' } },
  { file: 'email_tricky_2_url_with_wrote.txt', expected: { name: 'John' } },
  // Signed "Stranger" above the quote, and again "-- / My name is Stranger" at the very end.
  { file: 'email_reply_header.txt', expected: { name: 'Stranger' } },
  // "@pandaland" is a handle, not a phone or address.
  { file: 'email_emoji.txt', expected: { name: 'John Doe', title: 'CEO', company: 'Pandaland' } },
  { file: 'email_with_regards.txt', expected: { name: 'John Doe', title: 'CEO', company: 'Acme' } },
  // "Best regards, / John" then a "--" block with the full name; "Sent from my iPhone" is the device's.
  {
    file: 'email_tricky_11_double_signature.txt',
    expected: { name: 'John Doe', title: 'Senior Developer', company: 'Example Corp' },
  },
  {
    file: 'email_tricky_16_unicode_signatures.txt',
    expected: { name: 'Sarah Johnson', title: 'Product Manager', phone: '+1 555-0123', email: 'sarah@example.com' },
  },
  {
    // A real reference reply. "Seasonal Nursery Practitioner" above is the job of the person referenced;
    // the disclaimer's (01908) 211699 and info@ address are the company's, not Lisa's.
    file: 'zendesk_225703.txt',
    expected: {
      name: 'Lisa Ludovico',
      title: 'HR Administrator',
      company: 'Childbase Partnership',
      phone: '07759129909',
    },
  },
  {
    // "The People Hub" names the team she answers for, not her job: no title is stated. The shared
    // references address is the one her signature gives.
    file: 'zendesk_225766.txt',
    expected: {
      name: 'Amy Bancroft',
      company: 'Marks and Spencer',
      phone: '0345 304 7474',
      email: 'ColleagueServices.References@marks-and-spencer.com',
    },
  },
  // Unsigned. Russell Brown's bottom-posted reply ends "would do it."; "-Abhishek Kona" is quoted.
  { file: 'email_2.txt', expected: undefined },
  // "Kind Regards" over an image: the signature is a picture (Outlook-ovx0xz34.jpg), its text not in the message.
  { file: 'zendesk_225721.txt', expected: undefined },
  // A registrar's notice signed by its service ("Super Domain Name Manager"), not by a person.
  { file: 'email_not_a_signature.txt', expected: undefined },
  { file: 'email_not_a_signature_2.txt', expected: undefined },
  { file: 'email_6.txt', expected: undefined },
  { file: 'email_multiline_reply_headers_de.txt', expected: undefined },
  { file: 'email_sent_from.txt', expected: undefined },
  { file: 'email_zoho.txt', expected: undefined },
  { file: 'email_tricky_1_on_false_positive.txt', expected: undefined },
  // "--\nJohn Doe" is a string in the quoted code, not a signature.
  { file: 'email_tricky_3_code_block.txt', expected: undefined },
  { file: 'email_tricky_4_from_in_body.txt', expected: undefined },
  { file: 'email_tricky_6_regards_in_sentence.txt', expected: undefined },
  { file: 'email_tricky_7_multiple_dashes.txt', expected: undefined },
  { file: 'email_tricky_8_sent_from_in_content.txt', expected: undefined },
  { file: 'email_tricky_9_nested_quotes.txt', expected: undefined },
  { file: 'email_tricky_17_forward_header.txt', expected: undefined },
  { file: 'email_tricky_18_inline_reply.txt', expected: undefined },
  // Lorem-ipsum replies above a quote or forward header that names someone else.
  { file: 'email_9.txt', expected: undefined },
  { file: 'email_22.txt', expected: undefined },
  { file: 'email_23.txt', expected: undefined },
  { file: 'email_german.txt', expected: undefined },
  { file: 'email_german_3.txt', expected: undefined },
  { file: 'email_german_outlook.txt', expected: undefined },
  { file: 'email_android_outlook_en.txt', expected: undefined },
  { file: 'email_danish_dash_separator.txt', expected: undefined },
  { file: 'email_msn.txt', expected: undefined },
  { file: 'email_portuguese.txt', expected: undefined },
  { file: 'email_gmail_split_datetime.txt', expected: undefined },
  { file: 'email_tricky_5_mixed_languages.txt', expected: undefined },
  { file: 'email_tricky_14_long_quote_header.txt', expected: undefined },
];
