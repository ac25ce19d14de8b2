import { startCalendarSources } from '../lib/background/sync-everything';
import { startFirstRun } from '../lib/demo/first-run';
import { startGooglePages } from '../lib/background/google-pages-start';
import { unhandledMessages } from '../lib/messaging/register';
import { startSidePanelBehavior } from '../lib/background/side-panel-behavior';
import { startSessionsAndPrompts } from '../lib/background/sessions-start';

// The whole background, one line per thing it starts. Each start* registers its own listeners and
// message handlers synchronously, so events that woke the service worker are not missed.
export default defineBackground(() => {
  startCalendarSources();
  startSidePanelBehavior();
  startSessionsAndPrompts();
  startFirstRun();
  startGooglePages();
  const missing = unhandledMessages();
  if (missing.length > 0) console.error(`Mentoring Companion: no handler for ${missing.join(', ')}`);
});
