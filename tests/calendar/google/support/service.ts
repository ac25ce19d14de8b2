import type { GoogleAuth } from '../../../../lib/calendar/google/auth';
import { CALENDAR_LIST_SCOPE } from '../../../../lib/calendar/google/config';
import { createGoogleSource } from '../../../../lib/calendar/google/google-source';
import { createSyncLease } from '../../../../lib/calendar/google/lease';
import type { MentoringDatabase } from '../../../../lib/db/database';
import type { FakeCalendarApi } from './fake-calendar-api';
import { NOW, fastBackoff } from './environment';
import { storageItems } from '../../../../lib/storage/storage-items';

/** A signed-in-or-not account without any browser window: what the service sees of GoogleAuth. */
export function fakeAuth(token = 'token-1') {
  const state = { signedIn: false, scopes: [] as string[], signIns: 0, signOuts: 0 };
  const auth: GoogleAuth = {
    signIn: async (extra = []) => {
      state.signIns++;
      state.signedIn = true;
      state.scopes = [...new Set([...state.scopes, 'events', ...extra])];
      return { method: 'web', scopes: state.scopes };
    },
    isSignedIn: async () => state.signedIn,
    hasScope: async (scope) => state.scopes.includes(scope),
    getToken: async () => token,
    renewToken: async () => token,
    signOut: async () => {
      state.signOuts++;
      state.signedIn = false;
      state.scopes = [];
      return { revoked: true };
    },
  };
  return { auth, state, hasCalendarListScope: () => state.scopes.includes(CALENDAR_LIST_SCOPE) };
}

/** One extension context (a worker or a page) with its own lease owner, sharing storage and database with others. */
export function serviceFor(api: FakeCalendarApi, db: MentoringDatabase, auth: GoogleAuth, leaseWaitMs = 2_000) {
  return createGoogleSource({
    db,
    auth,
    selectedCalendars: storageItems.selectedGoogleCalendars,
    lease: createSyncLease({ record: storageItems.syncLease }),
    fetch: api.fetch,
    baseUrl: api.baseUrl,
    backoff: fastBackoff(),
    now: NOW,
    leaseWaitMs,
  });
}
