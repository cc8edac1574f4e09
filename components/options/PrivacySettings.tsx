import { useEffect, useState } from 'preact/hooks';
import {
  LAWFUL_BASIS_LABEL,
  LawfulBasisSchema,
  PrivacySettingsSchema,
  type PrivacySettings as PrivacyValue,
  RetentionModeSchema,
} from '../../lib/model/privacy';

/**
 * Privacy: the lawful basis new leads record, and the retention rule (off, or
 * N months untouched; reviewed in the side panel or deleted by the daily check).
 */
export function PrivacySettings(props: { value: PrivacyValue; onSave: (value: PrivacyValue) => Promise<unknown> }) {
  const [basis, setBasis] = useState(props.value.defaultLawfulBasis);
  const [months, setMonths] = useState(props.value.retentionMonths === null ? '' : String(props.value.retentionMonths));
  const [mode, setMode] = useState(props.value.retentionMode);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    setBasis(props.value.defaultLawfulBasis);
    setMonths(props.value.retentionMonths === null ? '' : String(props.value.retentionMonths));
    setMode(props.value.retentionMode);
  }, [props.value.defaultLawfulBasis, props.value.retentionMonths, props.value.retentionMode]);

  const save = async (e: Event) => {
    e.preventDefault();
    setSaved('');
    const parsed = PrivacySettingsSchema.safeParse({
      defaultLawfulBasis: basis,
      retentionMonths: months.trim() === '' ? null : Number(months),
      retentionMode: mode,
    });
    if (!parsed.success) {
      setSaved('Retention is a whole number of months from 1 to 240, or empty for off.');
      return;
    }
    try {
      await props.onSave(parsed.data);
      setSaved(
        parsed.data.retentionMonths === null
          ? 'Saved. Retention is off.'
          : `Saved. Leads untouched for ${parsed.data.retentionMonths} months are ${
              parsed.data.retentionMode === 'automatic' ? 'deleted by the daily check' : 'listed for review'
            }.`,
      );
    } catch (err) {
      setSaved(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <form class="settings" onSubmit={save} data-testid="privacy-settings">
      <h2>Privacy</h2>
      <p class="muted">
        Every lead records why you hold it. Retention lists or deletes the leads nobody has touched for a while.
      </p>
      <label>
        Lawful basis for new leads
        <select
          aria-label="Default lawful basis"
          value={basis}
          onChange={(e) => setBasis(LawfulBasisSchema.parse(e.currentTarget.value))}
        >
          {LawfulBasisSchema.options.map((b) => (
            <option key={b} value={b}>
              {LAWFUL_BASIS_LABEL[b]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>
          Keep leads untouched for at most … months
          <span class="hint">Empty: retention is off.</span>
        </span>
        <input
          aria-label="Retention in months"
          class="short"
          inputMode="numeric"
          placeholder="off"
          size={4}
          value={months}
          onInput={(e) => setMonths(e.currentTarget.value)}
        />
      </label>
      <label>
        Then
        <select
          aria-label="Retention mode"
          value={mode}
          onChange={(e) => setMode(RetentionModeSchema.parse(e.currentTarget.value))}
        >
          <option value="review">list them for review</option>
          <option value="automatic">delete them (checked daily)</option>
        </select>
      </label>
      <div class="actions">
        <button type="submit">Save privacy settings</button>
        {saved && (
          <span role="status" class="muted">
            {saved}
          </span>
        )}
      </div>
    </form>
  );
}
