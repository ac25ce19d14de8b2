import { startCalendarSources } from '../calendar/sync-everything';
import { startFirstRun } from '../demo/first-run';
import { startGooglePages } from '../google-pages/start';
import { startSidePanelBehavior } from '../panel/side-panel-behavior';
import { startSessionsAndPrompts } from '../sessions/start';
import { unhandledMessages } from './register';

/**
 * The whole background, one entry per thing it starts. Each start registers its own listeners and
 * message handlers synchronously, so events that woke the service worker are not missed.
 */
export const BACKGROUND_STARTS: readonly (() => void)[] = [
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
