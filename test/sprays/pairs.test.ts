import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SprayCheck } from '../../src/services/spray-check.js';
import { runTriage } from '../../src/services/triage-service.js';
import { sprayKey } from '../../src/sprays/fingerprint.js';
import type { OpenDatabase } from '../../src/store/database.js';
import { createStore } from '../../src/store/store.js';
import { createTestDatabase, ManualClock, openMigrated, type TestDatabase } from '../helpers/databases.js';

/**
 * Precision and recall of the spray check on labelled pairs written by hand by someone who had not
 * seen the matcher (test/fixtures/spray-pairs.json). Each pair runs the app's own path: note a, then
 * note b, each triaged by its recipient in a fresh workspace; b is flagged or not.
 */
interface Side {
  sender: string;
  recipient: string;
  role: string;
  text: string;
}
interface Pair {
  id: string;
  kind: string;
  spray: boolean;
  a: Side;
  b: Side;
}

const PAIRS = (JSON.parse(readFileSync('test/fixtures/spray-pairs.json', 'utf8')) as { pairs: Pair[] }).pairs;
/** Fixture ids ("s-fatou") as Slack ids. */
const slackId = (id: string, prefix: string) => `${prefix}${id.replace(/[^a-z0-9]/gi, '').toUpperCase()}`;

interface Score {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  wrong: Array<{ id: string; kind: string; spray: boolean }>;
}

describe('spray check on the labelled pairs', () => {
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

  it('reaches at least 98% precision at 90% recall', { timeout: 120_000 }, async () => {
    const clock = new ManualClock();
    const store = createStore(open.db, clock);
    const sprays = new SprayCheck(store, { key: sprayKey('pairs-test-key-0123456789abcdef0123'), windowDays: 30 });
    const score: Score = { precision: 0, recall: 0, truePositives: 0, falsePositives: 0, falseNegatives: 0, wrong: [] };
    for (const [i, pair] of PAIRS.entries()) {
      const teamId = `TPAIR${i}`;
      const send = (side: Side) =>
        runTriage(
          store,
          { teamId, userId: slackId(side.recipient, 'U') },
          { source: 'message', requestText: side.text, requesterId: slackId(side.sender, 'U') },
          sprays,
        );
      await send(pair.a);
      clock.advanceMs(3_600_000);
      const flagged = (await send(pair.b)).record.result.signals.alsoSentTo.present;
      if (flagged && pair.spray) score.truePositives++;
      if (flagged && !pair.spray) score.falsePositives++;
      if (!flagged && pair.spray) score.falseNegatives++;
      if (flagged !== pair.spray) score.wrong.push({ id: pair.id, kind: pair.kind, spray: pair.spray });
    }
    const flaggedCount = score.truePositives + score.falsePositives;
    score.precision = flaggedCount ? score.truePositives / flaggedCount : 1;
    score.recall = score.truePositives / (score.truePositives + score.falseNegatives);
    console.log(
      `spray pairs: ${PAIRS.length} pairs, precision ${(score.precision * 100).toFixed(1)}%, recall ${(score.recall * 100).toFixed(1)}%`,
      JSON.stringify(score.wrong),
    );
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });
});
