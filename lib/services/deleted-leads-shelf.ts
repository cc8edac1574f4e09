import type { DeletedLeadsBatch } from '../db/lead-deletion-repository';

/** An opaque undo token for a bulk delete. */
export interface DeletedLeadsToken {
  count: number;
}

/**
 * The deleted leads the rep may still put back, held in the page's memory under an opaque token. Shared by
 * editing (delete, undo) and privacy: a forgotten person must not come back through an undo.
 */
export class DeletedLeadsShelf {
  private readonly batches = new Map<DeletedLeadsToken, DeletedLeadsBatch>();

  put(batch: DeletedLeadsBatch, count: number): DeletedLeadsToken {
    const token: DeletedLeadsToken = { count };
    this.batches.set(token, batch);
    return token;
  }

  get(token: DeletedLeadsToken): DeletedLeadsBatch {
    const batch = this.batches.get(token);
    if (!batch) throw new Error('Nothing to undo');
    return batch;
  }

  drop(token: DeletedLeadsToken): void {
    this.batches.delete(token);
  }

  clear(): void {
    this.batches.clear();
  }
}
