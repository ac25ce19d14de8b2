import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarEventCopy, Pairing, Session } from '../../lib/model';
import { startEmulator, type RunningEmulator } from '../../tools/calendar-emulator';
import { OptionsPage } from './pages/options-page';
import { SidePanelPage } from './pages/side-panel';
import { launchExtension, type LaunchedExtension } from './support/browser';
import { putRows, readTable, waitForRows } from './support/extension-db';
import { sendFromPage } from './support/messages';

/**
 * Calendar changes a user sees in Chromium (issue 7): a call that exists only in the event's
 * conference data (Zoom) is offered in the side panel with its host shown; a whole recurring series
 * deleted in Google Calendar, reported as Google's minimal `{ id: <series>, status: "cancelled" }`,
 * takes every occurrence with it and cancels their sessions, keeping what the user wrote.
 */
const SELF = 'jordan.lee@corp.example';
const ANA = { email: 'ana.silva@corp.example', displayName: 'Ana Silva', responseStatus: 'accepted' };
const ZOOM = 'https://us02web.zoom.us/j/81234567890?pwd=Zm9v';
const stamp = new Date().toISOString();
const base = Math.floor(Date.now() / 3_600_000) * 3_600_000;
const hoursFromNow = (hours: number) => new Date(base + hours * 3_600_000).toISOString();

const ana: Pairing = {
  id: 'p-ana',
  title: 'Ana Silva mentoring',
  type: 'one-on-one',
  myRole: 'mentor',
  participants: [{ email: ANA.email, name: 'Ana Silva' }],
  cadenceDays: 7,
  status: 'active',
  seriesIds: [],
  keywords: [],
  isDemo: false,
  createdAt: stamp,
  updatedAt: stamp,
};

let emulator: RunningEmulator;
let extension: LaunchedExtension;
let page: Page;

beforeAll(async () => {
  emulator = await startEmulator({
    httpPort: 0,
    httpsPort: 0,
    data: { calendars: [{ id: SELF, summary: SELF, timeZone: 'Europe/London', primary: true }], events: { [SELF]: [] } },
  });
  emulator.control.addEvent(SELF, {
    id: 'zoommentoring',
    summary: 'Mentoring: Ana / Jordan',
    start: { dateTime: hoursFromNow(20) },
    end: { dateTime: hoursFromNow(21) },
    attendees: [ANA, { email: SELF, self: true, responseStatus: 'accepted' }],
    conferenceData: {
      conferenceId: '81234567890',
      conferenceSolution: { key: { type: 'addOn' }, name: 'Zoom Meeting' },
      entryPoints: [
        { entryPointType: 'video', uri: ZOOM, label: 'us02web.zoom.us/j/81234567890', meetingCode: '81234567890' },
        { entryPointType: 'phone', uri: 'tel:+13126266799,,81234567890#', label: '+1 312-626-6799' },
      ],
    },
  });
  emulator.control.addEvent(SELF, {
    id: 'weeklyana',
    summary: 'Mentoring: Ana / Jordan (weekly)',
    start: { dateTime: hoursFromNow(48) },
    end: { dateTime: hoursFromNow(49) },
    recurrence: ['RRULE:FREQ=WEEKLY;COUNT=6'],
    attendees: [ANA, { email: SELF, self: true, responseStatus: 'accepted' }],
  });
  const port = emulator.httpsPort!;
  extension = await launchExtension({ mapHosts: { 'www.googleapis.com': port, 'accounts.google.com': port, 'oauth2.googleapis.com': port } });
  page = await extension.openPage('sidepanel.html');
  // A fresh install loads the sample data; this user starts from their own pairing instead.
  await waitForRows<Pairing>(page, 'pairings', (rows) => rows.some((row) => row.isDemo));
  const options = await OptionsPage.open(extension.context, extension.extensionId);
  expect((await options.calendar.removeDemo()).ok).toBe(true);
  await options.page.close();
  await waitForRows<Pairing>(page, 'pairings', (rows) => rows.length === 0);
  await putRows(page, 'pairings', [ana]);
  expect(await sendFromPage(page, 'signInGoogle')).toMatchObject({ calendarKey: 'google:primary' });
  expect((await sendFromPage(page, 'syncNow')).errors).toEqual([]);
});

afterAll(async () => {
  await extension?.close();
  await emulator?.close();
});

describe('calendar changes in Chromium', () => {
  it('offers a Zoom call that only the conference data knows, showing its host', async () => {
    const copy = (await readTable<CalendarEventCopy>(page, 'events')).find((row) => row.eventId === 'zoommentoring');
    expect(copy?.event.conferenceData?.entryPoints?.[0]).toMatchObject({ entryPointType: 'video', uri: ZOOM });
    expect(copy?.event).not.toHaveProperty('hangoutLink');
    await waitForRows<Session>(page, 'sessions', (rows) => rows.some((row) => row.calendar?.eventId === 'zoommentoring'));

    const panel = await SidePanelPage.open(extension.context, extension.extensionId, { pairing: 'p-ana' });
    expect(await panel.nextSessionTitle()).toBe('Mentoring: Ana / Jordan');
    expect(await panel.callLink()).toEqual({ name: 'Join the call on us02web.zoom.us', href: ZOOM });
    await panel.page.close();
  });

  it('drops every occurrence of a deleted series and cancels its sessions, keeping their notes', async () => {
    const weekly = (rows: CalendarEventCopy[]) => rows.filter((row) => row.seriesId === 'weeklyana');
    expect(weekly(await readTable<CalendarEventCopy>(page, 'events'))).toHaveLength(6);
    const sessions = await waitForRows<Session>(page, 'sessions', (rows) => rows.filter((row) => row.calendar?.seriesId === 'weeklyana').length === 6);
    const first = sessions.filter((row) => row.calendar?.seriesId === 'weeklyana').sort((a, b) => a.start.localeCompare(b.start))[0]!;
    await putRows(page, 'sessions', [{ ...first, notes: 'Bring the promotion packet draft.', updatedAt: new Date().toISOString() }]);

    emulator.control.clearRequestLog();
    emulator.control.cancelEvent(SELF, 'weeklyana');
    const summary = await sendFromPage(page, 'syncNow');

    // Google's minimal form reached the extension: one item, the series' own id.
    const listed = emulator.control.requestLog().filter((entry) => entry.path.includes('/events'));
    expect(listed).toHaveLength(1);
    expect(summary).toMatchObject({ added: 0, updated: 0, removed: 6, errors: [] });
    expect(weekly(await readTable<CalendarEventCopy>(page, 'events'))).toEqual([]);
    const after = await waitForRows<Session>(page, 'sessions', (rows) =>
      rows.filter((row) => row.calendar?.seriesId === 'weeklyana').every((row) => row.status === 'cancelled'),
    );
    const kept = after.find((row) => row.id === first.id);
    expect(kept).toMatchObject({ status: 'cancelled', notes: 'Bring the promotion packet draft.', calendar: { present: false } });
  });
});
