import { useState } from 'preact/hooks';
import { TagSchema } from '../../lib/model/common';
import { LEAD_STATUS_LABEL, type LeadStatus, LeadStatusSchema } from '../../lib/model/lead-status';

/** Actions on the selected leads. Delete is undoable for a few seconds; the rest say what they refused. */
export function BulkBar(props: {
  count: number;
  onTag: (tag: string) => Promise<void>;
  onStatus: (to: LeadStatus) => Promise<void>;
  onDelete: () => Promise<void>;
  onExport?: () => void;
  onClear: () => void;
}) {
  const [tag, setTag] = useState('');
  const [error, setError] = useState('');
  return (
    <div class="bulkbar" data-testid="bulkbar">
      <strong>{props.count} selected</strong>
      <input
        aria-label="Tag selected leads"
        placeholder="tag"
        value={tag}
        size={8}
        onInput={(e) => setTag(e.currentTarget.value)}
      />
      <button
        type="button"
        class="secondary"
        onClick={() => {
          const t = TagSchema.safeParse(tag);
          if (!t.success) {
            setError(t.error.issues[0]?.message ?? 'Not a valid tag');
            return;
          }
          setError('');
          void props.onTag(t.data).then(() => setTag(''));
        }}
      >
        Add tag
      </button>
      <select
        aria-label="Set status of selected leads"
        value=""
        onChange={(e) => {
          const s = LeadStatusSchema.safeParse(e.currentTarget.value);
          if (s.success) void props.onStatus(s.data);
        }}
      >
        <option value="">Set status…</option>
        {(['new', 'working', 'qualified'] as const).map((s) => (
          <option key={s} value={s}>
            {LEAD_STATUS_LABEL[s]}
          </option>
        ))}
      </select>
      {props.onExport && (
        <button type="button" class="secondary" onClick={props.onExport}>
          Export
        </button>
      )}
      <button type="button" class="secondary" onClick={() => void props.onDelete()}>
        Delete
      </button>
      <button type="button" class="secondary" onClick={props.onClear} aria-label="Clear selection">
        ✕
      </button>
      {error && <span class="field-error">{error}</span>}
    </div>
  );
}
