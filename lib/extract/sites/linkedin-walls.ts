import { cleanText } from '../text';

// LinkedIn's sign-in walls: the /authwall redirect, the join form it shows under a profile address,
// and the "sign in to see" gates. The name such a page shows ("Sign in to view Jane’s profile") is bait, not a lead.
const WALL_MARKERS = [
  'form.authwall-join-form',
  '.authwall-join-form',
  '.authwall-sign-in-form',
  'body.authwall',
  'main.join-form-main',
  '[data-test-id="authwall"]',
].join(', ');

const UNAVAILABLE_TEXT =
  /this profile is not available|profile is unavailable|this page doesn[’']t exist|page not found|profile not found|this member['’]s profile is private/i;

export function isSignInWall(document: Document, address: URL): boolean {
  if (/^\/(authwall|signup|login|uas\/login|checkpoint)\b/.test(address.pathname)) return true;
  return document.querySelector(WALL_MARKERS) !== null;
}

/** "This profile is not available", a removed member, a page that does not exist. */
export function isUnavailable(document: Document): boolean {
  const main = document.querySelector('main') ?? document.body;
  if (!main) return true;
  // Judged by what the page says, not by an empty-state box: a real profile has empty boxes too ("No posts yet").
  const headings = [...main.querySelectorAll('h1, h2, .artdeco-empty-state__headline')].map((h) =>
    cleanText(h.textContent),
  );
  return headings.some((h) => UNAVAILABLE_TEXT.test(h));
}
