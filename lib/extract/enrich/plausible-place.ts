import type { Candidate } from '../../model/candidate';

// A profile's location is free text: "PORT_ALREADY_USED", "localhost:3000" or "127.0.0.1" is a joke, not a place to meet.
const NOT_A_PLACE = /_|:\d|^[A-Z0-9]{6,}$/;

/** Whether a found location can be a place at all: letters, and no code's underscores or ports. */
export function isPlausiblePlace(text: string): boolean {
  const t = text.trim();
  return /\p{L}{2}/u.test(t) && !NOT_A_PLACE.test(t);
}

/** A person keeps a location only where it can be a place, whichever source read it (a profile field, its JSON-LD). */
export function dropImplausiblePlace(c: Candidate): Candidate {
  if (!c.location || isPlausiblePlace(c.location.value)) return c;
  const { location: _joke, ...rest } = c;
  return rest;
}
