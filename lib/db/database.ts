import Dexie, { type EntityTable } from 'dexie';
import { z } from 'zod/mini';
import {
  actionItemSchema,
  calendarEventCopySchema,
  detectionDecisionSchema,
  feedbackQuestionSchema,
  feedbackSchema,
  goalSchema,
  goalTemplateSchema,
  pairingSchema,
  recapImportSchema,
  sessionSchema,
  storedSuggestionsSchema,
  settingsSchema,
  syncStateSchema,
  type ActionItem,
  type CalendarEventCopy,
  type DetectionDecision,
  type Feedback,
  type FeedbackQuestion,
  type Goal,
  type GoalTemplate,
  type Pairing,
  type RecapImport,
  type Session,
  type StoredSuggestions,
  type SyncState,
} from '../model';
import { upgrades } from './migrations';
import { schemaVersions } from './schema-versions';
import { validate } from '../model/validation';

export const settingsRecordSchema = z.object({ key: z.literal('app'), value: settingsSchema });
export type SettingsRecord = z.infer<typeof settingsRecordSchema>;

/** The schema every row of each table must pass; the database refuses anything else. */
export const tableSchemas = {
  pairings: { schema: pairingSchema, what: 'pairing' },
  goals: { schema: goalSchema, what: 'goal' },
  goalTemplates: { schema: goalTemplateSchema, what: 'goal template' },
  sessions: { schema: sessionSchema, what: 'session' },
  feedback: { schema: feedbackSchema, what: 'feedback' },
  actionItems: { schema: actionItemSchema, what: 'action item' },
  events: { schema: calendarEventCopySchema, what: 'calendar event' },
  syncStates: { schema: syncStateSchema, what: 'sync state' },
  feedbackQuestions: { schema: feedbackQuestionSchema, what: 'feedback question' },
  settings: { schema: settingsRecordSchema, what: 'settings' },
  detectionDecisions: { schema: detectionDecisionSchema, what: 'detection decision' },
  pairingSuggestions: { schema: storedSuggestionsSchema, what: 'pairing suggestions' },
  recapImports: { schema: recapImportSchema, what: 'imported recap' },
} as const;

export type TableName = keyof typeof tableSchemas;

/**
 * Rows that were parsed by their schema moments ago (a sync validates every event as it arrives)
 * skip the second parse in the write path; everything else is validated before it is written.
 */
const alreadyValidated = new WeakSet<object>();
export function markValidated<T extends object>(rows: T[]): T[] {
  for (const row of rows) alreadyValidated.add(row);
  return rows;
}

const DATABASE_NAME = 'mentoring-companion';

export class MentoringDatabase extends Dexie {
  declare pairings: EntityTable<Pairing, 'id'>;
  declare goals: EntityTable<Goal, 'id'>;
  declare goalTemplates: EntityTable<GoalTemplate, 'id'>;
  declare sessions: EntityTable<Session, 'id'>;
  declare feedback: EntityTable<Feedback, 'id'>;
  declare actionItems: EntityTable<ActionItem, 'id'>;
  declare events: EntityTable<CalendarEventCopy, 'key'>;
  declare syncStates: EntityTable<SyncState, 'calendarKey'>;
  declare feedbackQuestions: EntityTable<FeedbackQuestion, 'id'>;
  declare settings: EntityTable<SettingsRecord, 'key'>;
  declare detectionDecisions: EntityTable<DetectionDecision, 'seriesId'>;
  declare recapImports: EntityTable<RecapImport, 'id'>;
  declare pairingSuggestions: EntityTable<StoredSuggestions, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    for (const { version, stores } of schemaVersions) {
      const upgrade = upgrades[version];
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    this.use({
      stack: 'dbcore',
      name: 'schema-validation',
      create: (down) => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          const rule = tableSchemas[tableName as TableName];
          if (!rule) return table;
          return {
            ...table,
            mutate: (request) => {
              if (request.type === 'add' || request.type === 'put') {
                // The parsed value is what gets stored: normalised (trimmed, lower-cased e-mails) and stripped of unknown fields.
                const values = request.values.map((row: unknown) =>
                  typeof row === 'object' && row !== null && alreadyValidated.has(row)
                    ? row
                    : validate(rule.schema, rule.what, row),
                );
                return table.mutate({ ...request, values });
              }
              return table.mutate(request);
            },
          };
        },
      }),
    });
  }
}

let shared: MentoringDatabase | undefined;

/** The one database of the extension, shared by every module of a context. */
export function getDatabase(): MentoringDatabase {
  shared ??= new MentoringDatabase();
  return shared;
}
