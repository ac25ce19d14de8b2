import type { CalendarSourceKind } from '../model';
import { createGoogleSource } from './google/google-source';
import { createIcsFileSource } from './ics/ics-file-source';
import { createIcsUrlSource } from './ics/ics-url-source';
import type { CalendarSource } from './source';

/**
 * Every calendar source, one line each: how the background builds it. Adding a source (say,
 * Outlook through Microsoft Graph) is a folder implementing CalendarSource, its kind in
 * `calendarSourceKinds` (lib/model/calendar-source.ts), and its line here; TypeScript refuses the
 * build until the two lists agree.
 */
export const calendarSourceFactories = {
  google: () => createGoogleSource(),
  'ics-file': () => createIcsFileSource(),
  'ics-url': () => createIcsUrlSource(),
} satisfies { [Kind in CalendarSourceKind]: () => CalendarSource & { kind: Kind } };

/** Each source with its own type, so the background can check each one's handlers against the messages. */
export type CalendarSources = { [Kind in CalendarSourceKind]: ReturnType<(typeof calendarSourceFactories)[Kind]> };

let sources: CalendarSources | undefined;

/** The extension's sources, built once on the real browser APIs. */
export function calendarSources(): CalendarSources {
  sources ??= Object.fromEntries(
    Object.entries(calendarSourceFactories).map(([kind, create]) => [kind, create()]),
  ) as CalendarSources;
  return sources;
}
