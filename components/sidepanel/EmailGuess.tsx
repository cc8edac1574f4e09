import type { EmailGuessView } from '../../lib/crm/email-guess-for';

/**
 * A likely address, shown as a guess and never as the lead's email: the rep sees where it comes
 * from ("likely — based on 4 of 5 people at acme.com") and keeps it only by accepting it.
 */
export function EmailGuess(props: { guess: EmailGuessView; onAccept?: () => void }) {
  const { guess } = props;
  return (
    <div class="line email-guess" data-testid="email-guess" role="note">
      <span class="muted">Email (guess): </span>
      <span data-testid="email-guess-address">{guess.email}</span>{' '}
      <span class="muted" data-testid="email-guess-basis">
        {guess.basis}
        {guess.tied ? ' (another pattern is as common)' : ''}
      </span>
      {props.onAccept && (
        <button
          type="button"
          class="secondary"
          onClick={props.onAccept}
          aria-label={`Use ${guess.email} as this lead's email`}
          data-testid="email-guess-accept"
        >
          Use this email
        </button>
      )}
    </div>
  );
}
