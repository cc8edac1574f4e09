import { LawfulBasisSchema } from '../../model/privacy';

/**
 * v4 adds `lawfulBasis` and `doNotContact` to leads and contacts. Existing
 * records get the default lawful basis the settings name (if the rep had
 * somehow set one), otherwise legitimate interest; nothing else changes.
 * Returns a Dexie `modify` callback: it only adds missing fields, so a record
 * that already has them (written by a newer client through sync) keeps them.
 */
export function privacyDefaultsFor(settings: unknown): (row: Record<string, unknown>) => void {
  const privacy =
    typeof settings === 'object' && settings !== null && 'privacy' in settings ? settings.privacy : undefined;
  const raw =
    typeof privacy === 'object' && privacy !== null && 'defaultLawfulBasis' in privacy
      ? privacy.defaultLawfulBasis
      : undefined;
  const parsed = LawfulBasisSchema.safeParse(raw);
  const basis = parsed.success ? parsed.data : 'legitimate-interest';
  return (row) => {
    if (row.lawfulBasis === undefined) row.lawfulBasis = basis;
    if (row.doNotContact === undefined) row.doNotContact = false;
  };
}
