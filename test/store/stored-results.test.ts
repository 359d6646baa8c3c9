import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modalForStored } from '../../src/services/triage-modal.js';
import type { OpenDatabase } from '../../src/store/database.js';
import { UnreadableTriageError } from '../../src/store/records.js';
import { createStore, type Store } from '../../src/store/store.js';
import { SIGNAL_NAMES } from '../../src/triage/index.js';
import { checkView } from '../helpers/block-kit.js';
import { createTestDatabase, openMigrated, type TestDatabase } from '../helpers/databases.js';
import { oldTriageRow } from '../helpers/old-rows.js';

/** A triages row exactly as 0.1.1 stored it: its result JSON predates signals added since. */
const OLD = JSON.parse(readFileSync('test/fixtures/triage-row-0.1.1.json', 'utf8')) as {
  requestText: string;
  result: string;
};
const OWNER = { teamId: 'T0OLD', userId: 'U0OLD' };

describe('results stored by an earlier version', () => {
  let database: TestDatabase;
  let open: OpenDatabase;
  let store: Store;

  const insert = async (id: string, result: string) => {
    await open.db
      .insertInto('triages')
      .values(
        oldTriageRow({
          id,
          teamId: OWNER.teamId,
          referrerId: OWNER.userId,
          result,
          requestText: OLD.requestText,
        }) as never,
      )
      .execute();
  };

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    open = await openMigrated(database);
    store = createStore(open.db);
  });
  afterAll(async () => {
    await open.db.destroy();
    await database.dispose();
  });

  it('the fixture really lacks a signal added since 0.1.1', () => {
    const stored = Object.keys(JSON.parse(OLD.result).signals);
    expect(SIGNAL_NAMES.filter((name) => !stored.includes(name))).toContain('onBehalf');
  });

  it('a 0.1.1 row reads back with the new signals absent, and its modal opens within Block Kit limits', async () => {
    const id = '11111111-1111-4111-8111-111111111111';
    await insert(id, OLD.result);
    const record = await store.triages.get(OWNER, id);
    expect(record.result.signals.onBehalf).toEqual({ present: false, evidence: null });
    expect(record.result.recommendation).toBe(JSON.parse(OLD.result).recommendation);
    const view = await modalForStored(store, OWNER, id);
    expect(checkView(view as never)).toEqual([]);
    expect(JSON.stringify(view)).not.toContain('undefined');
  });

  it('a damaged row is a clear error, not a crash deep in a view', async () => {
    const id = '22222222-2222-4222-8222-222222222222';
    await insert(id, '{"recommendation": "maybe"');
    await expect(store.triages.get(OWNER, id)).rejects.toBeInstanceOf(UnreadableTriageError);
  });

  it('one damaged row does not take the Home tab down: its lists skip it and show the rest', async () => {
    const recent = await store.home.recent(OWNER, 10);
    expect(recent.map((r) => r.id)).toEqual(['11111111-1111-4111-8111-111111111111']);
  });
});
