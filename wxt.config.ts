import { defineConfig } from 'wxt';

// Chrome and Firefox both ship Manifest V3; the side panel is Chrome's, the
// sidebar Firefox's, and WXT emits the right key for each from one entrypoint.
export default defineConfig({
  imports: false,
  manifestVersion: 3,
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: {
      alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'LeadClip',
    description: 'Clip the people on any page as leads into a local store; qualify, convert and export them.',
    // Each one is used (see tests/unit/manifest-permissions.test.ts); the store is IndexedDB, so no `storage`.
    permissions: [
      'activeTab',
      'scripting',
      'unlimitedStorage',
      'contextMenus',
      'alarms',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Auto-detect is opt-in per site: the rep grants one origin at a time, at run time.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'capture-main-person': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: "Capture the page's main person as a lead",
      },
    },
    action: { default_title: 'LeadClip: find people on this page' },
    ...(browser === 'firefox'
      ? {
          // AMO needs data_collection_permissions, which Firefox supports from 140 (the ESR) on
          // desktop and 142 on Android; older minimums make `web-ext lint` warn.
          browser_specific_settings: {
            gecko: {
              id: 'leadclip@leadclip.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
