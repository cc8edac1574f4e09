import { useState } from 'preact/hooks';
import type { ForgetSummary } from '../../lib/model/forget';
import { describeForget } from '../../lib/services/forget-summary';
import { ErrorAlert } from '../ErrorAlert';
import { useBusyAction } from './use-busy-action';

/**
 * "Forget…": first a preview of everything that will be removed, then the
 * erasure on an explicit second click. Irreversible, so it never happens on one.
 */
export function ForgetButton(props: {
  label: string;
  preview: () => Promise<ForgetSummary>;
  forget: () => Promise<ForgetSummary>;
  onForgotten: (s: ForgetSummary) => void;
  disabled?: boolean;
}) {
  const [plan, setPlan] = useState<ForgetSummary | undefined>();
  const { busy, error, run } = useBusyAction();
  return (
    <div data-testid="forget">
      {!plan && (
        <button
          type="button"
          class="danger"
          disabled={busy || props.disabled}
          onClick={() => void run(async () => setPlan(await props.preview()))}
        >
          {props.label}
        </button>
      )}
      {plan && (
        <div class="confirm" role="dialog" aria-label="Confirm forgetting" data-testid="forget-confirm">
          {plan.leads + plan.contacts === 0 ? (
            <p>Nobody with these details is saved. Forgetting adds them to the suppression list only.</p>
          ) : (
            <p>Forget {plan.names.join(', ') || 'this person'} for good? This removes, here and on the team server:</p>
          )}
          <ul>
            {describeForget(plan, false).map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
          <p class="muted">Capture and import will flag them as forgotten from now on. This cannot be undone.</p>
          <div class="toolbar" style="padding-left:0">
            <button
              type="button"
              class="danger"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  const done = await props.forget();
                  setPlan(undefined);
                  props.onForgotten(done);
                })
              }
            >
              Forget permanently
            </button>
            <button type="button" class="secondary" disabled={busy} onClick={() => setPlan(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <ErrorAlert message={error} />
    </div>
  );
}

/** The confirmation after forgetting: what was removed, where. */
export function ForgetSummaryView({ summary, onClose }: { summary: ForgetSummary; onClose: () => void }) {
  return (
    <div class="toolbar forget-summary" role="status" data-testid="forget-summary">
      <div>
        <strong>Forgotten{summary.names.length > 0 ? `: ${summary.names.join(', ')}` : ''}.</strong> Removed{' '}
        {describeForget(summary, true).join('; ')}.
      </div>
      <button type="button" class="secondary" onClick={onClose} aria-label="Dismiss">
        OK
      </button>
    </div>
  );
}
