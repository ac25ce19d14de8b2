import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cachedStorageArea } from '../../../lib/calendar/google/cached-storage';

beforeEach(() => fakeBrowser.reset());

function counted() {
  const area = fakeBrowser.storage.local;
  let reads = 0;
  const counting = { ...area, get: (key: string) => (reads++, area.get(key)), set: area.set.bind(area), remove: area.remove.bind(area) };
  return { cached: cachedStorageArea(counting, 'local', fakeBrowser.storage.onChanged), reads: () => reads };
}

describe('cachedStorageArea', () => {
  it('reads a key from the browser once, then from memory', async () => {
    await fakeBrowser.storage.local.set({ account: { method: 'web' } });
    const { cached, reads } = counted();
    expect(await cached.get('account')).toEqual({ account: { method: 'web' } });
    expect(await cached.get('account')).toEqual({ account: { method: 'web' } });
    expect(reads()).toBe(1);
  });

  it('sees a change made by another context', async () => {
    const { cached } = counted();
    expect(await cached.get('account')).toEqual({});
    await fakeBrowser.storage.local.set({ account: { method: 'chrome' } });
    expect(await cached.get('account')).toEqual({ account: { method: 'chrome' } });
    await fakeBrowser.storage.local.remove('account');
    expect(await cached.get('account')).toEqual({});
  });

  it('returns copies, so a caller cannot change what others read', async () => {
    const { cached } = counted();
    await cached.set({ calendars: [{ calendarId: 'primary' }] });
    const first = (await cached.get('calendars')).calendars as { calendarId: string }[];
    first[0]!.calendarId = 'changed';
    expect(await cached.get('calendars')).toEqual({ calendars: [{ calendarId: 'primary' }] });
  });
});
