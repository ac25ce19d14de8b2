import { describe, expect, it } from 'vitest';
import { createDetector } from '../../lib/detection';
import { ANA, context, detect, FATIMA, KENJI, LENA, LIN, MATEO, meeting, OUTSIDER, SELF, stranger, verdict, vocabulary } from './helpers';

describe('rule 1: confirmed series', () => {
  it('is positive for the series pairing whatever the title says', () => {
    expect(verdict(meeting('Rescheduled', [ANA], { recurringEventId: 'anaseries01' }))).toBe('p-ana');
    expect(verdict(meeting('', [ANA], { recurringEventId: 'anaseries01' }))).toBe('p-ana');
    const result = detect(meeting('Budget review', [ANA], { recurringEventId: 'anaseries01' }));
    expect(result).toMatchObject({ isMentoring: true, pairingId: 'p-ana', confidence: 1 });
    expect(result.reasons).toContain('series confirmed for pairing "Ana Silva mentoring"');
  });

  it("matches the event's own id, and the series inside an instance id", () => {
    expect(verdict(meeting('Friday walk', [ANA, OUTSIDER], { id: 'anaseries01' }))).toBe('p-ana');
    expect(verdict(meeting('Friday walk', [OUTSIDER], { id: 'anaseries01_20260311T063000Z' }))).toBe('p-ana');
  });

  it('ignores extra attendees, rooms and an unanswered invitation', () => {
    expect(verdict(meeting('Ana / Jordan', [ANA, OUTSIDER], { recurringEventId: 'anaseries01', rooms: 1, selfResponse: 'needsAction' }))).toBe(
      'p-ana',
    );
  });

  it('loses only to cancelled, declined and all-day', () => {
    expect(verdict(meeting('Ana / Jordan', [ANA], { recurringEventId: 'anaseries01', status: 'cancelled' }))).toBe(false);
    expect(verdict(meeting('Ana / Jordan', [ANA], { recurringEventId: 'anaseries01', selfResponse: 'declined' }))).toBe(false);
    expect(verdict(meeting('Ana / Jordan', [ANA], { recurringEventId: 'anaseries01', allDay: true }))).toBe(false);
    expect(verdict(meeting('Ana / Jordan', [ANA], { recurringEventId: 'anaseries01', status: 'tentative' }))).toBe('p-ana');
  });

  it('does not confirm an unconfirmed series', () => {
    expect(verdict(meeting('Project Atlas sync', [ANA], { recurringEventId: 'anaseries02' }))).toBe(false);
  });
});

describe('rule 2: the pair meets', () => {
  it.each(['Catch-up', 'Chat', '☕ Coffee', '1:1', 'Ana / Jordan', 'Ana <> Jordan', 'Monthly check-in', '', 'Friday walk 🚶', 'Papo mensal', '月次チェックイン'])(
    'is positive with the generic title %j',
    (title) => {
      expect(verdict(meeting(title, [ANA]))).toBe('p-ana');
    },
  );

  it('is positive without any title', () => {
    expect(verdict(meeting(undefined, [ANA]))).toBe('p-ana');
  });

  it('compares addresses case-insensitively', () => {
    expect(verdict(meeting('Catch-up', ['ANA.SILVA@CORP.EXAMPLE']))).toBe('p-ana');
    expect(verdict(meeting('Chat', ['Kenji.Watanabe@Corp.Example'], { organizer: 'Kenji.Watanabe@Corp.Example' }))).toBe('p-kenji');
  });

  it('never counts rooms as people', () => {
    expect(verdict(meeting('Kenji / Jordan', [KENJI], { rooms: 2 }))).toBe('p-kenji');
  });

  it('says which participant attends, with high confidence when the title has mentoring wording too', () => {
    const generic = detect(meeting('Catch-up', [ANA]));
    expect(generic.confidence).toBeCloseTo(0.8);
    expect(generic.reasons).toEqual([`attendee ${ANA} is in pairing "Ana Silva mentoring"`]);
    const worded = detect(meeting('Mentoring: Q2 goals', [ANA]));
    expect(worded.confidence).toBeCloseTo(0.95);
    expect(worded.reasons).toContain('title says "Mentoring"');
  });

  it('needs two participants of a group pairing and no outsiders', () => {
    expect(verdict(meeting('Chat', [LENA, LIN]))).toBe('p-circle');
    expect(verdict(meeting('Monatlicher Austausch', [LENA, LIN, FATIMA]))).toBe('p-circle');
    expect(verdict(meeting('Chat', [LIN]))).toBe(false);
    expect(verdict(meeting('Chat', [LENA, LIN, OUTSIDER]))).toBe(false);
    expect(detect(meeting('Circle catch-up', [LENA, LIN, FATIMA])).reasons[0]).toBe(
      '3 participants of pairing "Engineering leadership circle" attend, and no one else',
    );
  });

  it('is not satisfied by an outsider or by people of two pairings together', () => {
    expect(verdict(meeting('Catch-up', [ANA, OUTSIDER]))).toBe(false);
    expect(verdict(meeting('Catch-up', [ANA, KENJI]))).toBe(false);
    expect(verdict(meeting('Coffee', [stranger('rafael.costa')]))).toBe(false);
  });

  it('loses to a title that names another purpose', () => {
    expect(verdict(meeting('Standup', [ANA]))).toBe(false);
    expect(verdict(meeting('Team retro', [LENA, LIN, FATIMA]))).toBe(false);
  });

  it('counts the organizer when the guest list shows nobody else (hidden guest list)', () => {
    const event = meeting('Catch-up', [], { organizer: MATEO });
    expect(verdict({ ...event, attendees: [{ email: SELF, self: true, responseStatus: 'accepted' }] })).toBe('p-mateo');
  });
});

