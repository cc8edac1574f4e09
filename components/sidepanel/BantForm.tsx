import { useEffect, useState } from 'preact/hooks';
import { type Bant, BantAnswerSchema } from '../../lib/model/bant';

const QUESTIONS = [
  ['budget', 'Budget', 'Can they pay for it?'],
  ['authority', 'Authority', 'Can this person decide, or who does?'],
  ['need', 'Need', 'Do they have the problem we solve?'],
  ['timeline', 'Timeline', 'When do they want it solved?'],
] as const;

/** Budget, Authority, Need, Timeline: what makes a lead a prospect. */
export function BantForm(props: {
  bant: Bant;
  canQualify: boolean;
  onSave: (b: Bant) => Promise<void>;
  onQualify: (b: Bant) => Promise<void>;
}) {
  const [draft, setDraft] = useState(props.bant);
  useEffect(() => setDraft(props.bant), [props.bant]);
  return (
    <div data-testid="bant">
      {QUESTIONS.map(([key, label, hint]) => (
        <div class="field-row" key={key}>
          <label for={`bant-${key}`} title={hint}>
            {label}
          </label>
          <div style="display:flex;gap:4px">
            <select
              id={`bant-${key}`}
              value={draft[key].answer}
              onChange={(e) => {
                const answer = BantAnswerSchema.parse(e.currentTarget.value);
                setDraft({ ...draft, [key]: { ...draft[key], answer } });
              }}
            >
              {BantAnswerSchema.options.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
            <input
              aria-label={`${label} note`}
              placeholder={hint}
              value={draft[key].note}
              onInput={(e) => setDraft({ ...draft, [key]: { ...draft[key], note: e.currentTarget.value } })}
            />
          </div>
        </div>
      ))}
      <div style="display:flex;gap:6px;margin-top:6px">
        <button type="button" class="secondary" onClick={() => void props.onSave(draft)}>
          Save BANT
        </button>
        {props.canQualify && (
          <button type="button" onClick={() => void props.onQualify(draft)}>
            Qualify as prospect
          </button>
        )}
      </div>
    </div>
  );
}
