import { describe, expect, it } from 'vitest';
import { tableSchemas, type TableName } from '../../lib/db/database';
import { buildHeavyUser, HEAVY_USER, heavyUserTables } from './heavy-user';

const NOW = Date.parse('2026-11-21T10:00:00Z');

describe('the heavy user the benchmarks and read-bound tests use', () => {
  it('has the announced size at scale 1', () => {
    const data = buildHeavyUser({ scale: 1, now: NOW });
    expect({
      pairings: data.pairings.length,
      goals: data.goals.length,
      sessions: data.sessions.length,
      feedback: data.feedback.length,
      actionItems: data.actionItems.length,
      events: data.events.length,
    }).toEqual(HEAVY_USER);
    expect(data.sessions.filter((session) => session.notes !== '').length).toBeGreaterThan(8_000);
    const first = Date.parse(data.sessions.reduce((a, b) => (a.start < b.start ? a : b)).start);
    expect(NOW - first).toBeGreaterThan(4.9 * 365 * 86_400_000);
  });

  it('writes only rows that pass their schemas, with unique keys', () => {
    const data = buildHeavyUser({ scale: 0.03, now: NOW });
    for (const [table, rows] of heavyUserTables(data)) {
      for (const row of rows) {
        const result = tableSchemas[table as TableName].schema.safeParse(row);
        expect(result.success ? '' : `${table}: ${JSON.stringify(result.error.issues)}`).toBe('');
      }
      const keyOf = (row: object) => String((row as Record<string, unknown>)[table === 'events' ? 'key' : table === 'syncStates' ? 'calendarKey' : table === 'settings' ? 'key' : 'id']);
      expect(new Set(rows.map(keyOf)).size, table).toBe(rows.length);
    }
  });

  it('puts the next session of the focus pairing 30 minutes ahead, and is the same for the same scale and time', () => {
    const data = buildHeavyUser({ scale: 0.03, now: NOW });
    const next = data.sessions
      .filter((session) => Date.parse(session.start) > NOW && session.status === 'scheduled')
      .sort((a, b) => a.start.localeCompare(b.start))[0];
    expect(next).toMatchObject({ pairingId: data.focusPairing.id, start: new Date(NOW + 30 * 60_000).toISOString() });
    expect(data.otherPairing.status).toBe('active');
    expect(buildHeavyUser({ scale: 0.03, now: NOW })).toEqual(data);
  });
});
