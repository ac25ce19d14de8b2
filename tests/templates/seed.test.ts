import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../support/fresh-database';
import type { GoalTemplate } from '../../lib/model';
import { builtInTemplates } from '../../lib/templates/built-in-templates';
import { seedBuiltInTemplates } from '../../lib/templates/seed';


const installedAt = new Date('2026-06-01T08:00:00Z');
const later = new Date('2026-11-21T09:00:00Z');
const userTemplate: GoalTemplate = {
  ...builtInTemplates(installedAt.toISOString())[0]!,
  id: 'mine',
  name: 'Our programme: listening',
  builtIn: false,
};

describe('seeding the built-in templates', () => {
  it('stores every built-in template in an empty database', async () => {
    const db = freshDatabase('test');
    const summary = await seedBuiltInTemplates(db, installedAt);
    expect(summary.added).toHaveLength(9);
    expect(summary.refreshed).toEqual([]);
    expect(await db.goalTemplates.toArray()).toEqual(
      expect.arrayContaining(builtInTemplates(installedAt.toISOString()).map((template) => expect.objectContaining(template))),
    );
  });

  it('is idempotent: seeding again adds nothing and changes nothing', async () => {
    const db = freshDatabase('test');
    await seedBuiltInTemplates(db, installedAt);
    const before = await db.goalTemplates.toArray();
    expect(await seedBuiltInTemplates(db, later)).toEqual({ added: [], refreshed: [] });
    expect(await db.goalTemplates.toArray()).toEqual(before);
  });

  it('adds a missing built-in and leaves the user’s own templates alone', async () => {
    const db = freshDatabase('test');
    await seedBuiltInTemplates(db, installedAt);
    await db.goalTemplates.delete('builtin-delegation');
    await db.goalTemplates.add(userTemplate);
    const summary = await seedBuiltInTemplates(db, later);
    expect(summary).toEqual({ added: ['builtin-delegation'], refreshed: [] });
    expect(await db.goalTemplates.get('mine')).toEqual(userTemplate);
    expect(await db.goalTemplates.count()).toBe(10);
  });

  it('never overwrites a built-in the user archived or that was changed after it was written', async () => {
    const db = freshDatabase('test');
    const [communication, delegation] = builtInTemplates(installedAt.toISOString());
    const archived = { ...communication!, description: 'An older wording.', archived: true, updatedAt: '2026-07-01T10:00:00.000Z' };
    const edited = { ...delegation!, description: 'Our coordinator’s wording.', updatedAt: '2026-07-02T10:00:00.000Z' };
    await db.goalTemplates.bulkAdd([archived, edited]);
    const summary = await seedBuiltInTemplates(db, later);
    expect(summary.added).toHaveLength(7);
    expect(summary.refreshed).toEqual([]);
    expect(await db.goalTemplates.get(archived.id)).toEqual(archived);
    expect(await db.goalTemplates.get(edited.id)).toEqual(edited);
  });

  it('brings an untouched built-in from an older version up to this version’s wording', async () => {
    const db = freshDatabase('test');
    const [communication] = builtInTemplates(installedAt.toISOString());
    await db.goalTemplates.add({ ...communication!, description: 'The first edition’s wording.' });
    const summary = await seedBuiltInTemplates(db, later);
    expect(summary.refreshed).toEqual(['builtin-communication']);
    expect(await db.goalTemplates.get('builtin-communication')).toEqual(builtInTemplates(later.toISOString())[0]);
    expect(await seedBuiltInTemplates(db, new Date('2026-12-01T00:00:00Z'))).toEqual({ added: [], refreshed: [] });
  });
});
