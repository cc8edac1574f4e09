/**
 * What LeadClip asks the browser for, pinned per browser: a new permission must be a deliberate
 * change to this list (and to the README's permissions section), never a side effect. Checked on
 * the manifest wxt.config.ts builds (unit) and on the manifests the builds write (e2e).
 *
 * activeTab + scripting: read the page the rep clicked on; unlimitedStorage: the IndexedDB store is
 * never evicted; contextMenus: the capture menu items; alarms: sync and retention timers;
 * sidePanel: the side panel (Chrome; Firefox uses sidebar_action, which needs no permission).
 */
export const PINNED_PERMISSIONS = {
  chrome: ['activeTab', 'scripting', 'unlimitedStorage', 'contextMenus', 'alarms', 'sidePanel'],
  firefox: ['activeTab', 'scripting', 'unlimitedStorage', 'contextMenus', 'alarms'],
} as const;

/** Sites are granted one at a time, when the rep turns LeadClip on for one. */
export const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'] as const;
