import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ControlError } from './event-resource';
import { RelativeTimeError, resolveRelativeTimes } from './relative-time';
import type { CalendarStore } from './store';
import type { ApiEvent, EmulatorData } from './types';

const eventTimeSchema = z.looseObject({
  date: z.string().optional(),
  dateTime: z.string().optional(),
  timeZone: z.string().optional(),
});

/** Events keep every Google field they carry; only what the emulator itself reads is checked. */
const eventSchema = z.looseObject({
  id: z.string().min(1).optional(),
  status: z.enum(['confirmed', 'tentative', 'cancelled']).optional(),
  start: eventTimeSchema.optional(),
  end: eventTimeSchema.optional(),
  originalStartTime: eventTimeSchema.optional(),
  recurringEventId: z.string().min(1).optional(),
  recurrence: z.array(z.string()).optional(),
  created: z.string().optional(),
  updated: z.string().optional(),
});

const calendarSchema = z.object({
  id: z.string().min(1),
  summary: z.string(),
  description: z.string().optional(),
  timeZone: z.string().min(1),
  primary: z.boolean().optional(),
  accessRole: z.enum(['freeBusyReader', 'reader', 'writer', 'owner']).optional(),
  backgroundColor: z.string().optional(),
  foregroundColor: z.string().optional(),
  colorId: z.string().optional(),
  defaultReminders: z.array(z.object({ method: z.string(), minutes: z.number().int() })).optional(),
});

const emulatorDataSchema = z.object({
  calendars: z.array(calendarSchema).min(1),
  events: z.record(z.string(), z.array(eventSchema)).optional(),
});

export interface LoadSummary {
  calendars: number;
  /** Stored events, including series masters and every expanded occurrence. */
  events: number;
}

export async function readDataFile(path: string): Promise<EmulatorData> {
  return JSON.parse(await readFile(path, 'utf8')) as EmulatorData;
}

/**
 * Replaces the store's content with a data set, all or nothing. Masters are inserted before the
 * occurrence overrides that refer to them, whatever the order in the file.
 */
export function loadData(store: CalendarStore, data: unknown, anchorMs: number): LoadSummary {
  const parsed = emulatorDataSchema.safeParse(data);
  if (!parsed.success) throw new ControlError(400, `Invalid emulator data: ${z.prettifyError(parsed.error)}`);
  const { calendars, events = {} } = parsed.data as EmulatorData;
  for (const calendarId of Object.keys(events)) {
    if (!calendars.some((calendar) => calendar.id === calendarId)) {
      throw new ControlError(400, `Events are listed for calendar ${calendarId}, which is not in "calendars"`);
    }
  }
  let count = 0;
  store.replaceContent((staged) => {
    for (const calendar of calendars) staged.addCalendar(calendar);
    for (const [calendarId, list] of Object.entries(events)) {
      const timeZone = staged.requireCalendar(calendarId).definition.timeZone;
      let resolved: ApiEvent[];
      try {
        resolved = list.map((event) => resolveRelativeTimes(event, anchorMs, timeZone));
      } catch (error) {
        if (error instanceof RelativeTimeError) throw new ControlError(400, error.message);
        throw error;
      }
      const isOverride = (event: ApiEvent) => Boolean(event.recurringEventId && event.originalStartTime);
      for (const event of [...resolved.filter((event) => !isOverride(event)), ...resolved.filter(isOverride)]) {
        const updatedAt = event.updated ? Date.parse(event.updated) : undefined;
        staged.insertEvent(calendarId, event, updatedAt !== undefined && !Number.isNaN(updatedAt) ? updatedAt : undefined);
      }
      count += staged.requireCalendar(calendarId).events.size;
    }
  });
  return { calendars: calendars.length, events: count };
}
