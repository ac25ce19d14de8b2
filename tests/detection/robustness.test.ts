import { describe, expect, it } from 'vitest';
import { createDetector, detectMentoring, type DetectableEvent, type DetectionContext } from '../../lib/detection';
import type { Pairing } from '../../lib/model/pairing';
import { ANA, context, meeting, SELF, vocabulary } from './helpers';

/** Values that an untrusted source could put where an event or its fields belong. */
const oddValues: unknown[] = [null, undefined, 0, 42, '', 'text', true, [], {}, [1, 2], { nested: { deep: [] } }, Number.NaN];

function asEvent(value: unknown): DetectableEvent {
  return value as DetectableEvent;
}

describe('untrusted input', () => {
  const detect = createDetector(context, vocabulary);

  it.each(oddValues)('never throws for the event %j', (value) => {
    const result = detect(asEvent(value));
    expect(result.isMentoring).toBe(false);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it('never throws when any field has the wrong type', () => {
    const fields = ['id', 'status', 'summary', 'description', 'start', 'end', 'attendees', 'organizer', 'recurringEventId', 'eventType'];
    for (const field of fields) {
      for (const value of oddValues) {
        const result = detect(asEvent({ ...meeting('Mentoring', [ANA]), [field]: value }));
        expect(result.confidence).toBeGreaterThanOrEqual(0);
        expect(result.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it('skips malformed guests instead of failing', () => {
    const event = asEvent({
      ...meeting('Catch-up', []),
      attendees: [null, 'ana', 42, { email: 7 }, { email: SELF, self: true }, { email: ANA }, { resource: true }],
    });
    const result = detect(event);
    // The guest without a usable address is someone unknown: the pair does not meet alone.
    expect(result.isMentoring).toBe(false);
  });

  it('reads a context with missing or odd parts', () => {
    const odd = { selfEmail: undefined, pairings: [null, { id: 'p-x' }, { id: 'p-y', participants: 'nobody', seriesIds: [3], keywords: null }] };
    const detectOdd = createDetector(odd as unknown as DetectionContext, vocabulary);
    expect(detectOdd(meeting('Mentoring', [ANA])).isMentoring).toBe(true);
  });

  it('keeps confidence within 0..1 and always gives reasons', () => {
    const events = [meeting('Mentoring', [ANA]), meeting('Standup', [ANA]), meeting(''), meeting('Ana / Jordan', [ANA], { recurringEventId: 'anaseries01' })];
    for (const event of events) {
      const result = detect(event);
      expect(result.confidence).toBeGreaterThanOrEqual(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
      expect(result.reasons.length).toBeGreaterThan(0);
      if (!result.isMentoring) expect(result.pairingId).toBeNull();
    }
  });

  it('handles a very long HTML description', () => {
    const agenda = '<ul>' + '<li>Item with <b>bold</b> text &amp; an entity</li>'.repeat(2_000) + '</ul><p>Mentoring conversation</p>';
    expect(detect(meeting('Catch-up', ['noah.cohen@corp.example'], { description: agenda })).isMentoring).toBe(true);
  });

  it('gives the same answer through the convenience function', () => {
    const event = meeting('Mentoring', [ANA]);
    expect(detectMentoring(event, context, vocabulary)).toEqual(createDetector(context, vocabulary)(event));
  });

  it('accepts a full Pairing from the model', () => {
    const pairing: Pairing = {
      id: 'p-full',
      title: 'Full pairing',
      type: 'one-on-one',
      myRole: 'mentor',
      participants: [{ email: ANA, name: 'Ana Silva' }],
      cadenceDays: 14,
      status: 'active',
      seriesIds: [],
      keywords: [],
      isDemo: false,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    };
    const detectWithModel = createDetector({ selfEmail: SELF, pairings: [pairing] }, vocabulary);
    expect(detectWithModel(meeting('Chat', [ANA])).pairingId).toBe('p-full');
  });
});
