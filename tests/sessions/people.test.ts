import { describe, expect, it } from 'vitest';
import { AttendeeReader } from '../../lib/detection/attendees';
import type { GoogleEvent } from '../../lib/model';
import { otherPeople, userDeclined } from '../../lib/sessions/people';

const SELF = 'jordan.lee@corp.example';
const ana = { email: 'ana.silva@corp.example', displayName: 'Ana Silva' };
const ben = { email: 'ben.okafor@corp.example' };

function event(fields: Partial<GoogleEvent>): GoogleEvent {
  return { id: 'e1', summary: 'Mentoring', start: { dateTime: '2026-11-21T10:00:00Z' }, end: { dateTime: '2026-11-21T11:00:00Z' }, ...fields } as GoogleEvent;
}

/** What the detector counts of the same event. */
function detected(of: GoogleEvent) {
  const summary = new AttendeeReader(SELF, new Map(), 0).read(of as unknown as Record<string, unknown>);
  return { count: summary.humanCount, declined: summary.selfDeclined };
}

const cases: [string, GoogleEvent, string[]][] = [
  ['the guests but the user (flagged self)', event({ attendees: [{ email: SELF, self: true }, ana, ben] }), [ana.email, ben.email]],
  ['the guests but the user (by address, any case)', event({ attendees: [{ email: 'Jordan.Lee@Corp.example' }, ana] }), [ana.email]],
  ['no rooms or shared calendars', event({ attendees: [ana, { email: 'room-4@corp.example', resource: true }, { email: 'team@group.calendar.google.com' }] }), [ana.email]],
  ['not an organizer left off a list of other guests (who only scheduled it)', event({ organizer: { email: 'assistant@corp.example' }, attendees: [{ email: SELF, self: true }, ana] }), [ana.email]],
  ['the organizer when the guest list shows nobody else', event({ organizer: { email: ana.email, displayName: ana.displayName } }), [ana.email]],
  ['not the user as organizer', event({ organizer: { email: SELF, self: true }, attendees: [{ email: SELF, self: true }] }), []],
  ['guests whatever their answer', event({ attendees: [{ ...ana, responseStatus: 'declined' }, { ...ben, responseStatus: 'tentative' }] }), [ana.email, ben.email]],
];

describe('who attends besides the user: one rule for the detector, suggestions and Calendar marks', () => {
  it.each(cases)('counts %s', (_what, of, emails) => {
    expect(otherPeople(of, SELF).map((person) => person.email)).toEqual(emails);
    expect(detected(of).count).toBe(emails.length);
  });

  it('names a person by their calendar name, else by their address', () => {
    expect(otherPeople(event({ attendees: [ana, ben] }), SELF).map((person) => person.name)).toEqual(['Ana Silva', 'Ben Okafor']);
  });

  it('sees the user decline by their own entry only', () => {
    const declined = event({ attendees: [{ email: SELF, self: true, responseStatus: 'declined' }, ana] });
    const othersDeclined = event({ attendees: [{ email: SELF, self: true, responseStatus: 'accepted' }, { ...ana, responseStatus: 'declined' }] });
    expect([userDeclined(declined, SELF), detected(declined).declined]).toEqual([true, true]);
    expect([userDeclined(othersDeclined, SELF), detected(othersDeclined).declined]).toEqual([false, false]);
  });
});
