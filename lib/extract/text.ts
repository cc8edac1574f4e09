/** Whitespace-collapsed visible text of an element. */
export function cleanText(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** Something a person is called: 2 to 5 words of letters, no digits, no @. */
export function looksLikePersonName(s: string): boolean {
  if (s.length < 3 || s.length > 80) return false;
  if (/[@\d<>{}|\\/]/.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  // Dutch "'t" (Sanne 't Hooft) is a name's particle, apostrophe first.
  return words.every((w) => /^(?:[\p{L}][\p{L}'’.-]*|['’]\p{Ll})$/u.test(w));
}

export function splitSimpleName(full: string): { first: string; last: string } {
  const parts = full.trim().split(/\s+/).filter(Boolean);
  if (parts.length < 2) return { first: parts[0] ?? '', last: '' };
  return { first: parts.slice(0, -1).join(' '), last: parts.at(-1) ?? '' };
}
