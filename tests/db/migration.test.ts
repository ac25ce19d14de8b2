import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { MentoringDatabase, tableSchemas, type TableName } from '../../lib/db/database';
import { currentSchemaVersion, schemaVersions } from '../../lib/db/schema-versions';
import { defaultSettings } from '../../lib/model';
import {
  aFeedback,
  aFeedbackQuestion,
  aGoal,
  aGoalTemplate,
  anActionItem,
  anEventCopy,
  aPairing,
  aSession,
  aSyncState,
} from '../support/factories';
import version2Fixture from './fixtures/version-2-rows.json';

/**
 * Data as version 1 stored it. When a new version changes a table's shape, add the version's
 * fixtures here and the expected upgraded rows below: this test must grow with every version.
 */
const version1Rows: Partial<Record<TableName, object[]>> = {
  pairings: [aPairing(), aPairing({ id: 'p-circle', type: 'group', participants: [
    { email: 'lena.hoffmann@corp.example', name: 'Lena Hoffmann' },
    { email: 'lin.wei@corp.example', name: 'Lin Wei' },
  ] })],
  goals: [aGoal()],
  goalTemplates: [aGoalTemplate()],
  sessions: [aSession({ notes: 'We talked about the reorg and how to tell the team.' })],
  feedback: [aFeedback()],
  actionItems: [anActionItem()],
  events: [anEventCopy()],
  syncStates: [aSyncState()],
  feedbackQuestions: [aFeedbackQuestion()],
  settings: [{ key: 'app', value: { ...defaultSettings, selfEmail: 'jordan.lee@corp.example' } }],
};

let names: string[] = [];
afterEach(async () => {
  for (const name of names) await Dexie.delete(name);
  names = [];
});

describe('database migrations', () => {
  it('keeps every version-1 row, unchanged in meaning, after upgrading to the current version', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    names.push(name);
    const version1 = new Dexie(name);
    version1.version(1).stores(schemaVersions[0].stores);
    await version1.open();
    for (const [table, rows] of Object.entries(version1Rows)) await version1.table(table).bulkPut(rows);
    version1.close();

    const current = new MentoringDatabase(name);
    await current.open();
    expect(current.verno).toBe(currentSchemaVersion);
    for (const [table, rows] of Object.entries(version1Rows) as [TableName, object[]][]) {
      const stored = await current.table(table).toArray();
      expect(stored, table).toHaveLength(rows.length);
      for (const row of stored) expect(tableSchemas[table].schema.safeParse(row).success, table).toBe(true);
      expect(sortByJson(stored), table).toEqual(sortByJson(rows));
    }
    // What version 2 added works on the upgraded data.
    expect(await current.sessions.where('calendar.seriesId').equals('series-ana').count()).toBe(1);
    await current.detectionDecisions.put({
      seriesId: 'series-standup',
      verdict: 'not-mentoring',
      title: 'Standup',
      decidedAt: '2026-05-04T09:00:00.000Z',
    });
    current.close();
  });
});

describe('database version 5 (sessions with their Meet call)', () => {
  /** A session as version 2 stored it, written once and never regenerated. */
  const frozenVersion2Session = {
    id: 'v2-session-1',
    pairingId: 'p-ana',
    start: '2026-05-04T09:00:00.000Z',
    end: '2026-05-04T09:45:00.000Z',
    status: 'held',
    calendar: {
      eventKey: 'google:primary|abc_20260504T090000Z',
      eventId: 'abc_20260504T090000Z',
      seriesId: 'abc',
      meetLink: 'https://meet.google.com/abc-defg-hij',
      title: 'Ana / Jordan',
      present: true,
    },
    agenda: [{ id: 'a1', text: 'Reorg plan', origin: 'mine', done: true }],
    notes: 'Talked about the reorg.',
    detection: { confidence: 0.9, reasons: ['The title names Ana, of this pairing'] },
    feedbackPrompt: { state: 'done' },
    isDemo: false,
    createdAt: '2026-04-20T08:00:00.000Z',
    updatedAt: '2026-05-04T10:00:00.000Z',
  };

  it('keeps sessions written before the Meet call was recorded (a version-2 row in a version-4 database), and stores ones with a call', async () => {
    const name = `migration-v4-${crypto.randomUUID()}`;
    names.push(name);
    const version2 = new Dexie(name);
    for (const { version, stores } of schemaVersions.filter((entry) => entry.version <= 4)) version2.version(version).stores(stores);
    await version2.open();
    await version2.table('sessions').put(frozenVersion2Session);
    version2.close();

    const current = new MentoringDatabase(name);
    await current.open();
    const [stored] = await current.sessions.toArray();
    expect(stored).toEqual(frozenVersion2Session);
    expect(tableSchemas.sessions.schema.safeParse(stored).success).toBe(true);
    const call = { meetCode: 'abc-defg-hij', joinedAt: '2026-05-04T09:01:00.000Z', lastSeenAt: '2026-05-04T09:40:00.000Z', leftAt: '2026-05-04T09:40:00.000Z' };
    await current.sessions.put({ ...stored!, call });
    expect((await current.sessions.get('v2-session-1'))?.call).toEqual(call);
    await expect(current.sessions.put({ ...stored!, call: { ...call, meetCode: 'javascript:alert(1)' } })).rejects.toThrow(/meetCode/);
    current.close();
  });
});

/**
 * Sessions as version 2 stored them, written out once: times kept whatever offset they came with,
 * so the start index did not sort by time. Version 6 moves them to UTC.
 */
