/**
 * Hybrid logical clocks, shared by the extension and the sync server.
 *
 * A clock is a string `WWWWWWWWWWWWWWW:CCCCCC:node`: wall-clock milliseconds
 * (15 digits), a counter (6 digits) and the node that made it. The fixed
 * widths make plain string comparison the clock order, so the server can
 * compare clocks without parsing them and an index on them sorts correctly.
 * The node id breaks ties, so two different writes never carry equal clocks.
 */

import type { HlcState } from './sync';

export const HLC_PATTERN = /^\d{15}:\d{6}:[A-Za-z0-9_-]{1,64}$/;
const NODE_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_COUNTER = 999_999;

export type { HlcState } from './sync';

export interface ParsedHlc {
  wall: number;
  counter: number;
  node: string;
}

export function formatHlc(h: ParsedHlc): string {
  return `${String(h.wall).padStart(15, '0')}:${String(h.counter).padStart(6, '0')}:${h.node}`;
}

export function parseHlc(s: string): ParsedHlc {
  if (!HLC_PATTERN.test(s)) throw new Error(`Not a hybrid logical clock: ${s.slice(0, 100)}`);
  const [wall = '', counter = '', node = ''] = s.split(':');
  return { wall: Number(wall), counter: Number(counter), node };
}

/** Negative when a is earlier. Equal strings are the same write. */
export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two clocks; `undefined` counts as earlier than any clock. */
export function maxHlc(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}

/** The wall-clock milliseconds a clock carries. */
export function hlcWall(s: string): number {
  return Number(s.slice(0, 15));
}

export function newHlcState(node: string): HlcState {
  if (!NODE_PATTERN.test(node)) throw new Error(`A clock node id is 1–64 of A–Z a–z 0–9 _ -: ${node}`);
  return { wall: 0, counter: 0, node };
}

/** A clock for a local event: later than everything this node has issued or seen. */
export function tickHlc(state: HlcState, now: number): { state: HlcState; hlc: string } {
  let next: HlcState;
  if (now > state.wall) next = { ...state, wall: now, counter: 0 };
  else if (state.counter < MAX_COUNTER) next = { ...state, counter: state.counter + 1 };
  // The counter ran out within one millisecond: borrow the next millisecond rather than repeat a clock.
  else next = { ...state, wall: state.wall + 1, counter: 0 };
  return { state: next, hlc: formatHlc(next) };
}

/** Fold a clock seen from elsewhere in, so the next local event orders after it. */
export function receiveHlc(state: HlcState, remote: string): HlcState {
  const r = parseHlc(remote);
  if (r.wall > state.wall) return { ...state, wall: r.wall, counter: r.counter };
  if (r.wall === state.wall && r.counter > state.counter) return { ...state, counter: r.counter };
  return state;
}

/**
 * A clock that ran ahead of `now` by more than `maxAheadMs` (this computer's clock was wrong once,
 * and was corrected since) starts again from `now`: every clock it issued would be refused by the
 * server, and every later one too, so staying monotonic with it would lose the rep's edits.
 */
export function boundHlc(state: HlcState, now: number, maxAheadMs: number): HlcState {
  return state.wall > now + maxAheadMs ? { ...state, wall: now, counter: 0 } : state;
}

/** Whether a clock is further ahead of `now` than any server accepts. */
export function isFutureHlc(s: string, now: number, maxAheadMs: number): boolean {
  return hlcWall(s) > now + maxAheadMs;
}
