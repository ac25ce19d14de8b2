import { describe, expect, it } from 'vitest';
import { createDetector, type DetectionPairing } from '../../lib/detection';
import { ANA, context, detect, FATIMA, KENJI, LENA, LIN, MATEO, meeting, OUTSIDER, pairings, stranger, verdict, vocabulary } from './helpers';

describe('pairingId precedence', () => {
  it('takes the confirmed series first, even when another pairing meets alone', () => {
    expect(verdict(meeting('Mentoring', [KENJI], { recurringEventId: 'anaseries01' }))).toBe('p-ana');
  });

  it('takes the pair that meets before a keyword of another pairing', () => {
    expect(verdict(meeting('Leadership Lab', [ANA]))).toBe('p-ana');
  });

  it("takes a pairing's keyword before the pairing whose participants attend", () => {
    const result = detect(meeting('Leadership Lab', [ANA, OUTSIDER]));
    expect(result).toMatchObject({ isMentoring: true, pairingId: 'p-mateo' });
    expect(result.reasons).toContain('"Leadership Lab" is a keyword of pairing "Mateo García – high-potential programme"');
  });

  it('takes the pairing with the most participants attending', () => {
    expect(verdict(meeting('Mentoring', [ANA, OUTSIDER]))).toBe('p-ana');
    expect(verdict(meeting('Mentoring', [LENA, LIN, ANA]))).toBe('p-circle');
  });

  it('gives no pairing on a tie, and says why', () => {
    const result = detect(meeting('Mentoring', [ANA, KENJI]));
    expect(result).toMatchObject({ isMentoring: true, pairingId: null });
    expect(result.reasons).toContain('participants of several pairings attend in equal numbers, so no pairing is chosen');
  });

  it('gives a group pairing to a single participant alone with the user and mentoring wording', () => {
    expect(verdict(meeting('Mentoring-Gespräch', [LENA]))).toBe('p-circle');
    expect(verdict(meeting('Group mentoring: managing up', [FATIMA, LIN, stranger('tariq.haddad')]))).toBe('p-circle');
  });

  it('falls back to a participant named by full name in the title', () => {
    const result = detect(meeting('Mentoring with Ana Silva', ['ana.silva@home.example']));
    expect(result).toMatchObject({ isMentoring: true, pairingId: 'p-ana' });
    expect(result.reasons).toContain('title names Ana Silva of pairing "Ana Silva mentoring"');
    expect(verdict(meeting('Mentoring with Mateo Garcia', [stranger('someone')]))).toBe('p-mateo');
  });

  it('does not take a first name alone for a full name', () => {
    expect(verdict(meeting('Mentoring with Ana', ['ana@home.example']))).toBe(null);
  });

  it('prefers attending participants to a name in the title', () => {
    expect(verdict(meeting('Mentoring with Ana Silva', [KENJI, OUTSIDER]))).toBe('p-kenji');
  });

  it('gives null when no pairing matches', () => {
    expect(verdict(meeting('Mentoring', [stranger('aisha.rahman')]))).toBe(null);
  });

  it('does not let one person who is in two pairings make a pair meet ambiguously', () => {
    const lenaAlone: DetectionPairing = {
      id: 'p-lena',
      title: 'Lena one-on-one',
      type: 'one-on-one',
      myRole: 'mentor',
      participants: [{ email: LENA, name: 'Lena Hoffmann' }],
      seriesIds: [],
      keywords: [],
    };
    const detectBoth = createDetector({ ...context, pairings: [...pairings, lenaAlone] }, vocabulary);
    // Alone, Lena makes her one-on-one pairing meet (the group pairing needs two).
    expect(detectBoth(meeting('Catch-up', [LENA])).pairingId).toBe('p-lena');
    // With Lin, only the group pairing holds everyone.
    expect(detectBoth(meeting('Catch-up', [LENA, LIN])).pairingId).toBe('p-circle');
  });

  it('matches keywords of several pairings by attendance', () => {
    const keyworded = pairings.map((pairing) => (pairing.id === 'p-kenji' ? { ...pairing, keywords: ['Leadership Lab'] } : pairing));
    const detectKeywords = createDetector({ ...context, pairings: keyworded }, vocabulary);
    expect(detectKeywords(meeting('Leadership Lab', [KENJI, OUTSIDER])).pairingId).toBe('p-kenji');
    expect(detectKeywords(meeting('Leadership Lab', [MATEO, OUTSIDER])).pairingId).toBe('p-mateo');
    expect(detectKeywords(meeting('Leadership Lab', [OUTSIDER])).pairingId).toBe(null);
  });
});
