import type { CandidateInput, FoundValue } from '../../model/candidate';
import { reversedName } from '../blocks/line-kinds';
import { plausibleEmail } from '../contacts/emails';
import { metaTags } from '../dom/head-tags';
import type { Extractor } from '../extractor';
import { cleanText, looksLikePersonName } from '../text';

/*
 * The authors a scholarly page states for search engines: Highwire Press tags (`citation_author`, and
 * after each author their `citation_author_institution`, `_email`, `_orcid`), which Google Scholar asks
 * every journal, repository and conference site to carry. Each tag that follows an author describes
 * that author.
 */

const SOURCE = 'citation-meta';
// A paper with hundreds of authors (a physics collaboration) is not a list a rep captures whole.
const MAX_AUTHORS = 100;
const ORCID = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/i;

interface Author {
  name: string;
  institution: string;
  email: string;
  orcid: string;
}

function found(value: string, confidence: number): FoundValue {
  return { value, confidence, source: SOURCE };
}

function authorsOf(document: Document): Author[] {
  const authors: Author[] = [];
  for (const el of metaTags(document)) {
    const key = (el.getAttribute('name') ?? '').toLowerCase();
    if (!key.startsWith('citation_author')) continue;
    const content = cleanText(el.getAttribute('content'));
    if (!content) continue;
    if (key === 'citation_author') {
      if (authors.length >= MAX_AUTHORS) break;
      // "Lindqvist, Agnes" as the name is said: "Agnes Lindqvist".
      authors.push({ name: reversedName(content) || content, institution: '', email: '', orcid: '' });
      continue;
    }
    const author = authors.at(-1);
    if (!author) continue;
    if (key === 'citation_author_institution' && !author.institution) author.institution = content;
    else if (key === 'citation_author_email' && !author.email) author.email = plausibleEmail(content);
    else if (key === 'citation_author_orcid' && !author.orcid) author.orcid = ORCID.exec(content)?.[1] ?? '';
  }
  return authors;
}

export const citationMetaExtractor: Extractor = {
  id: SOURCE,
  extract(document) {
    return authorsOf(document)
      .filter((a) => looksLikePersonName(a.name))
      .map(
        (a): CandidateInput => ({
          fullName: found(a.name, 0.75),
          ...(a.institution ? { company: found(a.institution, 0.6) } : {}),
          emails: a.email ? [found(a.email, 0.8)] : [],
          urls: a.orcid ? [found(`https://orcid.org/${a.orcid.toUpperCase()}`, 0.7)] : [],
          sources: [SOURCE],
        }),
      );
  },
};
