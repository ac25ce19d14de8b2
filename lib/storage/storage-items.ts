import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { z } from '../model';
import { STORAGE_KEYS } from './storage-keys';

/**
 * The sign-in and sync values in extension storage, one defined item each under its key from
 * storage-keys.ts. Values are validated where they are read (`readValid`): another version of the extension, or
 * another context mid-write, may have left anything there.
 */

export const googleAccountSchema = z.object({
  /** `chrome`: Chrome's own token (getAuthToken); `web`: the OAuth web flow (launchWebAuthFlow). */
  method: z.enum(['chrome', 'web']),
  scopes: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(10)),
});

export const googleTokenSchema = z.object({
  token: z.string().check(z.minLength(1)),
  expiresAt: z.number(),
  scopes: z.array(z.string()),
});

export const selectedGoogleCalendarsSchema = z.array(
  z.object({
    calendarId: z.string().check(z.minLength(1), z.maxLength(1_024)),
    label: z.string().check(z.maxLength(300)),
  }),
);

export const syncLeaseSchema = z.object({ owner: z.string(), expiresAt: z.number() });

export type GoogleAccount = z.infer<typeof googleAccountSchema>;
export type GoogleToken = z.infer<typeof googleTokenSchema>;
export type SelectedGoogleCalendars = z.infer<typeof selectedGoogleCalendarsSchema>;
export type SyncLeaseRecord = z.infer<typeof syncLeaseSchema>;

/** Session storage keeps the token out of every backup and export; local where the browser has none. */
const tokenArea = browser.storage.session ? 'session' : 'local';

export const storageItems = {
  /** How the user signed in to Google and the scopes granted (survives restarts). */
  googleAccount: storage.defineItem<GoogleAccount>(`local:${STORAGE_KEYS.googleAccount}`),
  /** The short-lived access token: never in IndexedDB, never exported. */
  googleToken: storage.defineItem<GoogleToken>(`${tokenArea}:${STORAGE_KEYS.googleToken}`),
  /** The Google calendars the user chose to sync (the primary one unless they add others). */
  selectedGoogleCalendars: storage.defineItem<SelectedGoogleCalendars>(`local:${STORAGE_KEYS.selectedGoogleCalendars}`),
  /** Which extension context may sync right now, until when (see calendar/sync/lease.ts). */
  syncLease: storage.defineItem<SyncLeaseRecord>(`local:${STORAGE_KEYS.syncLease}`),
};

/** What the code needs of a stored value: a defined item, or a cached view of one. */
export interface StoredValue<T> {
  getValue(): Promise<T | null>;
  setValue(value: T | null): Promise<void>;
  removeValue(): Promise<void>;
}

interface WatchedValue<T> extends StoredValue<T> {
  watch(callback: () => void): () => void;
}

/** The stored value if it passes `schema`, else undefined (as if nothing were stored). */
export async function readValid<S extends z.ZodMiniType>(item: StoredValue<z.infer<S>>, schema: S): Promise<z.infer<S> | undefined> {
  const parsed = schema.safeParse(await item.getValue());
  return parsed.success ? parsed.data : undefined;
}

/**
 * A stored value read through a memory cache: the sync asks for the account, the chosen calendars
 * and the token on every run, and each storage call is a round trip to the browser. A change made
 * by any context (this one included) drops the cached value.
 */
export function cachedItem<T>(item: WatchedValue<T>): StoredValue<T> {
  let cached: Promise<T | null> | undefined;
  item.watch(() => {
    cached = undefined;
  });
  return {
    async getValue() {
      cached ??= item.getValue().catch((error: unknown) => {
        cached = undefined;
        throw error;
      });
      return structuredClone(await cached);
    },
    async setValue(value) {
      await item.setValue(value);
      cached = Promise.resolve(structuredClone(value));
    },
    async removeValue() {
      await item.removeValue();
      cached = Promise.resolve(null);
    },
  };
}
