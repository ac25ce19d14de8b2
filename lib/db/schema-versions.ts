/**
 * Every version of the database's stores, oldest first. A version is never edited once released:
 * a change adds a new entry (with its upgrade, if rows change, in migrations.ts) and a case in the
 * migration tests (frozen rows of the version before).
 * Indexes serve the pages: they read what they show through an index, never a whole table.
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
    // No new index, only optional fields, so every stored row stays valid: action items (and the
    // feedback that creates them) may name which member of a group owns them (ownerEmail); sessions
    // may keep live-notes text over the limit aside (notesOverflow). User-written rows that older
    // versions flagged isDemo are told apart by their ids (isSampleRow), so removing the demo keeps them.
    version: 3,
    stores: {},
  },
  {
    // ICS files and addresses become two source kinds; copies kept without a sync state get one.
    // A full sync marks every copy it sees, and sweeps the unmarked ones by this index at its end.
    version: 4,
    stores: {
      events: 'key, calendarKey, startMs, seriesId, [calendarKey+startMs], [calendarKey+syncMark]',
    },
  },
  {
    // Sessions may carry their Google Meet call (session.call); no index changes and nothing to
    // upgrade: rows written before it simply have no call.
    version: 5,
    stores: {},
  },
  {
    // The panel counts and finds held sessions by index; suggestions are computed after each sync and stored.
    // Session times move to UTC (migrations.ts), so [pairingId+start] and start sort by time.
    version: 6,
    stores: {
      sessions: 'id, pairingId, [pairingId+start], start, calendar.eventKey, calendar.seriesId, [pairingId+status+start]',
      pairingSuggestions: 'key',
    },
  },
  {
    // Recaps imported from the other side of a pairing: a second import of the same one changes nothing.
    // Settings gain the backup reminder (optional).
    version: 7,
    stores: {
      recapImports: 'id, pairingId',
    },
  },
] as const;

export const currentSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version;
