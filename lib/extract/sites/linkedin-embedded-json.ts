import { sameMember } from './linkedin-links';

/**
 * LinkedIn's signed-in pages ship the API answers they were rendered from in
 * `<code id="bpr-guid-…">` blocks, each described by a `datalet-bpr-guid-…` block
 * (which request it answered). The member record there is the most exact source
 * of a name, but it is only as fresh as the page load: it is used only when its
 * `publicIdentifier` is the slug of the address in front of the rep.
 */

export interface EmbeddedMember {
  firstName: string;
  lastName: string;
  headline: string;
  location: string;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: Json | undefined): string {
  return typeof v === 'string' ? v.trim() : '';
}

// The viewer's own record ("/voyager/api/me") names the signed-in member, never the page's person.
function answersViewerRequest(document: Document, codeId: string): boolean {
  const datalet = document.getElementById(`datalet-${codeId}`);
  return /"request"\s*:\s*"\/voyager\/api\/me\b/.test(datalet?.textContent ?? '');
}

function includedRecords(document: Document): JsonObject[] {
  const out: JsonObject[] = [];
  for (const code of document.querySelectorAll('code[id^="bpr-guid-"]')) {
    const raw = code.textContent ?? '';
    // Only blocks that mention a member are worth parsing; some are hundreds of kilobytes.
    if (!raw.includes('publicIdentifier') || answersViewerRequest(document, code.id)) continue;
    let parsed: Json;
    try {
      parsed = JSON.parse(raw) as Json;
    } catch {
      continue;
    }
    const included = isObject(parsed) ? parsed.included : undefined;
    if (Array.isArray(included)) out.push(...included.filter(isObject));
  }
  return out;
}

function geoName(records: readonly JsonObject[], member: JsonObject): string {
  const geo = member.geoLocation;
  const urn = isObject(geo) ? text(geo['*geo']) : '';
  if (!urn) return '';
  const place = records.find((r) => text(r.entityUrn) === urn);
  return place ? text(place.defaultLocalizedName) : '';
}

/** The member record for this slug, if the page load carried one. */
export function embeddedMember(document: Document, slug: string): EmbeddedMember | undefined {
  const records = includedRecords(document);
  const matches = records.filter(
    (r) => sameMember(text(r.publicIdentifier), slug) && text(r.firstName) && /Profile$/.test(text(r.$type)),
  );
  // The full profile record beats the mini profile a sidebar carries: it has the headline and the place.
  const member = matches.find((r) => text(r.headline)) ?? matches[0];
  if (!member) return undefined;
  return {
    firstName: text(member.firstName),
    lastName: text(member.lastName),
    headline: text(member.headline) || text(member.occupation),
    location: geoName(records, member),
  };
}
