/** Time and ids come in from outside so tests can fix them. */
export interface Clock {
  now(): number;
  newId(): string;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
};
