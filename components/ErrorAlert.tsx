/**
 * What went wrong, read out to assistive technology as it appears; nothing when all is well.
 * A `banner` stands on its own below a form; a `field` error sits under the control it is about.
 */
export function ErrorAlert({ message, kind = 'banner' }: { message: string | undefined; kind?: 'banner' | 'field' }) {
  if (!message) return null;
  return (
    <div class={kind === 'field' ? 'field-error' : 'error'} role="alert">
      {message}
    </div>
  );
}
