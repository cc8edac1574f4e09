/** Set by the tiny script that runs before the content script on sites where the rep turned auto-detect on. */
export const AUTO_DETECT_FLAG = Symbol.for('leadclip.autodetect');
