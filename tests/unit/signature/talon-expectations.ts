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
];
