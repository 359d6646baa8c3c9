import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../src/store/database.js';
import { EVENT_MEMORY_MS } from '../../src/store/event-log.js';
import { createStore } from '../../src/store/store.js';
import { BACKENDS, createTestDatabase, ManualClock, openMigrated, type TestDatabase } from '../helpers/databases.js';

describe.each(BACKENDS)('the Slack event log on %s', (backend) => {
  let database: TestDatabase;
  let open: OpenDatabase;
  const clock = new ManualClock();

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    open = await openMigrated(database);
  });
  afterAll(async () => {
    await open.db.destroy();
    await database.dispose();
  });

  it('lets exactly one of many concurrent deliveries of an event claim it', async () => {
    const store = createStore(open.db, clock);
    const wins = await Promise.all(Array.from({ length: 20 }, () => store.events.claim('Ev0CONCURRENT', 'T0')));
    expect(wins.filter(Boolean)).toHaveLength(1);
    expect(await store.events.claim('Ev0OTHER', 'T0')).toBe(true);
  });

  it('forgets event ids once Slack can no longer retry them', async () => {
    const store = createStore(open.db, clock);
    expect(await store.events.claim('Ev0OLD', 'T0')).toBe(true);
    clock.advanceMs(EVENT_MEMORY_MS + 1000);
    expect(await store.events.forgetOld()).toBeGreaterThanOrEqual(1);
    expect(await store.events.claim('Ev0OLD', 'T0')).toBe(true);
  });
});