const version2Sessions = [
  {
    id: 's-east',
    pairingId: 'p-ana',
    start: '2026-11-21T10:30:00+02:00',
    end: '2026-11-21T11:15:00+02:00',
    status: 'held',
    agenda: [{ id: 'ag-1', text: 'Reorg message', origin: 'mine', done: true }],
    notes: 'Practised the opening line twice.',
    detection: { confidence: 1, reasons: ['series confirmed'] },
    isDemo: false,
    createdAt: '2026-11-01T08:00:00+01:00',
    updatedAt: '2026-11-21T09:20:00Z',
  },
  {
    id: 's-west',
    pairingId: 'p-ana',
    start: '2026-11-21T09:00:00-05:00',
    end: '2026-11-21T09:45:00-05:00',
    status: 'scheduled',
    calendar: { eventKey: 'google:primary|ev-9', eventId: 'ev-9', seriesId: 'series-ana', title: 'Ana / Jordan', present: true },
    agenda: [],
    notes: '',
    detection: { confidence: 0.8, reasons: ['Only Ana Silva and you attend'] },
    feedbackPrompt: { state: 'snoozed', snoozedUntil: '2026-11-21T16:00:00+01:00' },
    isDemo: false,
    createdAt: '2026-11-01T08:00:00Z',
    updatedAt: '2026-11-01T08:00:00Z',
  },
  {
    id: 's-utc',
    pairingId: 'p-ana',
    start: '2026-11-21T12:00:00.000Z',
    end: '2026-11-21T12:45:00.000Z',
    status: 'scheduled',
    agenda: [],
    notes: '',
    detection: { confidence: 1, reasons: [] },
    isDemo: false,
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
  },
];

describe('database migration to version 6', () => {
  it('moves session times to UTC at the same instants, so the start indexes sort by time; nothing else changes', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    names.push(name);
    const version2 = new Dexie(name);
    // Version 5 still stored sessions as version 2 wrote them.
    for (const { version, stores } of schemaVersions.filter((entry) => entry.version <= 5)) version2.version(version).stores(stores);
    await version2.open();
    await version2.table('sessions').bulkPut(version2Sessions);
    version2.close();

    const current = new MentoringDatabase(name);
    await current.open();
    const byId = new Map((await current.sessions.toArray()).map((session) => [session.id, session]));
    expect(byId.get('s-east')).toEqual({ ...version2Sessions[0], start: '2026-11-21T08:30:00.000Z', end: '2026-11-21T09:15:00.000Z' });
    expect(byId.get('s-west')).toEqual({ ...version2Sessions[1], start: '2026-11-21T14:00:00.000Z', end: '2026-11-21T14:45:00.000Z' });
    expect(byId.get('s-utc')).toEqual(version2Sessions[2]);
    for (const session of byId.values()) expect(tableSchemas.sessions.schema.safeParse(session).success).toBe(true);
    // In version 2 the start index put 09:00-05:00 (14:00Z) before 10:30+02:00 (08:30Z).
    expect(await current.sessions.where('[pairingId+start]').between(['p-ana', ''], ['p-ana', '\uffff']).primaryKeys()).toEqual([
      's-east',
      's-utc',
      's-west',
    ]);
    expect(await current.sessions.where('[pairingId+status+start]').between(['p-ana', 'held', ''], ['p-ana', 'held', '\uffff']).count()).toBe(1);
    expect(await current.pairingSuggestions.count()).toBe(0);
    current.close();
  });

  it('stores every new session time in UTC, whatever offset it is written with', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    names.push(name);
    const current = new MentoringDatabase(name);
    await current.sessions.put(aSession({ id: 's-1', start: '2026-11-21T10:30:00+02:00', end: '2026-11-21T11:15:00+02:00' }));
    expect(await current.sessions.get('s-1')).toMatchObject({ start: '2026-11-21T08:30:00.000Z', end: '2026-11-21T09:15:00.000Z' });
    current.close();
  });
});

function inUtc<T extends { start: string; end: string }>(session: T): T {
  return { ...session, start: new Date(session.start).toISOString(), end: new Date(session.end).toISOString() };
}

function sortByJson(rows: object[]): object[] {
  return [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe('database migrations: version 2 to 3 (a group member can own an action item)', () => {
  it('upgrades frozen version-2 rows unchanged (session times in UTC since version 4), and then stores which member owns an item', async () => {
    const name = `migration-v2-${crypto.randomUUID()}`;
    names.push(name);
    const { _comment: _why, ...tables } = version2Fixture as Record<string, unknown>;
    const version2 = new Dexie(name);
    for (const { version, stores } of schemaVersions.filter((entry) => entry.version <= 2)) version2.version(version).stores(stores);
    await version2.open();
    for (const [table, rows] of Object.entries(tables)) await version2.table(table).bulkPut(rows as object[]);
    version2.close();

    const current = new MentoringDatabase(name);
    await current.open();
    expect(current.verno).toBe(currentSchemaVersion);
    for (const [table, rows] of Object.entries(tables) as [TableName, object[]][]) {
      const stored = await current.table(table).toArray();
      for (const row of stored) expect(tableSchemas[table].schema.safeParse(row).success, table).toBe(true);
      const expected = table === 'sessions' ? (rows as { start: string; end: string }[]).map(inUtc) : rows;
      expect(sortByJson(stored), table).toEqual(sortByJson(expected));
    }

    const item = (await current.actionItems.get('a-circle-1'))!;
    await current.actionItems.put({ ...item, ownerEmail: 'Lin.Wei@corp.example' });
    expect((await current.actionItems.get('a-circle-1'))?.ownerEmail).toBe('lin.wei@corp.example');
    await expect(current.actionItems.put({ ...item, ownerEmail: 'not an address' })).rejects.toThrow(/action item: ownerEmail/);
    current.close();
  });
});
