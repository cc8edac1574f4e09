import { useEffect, useState } from 'preact/hooks';

/**
 * One field of a lead, edited in place: the value is checked as the rep types,
 * saved on Enter or leaving the field, and a refusal is shown beside it.
 */
export function EditableField(props: {
  label: string;
  value: string;
  validate?: (v: string) => string | undefined;
  onSave: (v: string) => Promise<void>;
  multiline?: boolean;
}) {
  const [draft, setDraft] = useState(props.value);
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  useEffect(() => setDraft(props.value), [props.value]);

  const commit = async () => {
    if (draft === props.value) return;
    const problem = props.validate?.(draft);
    if (problem) {
      setError(problem);
      return;
    }
    try {
      await props.onSave(draft);
      setError(undefined);
      setSaved(true);
      setTimeout(() => setSaved(false), 1500);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const id = `field-${props.label.toLowerCase().replace(/\W+/g, '-')}`;
  const common = {
    id,
    value: draft,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
      setDraft(e.currentTarget.value);
      setError(props.validate?.(e.currentTarget.value));
    },
    onBlur: () => void commit(),
  };
  return (
    <div class="field-row">
      <label for={id}>{props.label}</label>
      <div>
        {props.multiline ? (
          <textarea rows={3} {...common} />
        ) : (
          <input
            {...common}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void commit();
              if (e.key === 'Escape') {
                setDraft(props.value);
                setError(undefined);
              }
            }}
          />
        )}
        {error && (
          <div class="field-error" id={`${id}-error`} role="alert">
            {error}
          </div>
        )}
        {saved && <div class="muted">Saved</div>}
      </div>
    </div>
  );
}
