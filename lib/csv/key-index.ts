import type { Lead } from '../model/lead';

export type KeyKind = 'email' | 'profile' | 'name';

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

  private static keep(map: Map<string, string>, key: string, id: string): void {
    const have = map.get(key);
    if (have === undefined || id < have) map.set(key, id);
  }

  add(lead: Pick<Lead, 'id' | 'emailKeys' | 'profileKeys' | 'nameKey'>): void {
    this.ids.add(lead.id);
    for (const k of lead.emailKeys) KeyIndex.keep(this.email, k, lead.id);
    for (const k of lead.profileKeys) KeyIndex.keep(this.profile, k, lead.id);
    if (lead.nameKey) KeyIndex.keep(this.name, lead.nameKey, lead.id);
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
