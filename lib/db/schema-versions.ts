/**
 * Every version of the database's stores, oldest first. A version is never edited once released:
 * a change adds a new entry (with its upgrade in migrations.ts) and a case in the migration test.
 */
export const schemaVersions = [
  {
    version: 1,
    stores: {
      pairings: 'id, status',
      goals: 'id, pairingId, [pairingId+status]',
      goalTemplates: 'id, name',
      sessions: 'id, pairingId, [pairingId+start], start, calendar.eventKey',
      feedback: 'id, sessionId, [sessionId+author], pairingId',
      actionItems: 'id, pairingId, [pairingId+status], sessionId',
      events: 'key, calendarKey, startMs, seriesId, [calendarKey+startMs]',
      syncStates: 'calendarKey',
      feedbackQuestions: 'id',
      settings: 'key',
    },
  },
  {
    // Detection learns from the user's confirm/reject; sessions are found by calendar series.
    version: 2,
    stores: {
      detectionDecisions: 'seriesId, verdict',
      sessions: 'id, pairingId, [pairingId+start], start, calendar.eventKey, calendar.seriesId',
    },
  },
  {
    // Action items (and the feedback that creates them) may name which member of a group owns them
    // (ownerEmail). Optional, so every stored row stays valid: the stores are unchanged.
    version: 3,
    stores: {},
  },
] as const;

export const currentSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version;
