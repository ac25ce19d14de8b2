import { describe, expect, it } from 'vitest';
import type { MentoringDatabase } from '../../lib/db/database';
import { describeDemoContents, describeDemoData, hasDemoData } from '../../lib/pairings/demo-data';
import { aFeedback, anActionItem, anEventCopy, aPairing, aSession } from '../support/factories';
import { freshDatabase } from '../support/fresh-database';

let db: MentoringDatabase;

describe('demo data summary', () => {
  it('counts only demo data, so the user knows their own data stays', async () => {
    db = freshDatabase();
    await db.pairings.bulkAdd([aPairing({ id: 'p-demo', isDemo: true }), aPairing()]);
    await db.sessions.bulkAdd([aSession({ id: 's-demo', pairingId: 'p-demo', isDemo: true }), aSession()]);
    await db.feedback.bulkAdd([aFeedback({ id: 'demo-feedback-ana-01', sessionId: 's-demo', pairingId: 'p-demo', isDemo: true }), aFeedback()]);
    // Written by the user on a sample session, flagged as demo by an older version: not counted.
    await db.feedback.add(aFeedback({ id: crypto.randomUUID(), sessionId: 's-demo', pairingId: 'p-demo', isDemo: true }));
    await db.actionItems.add(anActionItem());
    await db.events.bulkAdd([
      anEventCopy({ key: 'demo:sample|e1', calendarKey: 'demo:sample', source: 'demo' }),
      anEventCopy({ key: 'google:primary|e1', calendarKey: 'google:primary' }),
    ]);
    const summary = await describeDemoData(db);
    expect(summary).toEqual({ pairings: 1, sessions: 1, feedback: 1, actionItems: 0, events: 1 });
    expect(hasDemoData(summary)).toBe(true);
    expect(describeDemoContents(summary)).toBe('1 sample pairing, 1 session, 1 feedback form, 0 action items and 1 sample calendar event');
  });

  it('counts a sample session that a user pairing took from the sample calendar, and the feedback on it', async () => {
    db = freshDatabase();
    await db.pairings.add(aPairing());
    await db.sessions.bulkAdd([
      aSession({ id: 's-from-demo', isDemo: true, calendar: { ...aSession().calendar!, eventKey: 'demo:sample|e7' } }),
      aSession({ id: 's-mine' }),
    ]);
    await db.feedback.bulkAdd([aFeedback({ id: 'demo-feedback-from-demo', sessionId: 's-from-demo', isDemo: true }), aFeedback({ id: 'f-mine', sessionId: 's-mine' })]);
    await db.actionItems.add(anActionItem({ id: 'demo-action-from-demo', sessionId: 's-from-demo', isDemo: true }));
    expect(await describeDemoData(db)).toEqual({ pairings: 0, sessions: 1, feedback: 1, actionItems: 1, events: 0 });
  });

  it('finds nothing to remove in a database without demo data', async () => {
    db = freshDatabase();
    await db.pairings.add(aPairing());
    expect(hasDemoData(await describeDemoData(db))).toBe(false);
  });
});
