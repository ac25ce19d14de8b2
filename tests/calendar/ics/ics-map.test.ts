import { describe, expect, it } from 'vitest';
import { findMeetLink } from '../../../lib/calendar/ics/meet-link';
import { bySummary, convert } from './support';

describe('people on ICS events', () => {
  const { copies } = convert('google-export.ics', { selfEmail: 'Grace.Hopper@example.com' });

  it('maps attendees with their response, the organizer, a room as a resource and the user as self', () => {
    const [first] = bySummary(copies, 'Mentoring: Ada / Grace');
    expect(first!.event.organizer).toEqual({ email: 'ada.lovelace@example.com', displayName: 'Ada Lovelace' });
    expect(first!.event.attendees).toEqual([
      { email: 'ada.lovelace@example.com', displayName: 'Ada Lovelace', responseStatus: 'accepted', organizer: true },
      { email: 'grace.hopper@example.com', displayName: 'Grace Hopper', responseStatus: 'accepted', self: true },
      {
        email: 'c_1889abcdef0123456789@resource.calendar.google.com',
        displayName: 'Berlin-3-Turing (8)',
        responseStatus: 'accepted',
        resource: true,
      },
    ]);
  });

  it('takes an override’s own attendees and answers, not the series’', () => {
    const [moved] = bySummary(copies, 'Mentoring: Ada / Grace (moved)');
    expect(moved!.event.attendees?.find((person) => person.self)?.responseStatus).toBe('tentative');
    expect(moved!.event.attendees?.some((person) => person.resource)).toBe(false);
  });

  it('marks optional and declined attendees and the user as organizer of their own event', () => {
    const [circle] = bySummary(copies, 'Mentoring circle – strategic thinking');
    expect(circle!.event.attendees?.find((person) => person.self)).toEqual({
      email: 'grace.hopper@example.com',
      displayName: 'Grace Hopper',
      responseStatus: 'declined',
      self: true,
      optional: true,
    });
    expect(circle!.event.attendees?.find((person) => person.email === 'katherine.johnson@example.com')?.responseStatus).toBe('needsAction');

    const [reverse] = bySummary(copies, 'Reverse mentoring: AI tools');
    expect(reverse!.event.organizer).toEqual({ email: 'grace.hopper@example.com', displayName: 'Grace Hopper', self: true });
    expect(reverse!.event.attendees?.find((person) => person.self)?.organizer).toBe(true);
  });

  it('marks nobody as self when the user’s address is not known', () => {
    const anonymous = convert('google-export.ics').copies;
    expect(anonymous.flatMap((copy) => [copy.event.organizer, ...(copy.event.attendees ?? [])]).some((person) => person?.self)).toBe(false);
  });

  it('reads Outlook rooms (CUTYPE=ROOM) as resources and non-participants as optional', () => {
    const outlook = convert('outlook-export.ics').copies;
    const [circle] = bySummary(outlook, 'Mentoring – Leadership circle');
    const room = circle!.event.attendees?.find((person) => person.email === 'room412@contoso.com');
    expect(room).toEqual({ email: 'room412@contoso.com', displayName: 'Room 4.12 Lovelace', responseStatus: 'accepted', resource: true, optional: true });
    expect(circle!.event.organizer).toEqual({ email: 'margaret.hamilton@contoso.com', displayName: 'Margaret Hamilton' });
    expect(circle!.event.attendees?.find((person) => person.organizer)?.email).toBe('margaret.hamilton@contoso.com');
  });
});

describe('event text and links', () => {
  const google = convert('google-export.ics').copies;
  const outlook = convert('outlook-export.ics').copies;

  it('finds the Meet link in X-GOOGLE-CONFERENCE, URL, LOCATION or DESCRIPTION', () => {
    expect(bySummary(google, 'Mentoring circle – strategic thinking')[0]!.event.hangoutLink).toBe('https://meet.google.com/kmn-pqrs-tuv');
    expect(bySummary(outlook, 'Journaling hour')[0]!.event.hangoutLink).toBe('https://meet.google.com/jkl-mnop-qrs');
    expect(bySummary(outlook, 'Mentor check-in (NYC)')[0]!.event.hangoutLink).toBe('https://meet.google.com/qrs-tuvw-xyz');
    expect(bySummary(google, 'Mentoring: Ada / Grace')[0]!.event.hangoutLink).toBe('https://meet.google.com/abc-defg-hij');
  });

  it('gives no Meet link to a Teams meeting', () => {
    const [circle] = bySummary(outlook, 'Mentoring – Leadership circle');
    expect(circle!.event.description).toContain('Microsoft Teams meeting');
    expect(circle!.event.hangoutLink).toBeUndefined();
  });

  it('keeps an HTML description as inert text, exactly as written, and still finds its Meet link', () => {
    const [reverse] = bySummary(google, 'Reverse mentoring: AI tools');
    expect(reverse!.event.description).toBe(
      '<b>Reverse mentoring</b><br>Agenda:<ul><li>AI assistants for leaders</li><li>Shortcuts &amp; habits</li></ul>' +
        "<script>alert('x')</script><a href=\"https://meet.google.com/xyz-abcd-efg\">Join the call</a>",
    );
    expect(reverse!.event.hangoutLink).toBe('https://meet.google.com/xyz-abcd-efg');
  });

  it('unescapes ICS text and carries UID, URL and the last change', () => {
    const [first] = bySummary(google, 'Mentoring: Ada / Grace');
    expect(first!.event.description).toMatch(/^Fortnightly 1:1 in the leadership mentoring programme\.\nGoals: delegation, executive presence\./);
    expect(first!.event.location).toBe('Berlin-3-Turing (8)');
    expect(first!.event.iCalUID).toBe('5f0c7q2ob6b4k1l0n3m2p9r8s7@google.com');
    expect(first!.event.updated).toBe('2026-10-02T12:00:00.000Z');
    expect(bySummary(outlook, 'Journaling hour')[0]!.event.htmlLink).toBe('https://meet.google.com/jkl-mnop-qrs');
    expect(bySummary(outlook, 'Journaling hour')[0]!.event.status).toBe('tentative');
  });
});

describe('findMeetLink', () => {
  it('takes the first source that has a link, normalised to lower case', () => {
    expect(findMeetLink([undefined, 'Room 3', 'Join: HTTPS://MEET.GOOGLE.COM/ABC-DEFG-HIJ?authuser=0', 'https://meet.google.com/zzz-zzzz-zzz'])).toBe(
      'https://meet.google.com/abc-defg-hij',
    );
  });

  it('ignores look-alike hosts, plain http and codes of the wrong shape', () => {
    expect(findMeetLink(['https://meet.google.com.evil.example/abc-defg-hij'])).toBeUndefined();
    expect(findMeetLink(['http://meet.google.com/abc-defg-hij'])).toBeUndefined();
    expect(findMeetLink(['https://meet.google.com/abc-defg-hijk'])).toBeUndefined();
    expect(findMeetLink(['https://meet.google.com/landing'])).toBeUndefined();
  });
});
