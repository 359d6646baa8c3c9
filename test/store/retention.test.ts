import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OpenDatabase } from '../../src/store/database.js';
import { startRetentionSchedule } from '../../src/store/retention.js';
import { createStore, type Store } from '../../src/store/store.js';
import { ProfileSchema, triage } from '../../src/triage/index.js';
import { createTestDatabase, ManualClock, openMigrated, type TestDatabase } from '../helpers/databases.js';

describe('retention schedule', () => {
  let database: TestDatabase;
  let open: OpenDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    open = await openMigrated(database);
  });
  afterAll(async () => {
    await open.close();
    await database.dispose();
  });

  it('purges at start and on every tick, and logs failures instead of throwing', async () => {
    const clock = new ManualClock();
    const store = createStore(open.db, clock);
    const text = 'Could you refer me for the platform PM role?';
    await store.triages.create(
      { teamId: 'T1', userId: 'U1' },
      { source: 'cli', requestText: text },
      triage(text, ProfileSchema.parse({ teamArea: 'x' })),
    );
    clock.advanceDays(91);
    const logger = { info: vi.fn(), warn: vi.fn() };
    const stop = startRetentionSchedule(store, logger, 20);
    await vi.waitFor(() => expect(logger.info).toHaveBeenCalledWith({ deleted: 1 }, 'retention purge'));

    const failing = { purgeExpired: vi.fn().mockRejectedValue(new Error('db down')) } as unknown as Store;
    const stopFailing = startRetentionSchedule(failing, logger, 20);
    await vi.waitFor(() => expect(logger.warn.mock.calls.length).toBeGreaterThanOrEqual(2));
    expect(logger.warn).toHaveBeenCalledWith({ err: expect.any(Error) }, 'retention purge failed; will retry');
    stop();
    stopFailing();
  });
});
