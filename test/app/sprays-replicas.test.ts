import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../helpers/app-harness.js';
import { createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { TEAM } from '../helpers/slack-requests.js';
import { answerTo, fingerprintsOf, SPRAYED_NOTE } from '../helpers/sprays.js';

/** Two app instances, each with its own HTTP server and connection pool, on one PostgreSQL database. */
describe('the spray check across two replicas on PostgreSQL', () => {
  let database: TestDatabase;
  let a: Harness;
  let b: Harness;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    a = await startHarness({ databaseUrl: database.url });
    b = await startHarness({ databaseUrl: database.url });
  });
  afterAll(async () => {
    await a.stop();
    await b.stop();
    await database.dispose();
  });

  it('each sees the fingerprints the other stored', async () => {
    expect(await answerTo(a, 'U0ANA', SPRAYED_NOTE('Ana'))).not.toContain('Also sent to');
    expect(await answerTo(b, 'U0BO', SPRAYED_NOTE('Bo'))).toContain('Also sent to 1 other person here');
    expect(await answerTo(a, 'U0CY', SPRAYED_NOTE('Cy'))).toContain('Also sent to 2 other people here');
    expect(await answerTo(b, 'U0DEE', SPRAYED_NOTE('Dee'))).toContain('Also sent to 3 other people here');
    expect(await fingerprintsOf(a, TEAM)).toBe(4);
    expect(await fingerprintsOf(b, TEAM)).toBe(4);
  });
});
