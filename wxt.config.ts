import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Permissions are justified one by one in the README ("Permissions").
export default defineConfig({
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Mentoring Companion',
    description:
      'Finds your mentoring meetings in Google Calendar and keeps goals, notes and commitments beside the call.',
    permissions: ['storage', 'alarms', 'notifications', 'identity', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    host_permissions: ['https://www.googleapis.com/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Mentoring Companion' },
  }),
});
