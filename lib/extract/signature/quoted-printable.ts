/**
 * A body still in quoted-printable transfer encoding (saved or pasted as it travelled): its lines are
 * cut at 76 characters by soft breaks ("… w=" / "rote:"), its "-- " delimiter is "--=20", and its
 * non-ASCII letters are bytes ("J=C3=A4nner"). Read as it is, an attribution broken in two is no
 * longer one and its quoted text passes for the writer's. Decoded only when the text shows the
 * encoding's own marks, so plain text with an "=" in it stays as it is.
 */
// A UTF-8 letter as bytes ("=C3=A4"), the delimiter's kept space ("--=20"), or a line cut at the
// encoding's width with a soft break ("…next=").
const QP_MARKS = /=[C-F][0-9A-F]=[89AB][0-9A-F]|^--=20\r?$|^.{60,75}=\r?$/m;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeBytes(run: string): string {
  const bytes = Uint8Array.from(
    run
      .slice(1)
      .split('=')
      .map((hex) => Number.parseInt(hex, 16)),
  );
  try {
    return utf8.decode(bytes);
  } catch {
    // Not UTF-8: the older single-byte Latin-1.
    return String.fromCharCode(...bytes);
  }
}

export function undoQuotedPrintable(text: string): string {
  if (!QP_MARKS.test(text)) return text;
  return text.replace(/=\r?\n/g, '').replace(/(?:=[0-9A-F]{2})+/g, decodeBytes);
}
