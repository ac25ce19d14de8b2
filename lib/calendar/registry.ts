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
export const calendarSourceFactories: { [Kind in CalendarSourceKind]: () => CalendarSource & { kind: Kind } } = {
  google: () => createGoogleSource(),
  'ics-file': () => createIcsFileSource() as CalendarSource & { kind: 'ics-file' },
  'ics-url': () => createIcsUrlSource() as CalendarSource & { kind: 'ics-url' },
};

let sources: Record<CalendarSourceKind, CalendarSource> | undefined;

/** The extension's sources, built once on the real browser APIs. */
export function calendarSources(): Record<CalendarSourceKind, CalendarSource> {
  sources ??= Object.fromEntries(
    Object.entries(calendarSourceFactories).map(([kind, create]) => [kind, create()]),
  ) as Record<CalendarSourceKind, CalendarSource>;
  return sources;
}
