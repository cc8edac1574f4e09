import { useState } from 'preact/hooks';
import { type Activity, ActivityDirectionSchema, ActivityKindSchema } from '../../lib/model/activity';

export type NewActivity = Pick<Activity, 'kind' | 'direction' | 'text' | 'at'>;

const KIND_LABEL = { note: 'Note', email: 'Email', call: 'Call', meeting: 'Meeting', reply: 'Reply' } as const;

/** What happened with this person, newest first, and a form to log the next thing. */
export function ActivityLog(props: {
  activities: Activity[];
  onAdd: (a: NewActivity) => Promise<void>;
  now: () => number;
}) {
  const [kind, setKind] = useState<Activity['kind']>('email');
  const [direction, setDirection] = useState<Activity['direction']>('outbound');
  const [text, setText] = useState('');
  const sorted = [...props.activities].sort((a, b) => b.at - a.at);
  return (
    <div data-testid="activities">
      <form
        style="display:flex;gap:4px;flex-wrap:wrap"
        onSubmit={(e) => {
          e.preventDefault();
          void props.onAdd({ kind, direction, text, at: props.now() }).then(() => setText(''));
        }}
      >
        <select
          aria-label="Activity kind"
          value={kind}
          onChange={(e) => setKind(ActivityKindSchema.parse(e.currentTarget.value))}
        >
          {ActivityKindSchema.options.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </select>
        <select
          aria-label="Direction"
          value={direction}
          onChange={(e) => setDirection(ActivityDirectionSchema.parse(e.currentTarget.value))}
        >
          <option value="outbound">we reached out</option>
          <option value="inbound">they reached us</option>
        </select>
        <input
          aria-label="What happened"
          placeholder="What happened"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit">Log</button>
      </form>
      {sorted.length === 0 ? (
        <p class="muted">Nothing logged yet. Log an email, call or meeting to raise engagement.</p>
      ) : (
        <ul class="breakdown" style="margin-top:6px">
          {sorted.map((a) => (
            <li key={a.id} data-testid="activity">
              <span>
                {KIND_LABEL[a.kind]} ({a.direction}){a.text ? `: ${a.text}` : ''}
              </span>
              <span class="muted">{new Date(a.at).toLocaleDateString()}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
