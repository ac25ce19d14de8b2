/**
 * Functions the sync benchmark runs inside an extension page (Playwright serialises each one, so
 * each is self-contained). Timings are taken in the page, around exactly the work measured.
 */
import type { CalendarEventCopy, Settings } from '../lib/model';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { session: { get(key: string): Promise<Record<string, { token?: string } | undefined>> } };
};

type Reply = { res?: unknown; err?: { message?: string } } | undefined;

/** One message in @webext-core/messaging's wire format, as the product's pages send it. */
export async function sendMessage({ type, data }: { type: string; data?: unknown }): Promise<Reply> {
  return (await chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() })) as Reply;
}

/** "Sync now" as a page sends it, timed until its answer arrives. */
export async function timeSyncNow(): Promise<number> {
  const started = performance.now();
  const reply = (await chrome.runtime.sendMessage({ id: Date.now(), type: 'syncNow', timestamp: Date.now() })) as Reply;
  const elapsed = performance.now() - started;
  const errors = (reply?.res as { errors?: string[] } | undefined)?.errors ?? [reply?.err?.message ?? 'no answer'];
  if (errors.length > 0) throw new Error(`Sync now failed: ${errors.join('; ')}`);
  return elapsed;
}

export async function setSyncWindow({ fallback, daysBack, daysAhead }: { fallback: Settings; daysBack: number; daysAhead: number }): Promise<void> {
  const database = await idb(indexedDB.open('mentoring-companion'));
  const stored = (await idb(database.transaction('settings').objectStore('settings').get('app'))) as { value: Settings } | undefined;
  const value = { ...(stored?.value ?? fallback), syncWindow: { daysBack, daysAhead } };
  await idb(database.transaction('settings', 'readwrite').objectStore('settings').put({ key: 'app', value }));
  database.close();
  function idb<T>(request: IDBRequest<T>): Promise<T> {
    return new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
}

export async function readGoogleRows(): Promise<CalendarEventCopy[]> {
  const database = await idb(indexedDB.open('mentoring-companion'));
  const rows = (await idb(database.transaction('events').objectStore('events').index('calendarKey').getAll('google:primary'))) as CalendarEventCopy[];
  database.close();
  return rows;
  function idb<T>(request: IDBRequest<T>): Promise<T> {
    return new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
}

/** The token, the current sync token, and the window the product's full sync asks for. */
export async function listingParameters(): Promise<{ token: string; syncToken: string; timeMin: string; timeMax: string }> {
  const token = (await chrome.storage.session.get('googleAuth.token'))['googleAuth.token']?.token ?? '';
  const database = await idb(indexedDB.open('mentoring-companion'));
  const state = (await idb(database.transaction('syncStates').objectStore('syncStates').get('google:primary'))) as { syncToken?: string; lastFullSyncAt?: string };
  const settings = (await idb(database.transaction('settings').objectStore('settings').get('app'))) as { value: Settings };
  database.close();
  const started = Date.parse(state.lastFullSyncAt ?? new Date().toISOString());
  const day = 86_400_000;
  return {
    token,
    syncToken: state.syncToken ?? '',
    timeMin: new Date(started - settings.value.syncWindow.daysBack * day).toISOString(),
    timeMax: new Date(started + settings.value.syncWindow.daysAhead * day).toISOString(),
  };
  function idb<T>(request: IDBRequest<T>): Promise<T> {
    return new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
}

/** Empties the Google calendar's copies and sync state, so the next "Sync now" is a full sync into an empty calendar. */
export async function forgetGoogleCalendar(): Promise<void> {
  const database = await idb(indexedDB.open('mentoring-companion'));
  const transaction = database.transaction(['events', 'syncStates'], 'readwrite');
  transaction.objectStore('events').index('calendarKey').openKeyCursor('google:primary').onsuccess = (event) => {
    const cursor = (event.target as IDBRequest<IDBCursor | null>).result;
    if (!cursor) return;
    transaction.objectStore('events').delete(cursor.primaryKey);
    cursor.continue();
  };
  transaction.objectStore('syncStates').delete('google:primary');
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  database.close();
  function idb<T>(request: IDBRequest<T>): Promise<T> {
    return new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
}

/**
 * The floor of a full sync: the same listing fetched page by page (following nextPageToken), then
 * the same rows put in one transaction into a store with the product's indexes. The scratch
 * database is opened and emptied before the clock starts, as the product's is already open.
 */
export async function fetchPagesAndPut({ token, timeMin, timeMax, rows }: { token: string; timeMin: string; timeMax: string; rows: unknown[] }): Promise<number> {
  const open = indexedDB.open('bench-sync-floor', 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore('events', { keyPath: 'key' });
    store.createIndex('calendarKey', 'calendarKey');
    store.createIndex('startMs', 'startMs');
    store.createIndex('seriesId', 'seriesId');
    store.createIndex('calendarKey+startMs', ['calendarKey', 'startMs']);
    store.createIndex('calendarKey+syncMark', ['calendarKey', 'syncMark']);
  };
  const database = await idb(open);
  await idb(database.transaction('events', 'readwrite').objectStore('events').clear());

  const started = performance.now();
  let pageToken: string | undefined;
  let items = 0;
  do {
    const query = new URLSearchParams({ singleEvents: 'true', maxResults: '2500', timeMin, timeMax });
    if (pageToken) query.set('pageToken', pageToken);
    const response = await fetch(`https://www.googleapis.com/calendar/v3/calendars/primary/events?${query}`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      cache: 'no-store',
    });
    const page = (await response.json()) as { items?: unknown[]; nextPageToken?: string };
    items += page.items?.length ?? 0;
    pageToken = page.nextPageToken;
  } while (pageToken);
  const transaction = database.transaction('events', 'readwrite');
  const store = transaction.objectStore('events');
  for (const row of rows) store.put(row);
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  const elapsed = performance.now() - started;
  database.close();
  if (items !== rows.length) throw new Error(`the floor listing returned ${items} events, not ${rows.length}`);
  return elapsed;
  function idb<T>(request: IDBRequest<T>): Promise<T> {
    return new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
}

/** The floor of a no-change sync: one request with the sync token, its body read. */
export async function bareIncrementalRequest({ token, syncToken }: { token: string; syncToken: string }): Promise<number> {
  const started = performance.now();
  const query = new URLSearchParams({ singleEvents: 'true', maxResults: '2500', syncToken });
  const response = await fetch(`https://www.googleapis.com/calendar/v3/calendars/primary/events?${query}`, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    cache: 'no-store',
  });
  const body = (await response.json()) as { items?: unknown[] };
  const elapsed = performance.now() - started;
  if (!response.ok || (body.items?.length ?? 0) > 0) throw new Error(`the bare request answered ${response.status} with ${body.items?.length} changes`);
  return elapsed;
}
