import type { CandidateInput, FoundValue } from '../../model/candidate';
import { looksLikePersonName } from '../text';

const SOURCE = 'selection';
const EMAIL = /[A-Z0-9._%+'-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;
const URL_LIKE =
  /\b(?:https?:\/\/|www\.)[^\s<>"']+|\b(?:linkedin\.com\/in|x\.com|twitter\.com|github\.com)\/[^\s<>"']+/i;
const PHONE = /(?:\+|\b)\d[\d\s().\-/]{6,}\d/;
// A label only counts before a number: "Tomás" must not lose its T.
const PHONE_LABEL = /^(?:t|tel|telephone|phone|m|mob|mobile|cell|direct|office|o|p)\s*(?:[.:]\s*|\s(?=[+\d(]))/i;
const SIGN_OFF = /^(?:best|kind|warm)?\s*(?:regards|wishes|thanks|thank you|cheers|sincerely|best)\b[,!.]?$|^--\s*$/i;
const BIO =
  /^(?<name>[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){1,4}?)\s+(?:is|serves as|works as)\s+(?:the\s+|a\s+|an\s+|our\s+)?(?<title>[^.]+?)\s+(?:at|of|with)\s+(?<company>[^.,;]+)/u;
const TITLE_AT_COMPANY = /^(?<title>.+?)\s+(?:at|@)\s+(?<company>.+)$/i;
const SEPARATED = /\s*(?:\||·|•|,|–|—)\s*/;

function found(value: string, confidence = 0.6): FoundValue {
  return { value: value.trim(), confidence, source: SOURCE };
}

function plainLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l && !SIGN_OFF.test(l));
}

/**
 * A selected email signature or speaker bio → one person. Heuristic by nature:
 * every field gets a middling confidence, and the popup shows what was read.
 */
export function parseSelectionAsLead(text: string): CandidateInput | undefined {
  const lines = plainLines(text.slice(0, 5000));
  if (lines.length === 0) return undefined;
  const emails = [...new Set((text.match(new RegExp(EMAIL, 'gi')) ?? []).map((e) => e.toLowerCase()))];
  const urls = [...new Set(text.match(new RegExp(URL_LIKE, 'gi')) ?? [])].map((u) =>
    /^https?:/i.test(u) ? u.replace(/[).,;]+$/, '') : `https://${u.replace(/[).,;]+$/, '')}`,
  );
  const phones: string[] = [];
  const rest: string[] = [];
  for (const line of lines) {
    const withoutEmail = line.replace(new RegExp(EMAIL, 'gi'), '').replace(new RegExp(URL_LIKE, 'gi'), '');
    const phone = withoutEmail.replace(PHONE_LABEL, '').match(PHONE)?.[0];
    if (phone && phone.replace(/\D/g, '').length >= 7) phones.push(phone.trim());
    const leftover = withoutEmail
      .replace(PHONE, '')
      .replace(PHONE_LABEL, '')
      .replace(/^[|·•,\s:-]+|[|·•,\s:-]+$/g, '');
    if (leftover && leftover === line.replace(/^[|·•,\s:-]+|[|·•,\s:-]+$/g, '')) rest.push(leftover);
  }

  let name = '';
  let title = '';
  let company = '';
  const bio = lines.join(' ').match(BIO);
  if (bio?.groups && looksLikePersonName(bio.groups.name ?? '')) {
    name = bio.groups.name ?? '';
    title = bio.groups.title ?? '';
    company = bio.groups.company ?? '';
  } else {
    const nameIndex = rest.findIndex((l) => looksLikePersonName(l.split(SEPARATED)[0] ?? ''));
    if (nameIndex >= 0) {
      const [first, ...more] = (rest[nameIndex] ?? '').split(SEPARATED);
      name = first ?? '';
      const after = [...more, ...rest.slice(nameIndex + 1)].filter(Boolean);
      const roleLine = after[0] ?? '';
      const atCompany = roleLine.match(TITLE_AT_COMPANY);
      if (atCompany?.groups) {
        title = atCompany.groups.title ?? '';
        company = atCompany.groups.company ?? '';
      } else {
        title = roleLine;
        company = after[1] ?? '';
      }
    }
  }
  if (!name && emails.length === 0) return undefined;
  return {
    ...(name ? { fullName: found(name) } : {}),
    ...(title ? { title: found(title, 0.5) } : {}),
    ...(company ? { company: found(company, 0.5) } : {}),
    emails: emails.map((e) => found(e, 0.9)),
    phones: phones.map((p) => found(p, 0.7)),
    urls: urls.map((u) => found(u, 0.7)),
    sources: [SOURCE],
  };
}
