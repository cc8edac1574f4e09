import type { Lead } from '../model/lead';

export type KeyKind = 'email' | 'profile' | 'name';

/** Steps that take back changes, newest last: run in reverse to undo. */
export type UndoLog = (() => void)[];

/**
 * Lead ids by identity key. Where several leads share a key the smallest id
 * answers, as the store's index does (`where(key).equals(k).first()`), so a
 * preview and the capture path pick the same lead.
 */
export class KeyIndex {
  protected readonly ids = new Set<string>();
  private readonly email = new Map<string, string>();
  private readonly profile = new Map<string, string>();
  private readonly name = new Map<string, string>();

  private static keep(map: Map<string, string>, key: string, id: string, undo?: UndoLog): void {
    const have = map.get(key);
    if (have !== undefined && id >= have) return;
    map.set(key, id);
    undo?.push(() => (have === undefined ? map.delete(key) : map.set(key, have)));
  }

  /** Adds a lead's id and keys; with `undo`, how to take them out again. */
  add(lead: Pick<Lead, 'id' | 'emailKeys' | 'profileKeys' | 'nameKey'>, undo?: UndoLog): void {
    if (!this.ids.has(lead.id)) {
      this.ids.add(lead.id);
      undo?.push(() => this.ids.delete(lead.id));
    }
    for (const k of lead.emailKeys) KeyIndex.keep(this.email, k, lead.id, undo);
    for (const k of lead.profileKeys) KeyIndex.keep(this.profile, k, lead.id, undo);
    if (lead.nameKey) KeyIndex.keep(this.name, lead.nameKey, lead.id, undo);
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  hit(kind: KeyKind, key: string): string | undefined {
    switch (kind) {
      case 'email':
        return this.email.get(key);
      case 'profile':
        return this.profile.get(key);
      default:
        return this.name.get(key);
    }
  }
}

/** Saved leads a chunk of rows may be, by id and identity key: what the planner merges into. */
export class LeadIndex extends KeyIndex {
  private readonly leads = new Map<string, Lead>();

  static of(leads: Iterable<Lead>): LeadIndex {
    const index = new LeadIndex();
    for (const l of leads) index.add(l);
    return index;
  }

  override add(lead: Lead): void {
    super.add(lead);
    this.leads.set(lead.id, lead);
  }

  get(id: string): Lead | undefined {
    return this.leads.get(id);
  }

  /** Ids of saved rows that no longer parse: a new lead must not take one and overwrite what is there. */
  readonly unreadable = new Set<string>();
}
