import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/store/database.js';
import { migrationsFor } from '../../src/store/migrations.js';
import { createStore } from '../../src/store/store.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../helpers/databases.js';

describe.each(BACKENDS)('migrations on %s', (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(backend);
  });
  afterAll(async () => {
    await database.dispose();
  });

  it('run at start, once, and keep existing data on every later start', async () => {
    const first = database.open();
    expect(await migrate(first)).toEqual(Object.keys(migrationsFor(backend)));
    await createStore(first.db).profiles.save({ teamId: 'T1', userId: 'U1' }, { teamArea: 'Platform' });
    await first.close();

    const second = database.open();
    expect(await migrate(second)).toEqual([]);
    expect((await createStore(second.db).profiles.get({ teamId: 'T1', userId: 'U1' }))?.teamArea).toBe('Platform');
    await second.close();
  });

  it('are safe when several replicas start at once', async () => {
    const opens = [database.open(), database.open(), database.open()];
    const results = await Promise.all(opens.map((o) => migrate(o)));
    expect(results.flat()).toEqual([]);
    await Promise.all(opens.map((o) => o.close()));
  });
});
