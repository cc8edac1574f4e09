import type { PhoneLabel } from './signature-person';

// What a signature writes before a number. A fax is a number nobody wants to call, but the rep should see it is one.
const LABELS: ReadonlyArray<[RegExp, PhoneLabel]> = [
  [/\b(?:fax|facsimile|f)\b/i, 'fax'],
  [/\b(?:mobile|mob|cell|cellular|hand ?phone|handy|portable|móvil|movil|celular|gsm|m|c)\b/i, 'mobile'],
  [/\b(?:direct|dir|dd|ddi|d)\b/i, 'direct'],
  [/\b(?:home|h)\b/i, 'home'],
  [/\b(?:main|switchboard|board ?line|reception|hq|headquarters)\b/i, 'main'],
  [/\b(?:office|work|business|tel|tél|telephone|téléphone|phone|ph|t|o|p|w|landline)\b/i, 'work'],
];

/** The kind of number from the words written just before it ("M:", "Hand Phone -", "Board Line"). */
export function phoneLabel(prefix: string): PhoneLabel {
  const words = prefix.replace(/[^\p{L} ]+/gu, ' ').trim();
  if (!words) return 'other';
  // The label is the last few words before the number: "Call me on my mobile: …".
  const near = words.split(/\s+/).slice(-3).join(' ');
  for (const [re, label] of LABELS) if (re.test(near)) return label;
  return 'other';
}
