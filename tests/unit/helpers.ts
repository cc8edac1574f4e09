import type { Clock } from '../../lib/db/clock';
import { ConversionRepository } from '../../lib/db/conversion-repository';
import { LeadClipDB } from '../../lib/db/database';
import { LeadDeletionRepository } from '../../lib/db/lead-deletion-repository';
import { LeadEditRepository } from '../../lib/db/lead-edit-repository';
import { RescoreRepository } from '../../lib/db/rescore-repository';

let counter = 0;

/** A database of its own for each test: fake-indexeddb keeps state for the whole file otherwise. */
export function freshDb(): LeadClipDB {
  counter += 1;
  return new LeadClipDB(`test-${counter}-${Math.random().toString(36).slice(2)}`);
}

export function fixedClock(start = Date.UTC(2026, 10, 24, 9, 0, 0)): Clock & { advance(ms: number): void } {
  let now = start;
  let ids = 0;
  return {
    now: () => now,
    newId: () => `lead-${++ids}`,
    advance(ms: number) {
      now += ms;
    },
  };
}

export function htmlDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The repositories that change leads after capture (editing, conversion, deletion, rescoring), as openStore builds them. */
export function leadRepositories(db: LeadClipDB, clock?: Clock) {
  return {
    edits: new LeadEditRepository(db, clock),
    conversion: new ConversionRepository(db, clock),
    deletion: new LeadDeletionRepository(db, clock),
    rescoring: new RescoreRepository(db, clock),
  };
}
export type LeadRepositories = ReturnType<typeof leadRepositories>;
