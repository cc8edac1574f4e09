/** Gmail, and Google's former Inbox client, whose saved pages still circulate. */
export function isGmailHost(host: string): boolean {
  return host === 'mail.google.com' || host === 'inbox.google.com';
}

/** Outlook on the web: work and school accounts, personal accounts, and the older Office 365 address. */
export function isOutlookHost(host: string): boolean {
  return host === 'outlook.office.com' || host === 'outlook.live.com' || host === 'outlook.office365.com';
}

/** A webmail client: its lists and menus are full of addresses that are not people of the open message. */
export function isWebmailHost(host: string): boolean {
  return isGmailHost(host) || isOutlookHost(host);
}