describe('not happening for the user', () => {
  it('is negative when cancelled', () => {
    const result = detect(meeting('Mentoring: career goals', [KENJI], { status: 'cancelled' }));
    expect(result).toMatchObject({ isMentoring: false, pairingId: null, reasons: ['cancelled'] });
    expect(result.confidence).toBeLessThan(0.1);
  });

  it("is negative when the user's own entry declined, whatever the others answered", () => {
    expect(detect(meeting('Mentoring session', [stranger('tariq.haddad')], { selfResponse: 'declined' })).reasons).toEqual([
      'you declined this event',
    ]);
    const othersDeclined = meeting('Catch-up', [ANA]);
    othersDeclined.attendees = othersDeclined.attendees?.map((attendee) => (attendee.self ? attendee : { ...attendee, responseStatus: 'declined' }));
    expect(verdict(othersDeclined)).toBe('p-ana');
  });

  it('recognises the user by address when the self flag is missing', () => {
    const event = meeting('Mentoring', [ANA]);
    event.attendees = [{ email: 'Jordan.Lee@corp.example', responseStatus: 'declined' }, { email: ANA }];
    expect(verdict(event)).toBe(false);
  });

  it('still counts a tentative or unanswered invitation, and a forwarded invite without the user', () => {
    expect(verdict(meeting('Priya <> Jordan', [ANA], { selfResponse: 'tentative' }))).toBe('p-ana');
    expect(verdict(meeting('Mentoring session', [stranger('hannah.becker')], { selfResponse: 'needsAction' }))).toBe(null);
    expect(verdict(meeting('Fwd: Mentoring with Olivia', [stranger('olivia.brown'), stranger('kai.muller')], { selfListed: false }))).toBe(null);
  });
});

describe('not a meeting', () => {
  it('is negative for all-day events, even when the pair meets', () => {
    expect(detect(meeting('Mentoring', [stranger('noah.cohen')], { allDay: true })).reasons).toEqual(['all-day event']);
    expect(verdict(meeting('Mentoring week', [], { allDay: true }))).toBe(false);
    expect(verdict(meeting('Ana / Jordan', [ANA], { allDay: true }))).toBe(false);
  });

  it('is negative for calendar blocks that are no meetings', () => {
    expect(verdict({ ...meeting('Mentoring', [ANA]), eventType: 'outOfOffice' })).toBe(false);
    expect(verdict({ ...meeting('Mentoring', [ANA]), eventType: 'workingLocation' })).toBe(false);
  });
});

describe("the user's decisions and settings", () => {
  it('lets a rejected series or event beat the detector, confirmed series included', () => {
    const detectWithRejections = createDetector({ ...context, notMentoringSeriesIds: ['anaseries01', 'one-off-1'] }, vocabulary);
    const rejectedSeries = detectWithRejections(meeting('Ana / Jordan', [ANA], { recurringEventId: 'anaseries01' }));
    expect(rejectedSeries).toMatchObject({ isMentoring: false, pairingId: null });
    expect(rejectedSeries.reasons).toEqual(['you marked this event as not mentoring']);
    expect(detectWithRejections(meeting('Mentoring', [ANA], { id: 'one-off-1' })).isMentoring).toBe(false);
    expect(detectWithRejections(meeting('Mentoring', [ANA], { id: 'one-off-2' })).isMentoring).toBe(true);
  });

  it('finds nothing when detection is turned off', () => {
    const off = createDetector({ ...context, settings: { enabled: false, minConfidence: 0, extraKeywords: [], ignoreKeywords: [] } }, vocabulary);
    expect(off(meeting('Ana / Jordan', [ANA], { recurringEventId: 'anaseries01' }))).toMatchObject({ isMentoring: false, confidence: 0 });
  });

  it('counts extra keywords as mentoring wording, without choosing a pairing', () => {
    const settings = { enabled: true, minConfidence: 0.5, extraKeywords: ['Sparring'], ignoreKeywords: [] };
    const withExtra = createDetector({ ...context, settings }, vocabulary);
    expect(withExtra(meeting('Sparring session', [stranger('noah.cohen')]))).toMatchObject({ isMentoring: true, pairingId: null });
    expect(verdict(meeting('Sparring session', [stranger('noah.cohen')]))).toBe(false);
  });

  it('makes ignore keywords negative whatever else the event says, in the title or the description', () => {
    const settings = { enabled: true, minConfidence: 0, extraKeywords: [], ignoreKeywords: ['Atlas'] };
    const withIgnore = createDetector({ ...context, settings }, vocabulary);
    const inTitle = withIgnore(meeting('Mentoring – Atlas handover', [ANA], { recurringEventId: 'anaseries01' }));
    expect(inTitle.isMentoring).toBe(false);
    expect(inTitle.reasons).toEqual(['title says "Atlas", which you chose to ignore']);
    expect(withIgnore(meeting('Mentoring', [ANA], { description: 'Atlas status first' })).isMentoring).toBe(false);
  });

  it('treats a result under the minimum confidence as no session, and says so', () => {
    const strict = createDetector({ ...context, settings: { enabled: true, minConfidence: 0.75, extraKeywords: [], ignoreKeywords: [] } }, vocabulary);
    const result = strict(meeting('Mentoring', [stranger('noah.cohen')]));
    expect(result.isMentoring).toBe(false);
    expect(result.reasons.at(-1)).toBe('confidence 0.70 is below your threshold 0.75');
    expect(strict(meeting('Catch-up', [ANA])).isMentoring).toBe(true);
  });
});
