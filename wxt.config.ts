import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// The content script uses the browser's own API instead of webextension-polyfill (lib/content-browser.ts).
const CONTENT_BROWSER = fileURLToPath(new URL('./lib/content-browser.ts', import.meta.url));

// Permissions are justified one by one in the README ("Permissions").
export default defineConfig({
  srcDir: '.',
  // the top level stays entrypoints, lib, assets, tests: files copied as they are live in assets/public
  publicDir: 'assets/public',
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/webextension-polyfill'],
  hooks: {
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      config.plugins = [
        ...(config.plugins ?? []),
        {
          name: 'notice-lens:content-browser',
          enforce: 'pre',
          resolveId: (id: string) => (id === 'webextension-polyfill' ? CONTENT_BROWSER : null),
        },
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'alarms', 'contextMenus', 'notifications'],
    // action.openPopup() from the background, which the toolbar click relies on, came in Chrome 127
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '127' }),
    action: {
      default_title: '__MSG_actionTitle__',
      // Firefox puts a new add-on's button in its extensions panel, where the badge (high flags, late
      // requests) cannot be seen: start on the toolbar, as in Chrome after pinning.
      ...(browser === 'firefox' ? { default_area: 'navbar' } : {}),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'notice-lens@notice-lens.dev',
              // data_collection_permissions (no data collected) is read from Firefox 140 on
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
