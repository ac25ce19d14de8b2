import { startFirstRun } from '../demo/first-run';
import { unhandledMessages } from '../messaging/register';
import { startSidePanelBehavior } from '../panel/side-panel-behavior';
import { startGooglePages } from './google-pages-start';
import { startSessionsAndPrompts } from './sessions-start';
import { startCalendarSources } from './sync-everything';

/**
 * The whole background, one entry per thing it starts. Each start registers its own listeners and
 * message handlers synchronously, so events that woke the service worker are not missed.
 */
const BACKGROUND_STARTS: readonly (() => void)[] = [
  startCalendarSources,
  startSidePanelBehavior,
  startSessionsAndPrompts,
  startFirstRun,
  startGooglePages,
];

/** Starts everything; returns the messages that still have no handler (none, when nothing was forgotten). */
export function startBackground(): string[] {
  for (const start of BACKGROUND_STARTS) start();
  return unhandledMessages();
}
