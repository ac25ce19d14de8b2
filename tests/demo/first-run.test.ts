import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '../support/fresh-database';
import { hasDemoData, removeDemoData } from '../../lib/demo/demo-store';
import { startFirstRun } from '../../lib/demo/first-run';
import { prepareFirstRun } from '../../lib/demo/first-run-setup';
import { getSettings, updateSettings } from '../../lib/settings/settings-store';
import { aPairing } from '../support/factories';


describe('first run in the background', () => {
  const openOptionsPage = vi.fn(() => Promise.resolve());
  beforeAll(() => {
    fakeBrowser.runtime.openOptionsPage = openOptionsPage;
    startFirstRun();
  });

  it('opens the options page (the welcome) on install, and not on update', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    expect(openOptionsPage).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(openOptionsPage).toHaveBeenCalledTimes(1);
  });
});

describe('first-run setup on the options page', () => {
  it('on a fresh install seeds the templates and loads the sample data', async () => {
    const db = freshDatabase('test');
    expect(await prepareFirstRun(db)).toMatchObject({ demoLoaded: true });
    expect(await db.goalTemplates.count()).toBe(9);
    expect(await hasDemoData(db)).toBe(true);
    expect(await db.pairings.count()).toBe(6);
    expect(await getSettings(db)).toMatchObject({ calendarSource: 'demo', selfEmail: 'jordan.lee@corp.example' });
  });

  it('loads the sample data only once: after the user removed it, it stays removed', async () => {
    const db = freshDatabase('test');
    await prepareFirstRun(db);
    await removeDemoData(db);
    expect(await prepareFirstRun(db)).toMatchObject({ demoLoaded: false });
    expect(await db.pairings.count()).toBe(0);
    expect(await db.goalTemplates.count()).toBe(9);
  });

  it('loads no sample data when a calendar is already connected', async () => {
    const db = freshDatabase('test');
    await updateSettings((settings) => ({ ...settings, calendarSource: 'google', selfEmail: 'me@example.org' }), db);
    await prepareFirstRun(db);
    expect(await db.goalTemplates.count()).toBe(9);
    expect(await hasDemoData(db)).toBe(false);
    expect(await getSettings(db)).toMatchObject({ calendarSource: 'google', selfEmail: 'me@example.org' });
  });

  it('loads no sample data when the user already has a pairing', async () => {
    const db = freshDatabase('test');
    await db.pairings.add(aPairing());
    await prepareFirstRun(db);
    expect(await hasDemoData(db)).toBe(false);
    expect(await db.pairings.count()).toBe(1);
  });

  it('keeps an address the user typed in when the sample data loads', async () => {
    const db = freshDatabase('test');
    await updateSettings((settings) => ({ ...settings, selfEmail: 'me@example.org' }), db);
    await prepareFirstRun(db);
    expect(await getSettings(db)).toMatchObject({ calendarSource: 'demo', selfEmail: 'me@example.org' });
  });

  it('keeps the user’s archive of a built-in template on later runs', async () => {
    const db = freshDatabase('test');
    await prepareFirstRun(db);
    await db.goalTemplates.update('builtin-delegation', { archived: true, updatedAt: '2026-11-22T00:00:00.000Z' });
    await prepareFirstRun(db);
    expect(await db.goalTemplates.get('builtin-delegation')).toMatchObject({ archived: true });
  });
});
