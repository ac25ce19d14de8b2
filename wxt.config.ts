import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { CHROME_CLIENT_ID_VARIABLE, oauth2ManifestKey } from './lib/calendar/google/config';

// Permissions are justified one by one in the README ("Permissions").
export default defineConfig({
  vite: () => ({
    plugins: [preact()],
    build: {
      // No polyfill file: Chromium and Firefox preload modules natively. Small shared chunks are not
      // merged: merging pulled code a page loads on demand (the recap) into the chunks it loads first.
      modulePreload: { polyfill: false },
      // Terser's second compress pass takes some 5% off every bundle after esbuild's own minifying:
      // the background stays within its 80 KB budget (README, "Size").
      minify: 'terser',
      terserOptions: { ecma: 2020, compress: { passes: 2 } },
    },
    // Dexie's package entry wraps its ES5 UMD build; the modern ES module build is the same Dexie,
    // about 2.4 KB smaller gzipped in every bundle (the background's budget needs it). Only our code imports Dexie.
    resolve: { alias: [{ find: /^dexie$/, replacement: resolve('node_modules/dexie/dist/modern/dexie.mjs') }] },
  }),
  manifest: ({ browser }) => ({
    name: 'Mentoring Companion',
    description:
      'Finds your mentoring meetings in Google Calendar and keeps goals, notes and commitments beside the call.',
    permissions: ['storage', 'alarms', 'notifications', 'identity', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    host_permissions: ['https://www.googleapis.com/*'],
    // Asked at run time for the one origin of an ICS address; Firefox's MV2 lists origins with the other optional permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: 'Mentoring Companion' },
    // Chrome's own Google sign-in (getAuthToken), when the build is given a Chrome Extension client id (see the README).
    ...oauth2ManifestKey(browser, process.env[CHROME_CLIENT_ID_VARIABLE]),
    // Firefox derives identity.getRedirectURL() from the add-on id, so it must be fixed.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: '{a605a187-4e5b-4b02-afb2-e01222d5a8f4}' } } } : {}),
  }),
});
