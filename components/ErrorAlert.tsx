/** What went wrong, read out to assistive technology as it appears; nothing when all is well. */
export function ErrorAlert({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <div class="error" role="alert">
      {message}
    </div>
  );
}
