import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

// Permissions are justified one by one in the README ("Permissions").
export default defineConfig({
  vite: () => ({
    plugins: [preact()],
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
    // Firefox derives identity.getRedirectURL() from the add-on id, so it must be fixed.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: '{a605a187-4e5b-4b02-afb2-e01222d5a8f4}' } } } : {}),
  }),
});
