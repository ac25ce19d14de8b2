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

function sortByJson(rows: object[]): object[] {
  return [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe('database migrations: version 2 to 3 (a group member can own an action item)', () => {
  it('upgrades frozen version-2 rows unchanged, and then stores which member owns an item', async () => {
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
      expect(sortByJson(stored), table).toEqual(sortByJson(rows));
    }

    const item = (await current.actionItems.get('a-circle-1'))!;
    await current.actionItems.put({ ...item, ownerEmail: 'Lin.Wei@corp.example' });
    expect((await current.actionItems.get('a-circle-1'))?.ownerEmail).toBe('lin.wei@corp.example');
    await expect(current.actionItems.put({ ...item, ownerEmail: 'not an address' })).rejects.toThrow(/action item: ownerEmail/);
    current.close();
  });
});
