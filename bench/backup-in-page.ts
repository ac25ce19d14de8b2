/**
 * Functions the backup benchmark runs inside the options page (Playwright serialises each one, so
 * each is self-contained). The heavy user is generated here, in the page, straight into IndexedDB.
 */

export interface HeavyUserCounts {
  pairings: number;
  sessions: number;
  events: number;
}

/**
 * A heavy user's data, deterministic: `pairings` pairings with goals, `sessions` sessions with notes,
 * agenda and feedback, their action items, and `events` calendar copies. Written with raw IndexedDB.
 * (A small generator of this benchmark's own; the shared heavy-user generator may replace it.)
 */
export async function seedHeavyUser(counts: HeavyUserCounts): Promise<Record<string, number>> {
  const at = '2026-01-05T09:00:00.000Z';
  const day = 86_400_000;
  const base = Date.parse('2025-01-06T09:00:00.000Z');
  const words = 'delegation feedback roadmap hiring budget conflict priorities stakeholder presentation coaching review offsite'.split(' ');
  const sentence = (seed: number, length: number) => Array.from({ length }, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(' ');
  const rows: Record<string, unknown[]> = { pairings: [], goals: [], sessions: [], feedback: [], actionItems: [], events: [] };
  for (let p = 0; p < counts.pairings; p++) {
    rows.pairings!.push({
      id: `bench-pairing-${p}`, title: `Pairing ${p}`, type: 'one-on-one', myRole: 'mentor',
      participants: [{ email: `person${p}@bench.example`, name: `Person ${p}` }], cadenceDays: 14, status: 'active',
      seriesIds: [`bench-series-${p}`], keywords: [], isDemo: false, createdAt: at, updatedAt: at,
    });
    for (let g = 0; g < 3; g++) {
      rows.goals!.push({
        id: `bench-goal-${p}-${g}`, pairingId: `bench-pairing-${p}`, owner: 'them', title: `Goal ${g} of pairing ${p}`, description: sentence(p + g, 20),
        category: 'delegation', progress: (p * 13 + g * 29) % 101, milestones: [{ id: `bench-m-${p}-${g}`, title: 'First step', done: g % 2 === 0 }],
        status: 'active', createdAt: at, updatedAt: at,
      });
    }
  }
  for (let s = 0; s < counts.sessions; s++) {
    const p = s % counts.pairings;
    const start = new Date(base + Math.floor(s / counts.pairings) * day).toISOString();
    const end = new Date(base + Math.floor(s / counts.pairings) * day + 45 * 60_000).toISOString();
    const id = `bench-session-${s}`;
    rows.sessions!.push({
      id, pairingId: `bench-pairing-${p}`, start, end, status: 'held',
      calendar: { eventKey: `google:primary|bench-event-${s}`, eventId: `bench-event-${s}`, seriesId: `bench-series-${p}`, title: `Pairing ${p} mentoring`, present: true },
      agenda: [{ id: `${id}-a1`, text: sentence(s, 5), origin: 'mine', done: true }, { id: `${id}-a2`, text: sentence(s + 1, 4), origin: 'mine', done: false }],
      notes: sentence(s, 45), detection: { confidence: 1, reasons: ['series confirmed'] }, feedbackPrompt: { state: 'done' },
      isDemo: false, createdAt: at, updatedAt: at,
    });
    if (s % 5 !== 0) {
      rows.feedback!.push({
        id: `bench-feedback-${s}`, sessionId: id, pairingId: `bench-pairing-${p}`, author: 'me', state: 'submitted', outcome: 'held', rating: 1 + (s % 5),
        goalProgress: [{ goalId: `bench-goal-${p}-0`, progress: s % 101, note: sentence(s, 8), milestonesDone: [] }],
        wentWell: sentence(s, 15), wasHard: sentence(s + 2, 12), actionItems: [], nextFocus: sentence(s + 3, 10), privateReflection: sentence(s + 4, 15),
        customAnswers: [], isDemo: false, createdAt: at, updatedAt: at, submittedAt: at,
      });
    }
    for (let a = 0; a < (s % 3) + 1; a++) {
      rows.actionItems!.push({
        id: `bench-action-${s}-${a}`, pairingId: `bench-pairing-${p}`, sessionId: id, text: sentence(s + a, 6), owner: a % 2 === 0 ? 'me' : 'them',
        due: '2026-02-01', status: a === 0 ? 'done' : 'open', isDemo: false, createdAt: at, updatedAt: at,
      });
    }
  }
  for (let e = 0; e < counts.events; e++) {
    const startMs = base + Math.floor(e / 20) * 3_600_000;
    const id = e < counts.sessions ? `bench-event-${e}` : `bench-other-${e}`;
    rows.events!.push({
      key: `google:primary|${id}`, calendarKey: 'google:primary', source: 'google', eventId: id, seriesId: id, startMs, endMs: startMs + 1_800_000, allDay: false,
      event: {
        id, status: 'confirmed', summary: `Meeting ${e % 500}: ${sentence(e, 3)}`, description: sentence(e, 30),
        start: { dateTime: new Date(startMs).toISOString() }, end: { dateTime: new Date(startMs + 1_800_000).toISOString() },
        attendees: [{ email: `person${e % 97}@bench.example` }, { email: 'me@bench.example', self: true }], updated: at,
      },
    });
  }
  const database = await idb(indexedDB.open('mentoring-companion'));
  const transaction = database.transaction(Object.keys(rows), 'readwrite');
  for (const [table, list] of Object.entries(rows)) for (const row of list) transaction.objectStore(table).put(row);
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  database.close();
  return Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.length]));
  function idb<T>(request: IDBRequest<T>): Promise<T> {
    return new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
}

/** The floor: every table of the database read with one raw getAll each, in one transaction. */
export async function rawReadAll(): Promise<{ ms: number; rows: number }> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('mentoring-companion');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const started = performance.now();
  const names = [...database.objectStoreNames];
  const transaction = database.transaction(names, 'readonly');
  const results = await Promise.all(
    names.map(
      (name) =>
        new Promise<unknown[]>((resolve, reject) => {
          const request = transaction.objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        }),
    ),
  );
  const ms = performance.now() - started;
  database.close();
  return { ms, rows: results.reduce((sum, list) => sum + list.length, 0) };
}
