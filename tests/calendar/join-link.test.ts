import { describe, expect, it } from 'vitest';
import { joinLinkOf, safeJoinLink } from '../../lib/calendar/join-link';
import { toEventCopy } from '../../lib/calendar/event-copy';

/** A Zoom meeting as the Calendar API returns it when the Zoom add-on attached it: no hangoutLink. */
const zoomEvent = {
  id: 'zoom1',
  summary: 'Mentoring: Ana / Jordan',
  start: { dateTime: '2026-11-23T09:00:00Z' },
  end: { dateTime: '2026-11-23T10:00:00Z' },
  conferenceData: {
    conferenceId: '81234567890',
    conferenceSolution: { key: { type: 'addOn' }, name: 'Zoom Meeting', iconUri: 'https://lh3.googleusercontent.com/zoom.png' },
    entryPoints: [
      { entryPointType: 'video', uri: 'https://us02web.zoom.us/j/81234567890?pwd=abc', label: 'us02web.zoom.us/j/81234567890', meetingCode: '81234567890', passcode: '123456' },
      { entryPointType: 'phone', uri: 'tel:+13126266799,,81234567890#', label: '+1 312-626-6799', regionCode: 'US' },
    ],
    parameters: { addOnParameters: { parameters: { meetingType: '2' } } },
  },
};

describe('the link to join a call', () => {
  it('is kept from conferenceData in the stored copy, in the API’s own shape', () => {
    const result = toEventCopy(zoomEvent, 'google:primary', 'google');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.copy.event.conferenceData).toEqual({
      conferenceId: '81234567890',
      conferenceSolution: { key: { type: 'addOn' }, name: 'Zoom Meeting', iconUri: 'https://lh3.googleusercontent.com/zoom.png' },
      entryPoints: zoomEvent.conferenceData.entryPoints,
    });
    expect(joinLinkOf(result.copy.event)).toEqual({ href: 'https://us02web.zoom.us/j/81234567890?pwd=abc', host: 'us02web.zoom.us' });
  });

  it('prefers the conference’s video entry point, else Google’s hangoutLink', () => {
    expect(joinLinkOf({ hangoutLink: 'https://meet.google.com/abc-defg-hij' })).toEqual({ href: 'https://meet.google.com/abc-defg-hij', host: 'meet.google.com' });
    expect(
      joinLinkOf({
        hangoutLink: 'https://meet.google.com/abc-defg-hij',
        conferenceData: { entryPoints: [{ entryPointType: 'phone', uri: 'tel:+1' }, { entryPointType: 'video', uri: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting' }] },
      })?.host,
    ).toBe('teams.microsoft.com');
  });

  it('is never anything but a plain https address, and shows the host a look-alike really has', () => {
    for (const unsafe of ['javascript:alert(1)', 'http://zoom.us/j/1', 'https://user:pw@zoom.us/j/1', 'data:text/html,hi', 'zoom.us/j/1', '']) {
      expect(safeJoinLink(unsafe), unsafe).toBeUndefined();
    }
    expect(joinLinkOf({ conferenceData: { entryPoints: [{ entryPointType: 'video', uri: 'javascript:alert(1)' }] }, hangoutLink: 'ftp://x' })).toBeUndefined();
    // Cyrillic "о" in zoom: the host shown is the punycode the browser will contact.
    expect(safeJoinLink('https://zооm.us/j/1')?.host).toBe('xn--zm-fmca.us');
  });
});
