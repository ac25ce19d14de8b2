/**
 * The layers of the extension, in the one direction imports flow (issue 8):
 *   lib/model -> lib/db -> lib's domains -> lib/messaging -> lib/background -> components -> entrypoints
 * A file may import from its own layer and the layers before it, never from a later one. lib/background
 * is the background's wiring (message handlers, alarms, browser events); only the background entry point
 * uses it. Content scripts run inside Google's pages and never reach the database. No cycles.
 * `npm run layers` (and `npm test`) check this; .dependency-cruiser-content.cjs follows the content scripts'
 * runtime imports all the way down.
 */
const DOMAINS = '^lib/(?!model/|db/|messaging/|background/)';
const UI_AND_ENTRIES = 'components/|entrypoints/';
const CONTENT_SCRIPTS = '^(entrypoints/[^/]*content[^/]*|components/(calendar-page|google-pages|meet-page)/)';
const DATABASE = '(^lib/db/|/dexie/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules that import each other cannot be read, tested or loaded one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'model-first',
      severity: 'error',
      comment: 'lib/model holds the schemas and types everything else builds on.',
      from: { path: '^lib/model/' },
      to: { path: `^(lib/(?!model/)|${UI_AND_ENTRIES})` },
    },
    {
      name: 'db-after-model',
      severity: 'error',
      from: { path: '^lib/db/' },
      to: { path: `^(lib/(?!model/|db/)|${UI_AND_ENTRIES})` },
    },
    {
      name: 'domains-before-messaging',
      severity: 'error',
      comment: 'Domain code is called by the messages and the UI, never the other way round: its types live in the domain.',
      from: { path: DOMAINS },
      to: { path: `^(lib/(messaging|background)/|${UI_AND_ENTRIES})` },
    },
    {
      name: 'messaging-before-background',
      severity: 'error',
      from: { path: '^lib/messaging/' },
      to: { path: `^(lib/background/|${UI_AND_ENTRIES})` },
    },
    {
      name: 'background-wiring-only-for-the-background',
      severity: 'error',
      comment: 'lib/background registers handlers and listeners: only entrypoints/background.ts starts it.',
      from: { path: '^(?!lib/background/|entrypoints/background\\.ts$)' },
      to: { path: '^lib/background/' },
    },
    {
      name: 'background-before-the-ui',
      severity: 'error',
      from: { path: '^lib/background/' },
      to: { path: `^(${UI_AND_ENTRIES})` },
    },
    {
      name: 'components-before-entrypoints',
      severity: 'error',
      comment: 'Entry points wire and mount; nothing imports them.',
      from: { path: '^components/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'content-scripts-never-import-the-database',
      severity: 'error',
      comment: "Code that runs inside Google's pages asks the background by message; Dexie stays in the extension's own pages.",
      from: { path: CONTENT_SCRIPTS },
      to: { path: DATABASE },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The extension's own code; tests, tools and bench may reach into any layer.
    includeOnly: { path: '^(lib|components|entrypoints)/|node_modules/dexie/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
