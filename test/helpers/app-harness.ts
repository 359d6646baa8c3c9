import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createApp, type Health } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { type SweepReport, sweepReminders } from '../../src/services/reminder-sweep.js';
import type { OpenDatabase } from '../../src/store/database.js';
import { createStore, type Store } from '../../src/store/store.js';
import { type Backend, createTestDatabase, openMigrated, ShiftableClock, type TestDatabase } from './databases.js';
import { FakeSlack } from './fake-slack.js';
import { FakeSocketMode } from './fake-socket-mode.js';
import { freePort } from './net.js';
import { SIGNING_SECRET } from './slack-requests.js';

export const BOT_TOKEN = 'xoxb-0000-test-bot-token-secret';
export const APP_TOKEN = 'xapp-1-A0APP-0000-test-app-token-secret';

/** Captures every log line the app writes, to check what reaches the logs. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.lines.push(...chunk.toString().split('\n').filter(Boolean));
    done();
  }
  get all(): string {
    return this.lines.join('\n');
  }
}

export interface Harness {
  url: string;
  events: string;
  slack: FakeSlack;
  store: Store;
  database: OpenDatabase;
  logs: LogCapture;
  health: Health;
  inFlight: { count: number };
  /** Slack's WebSocket end, when the app runs in Socket Mode. */
  socket: FakeSocketMode | null;
  /** The app's clock: tests move it instead of sleeping. */
  clock: ShiftableClock;
  /** One reminder sweep, as the app's schedule runs it, at the clock's time. */
  sweep(): Promise<SweepReport>;
  stop(): Promise<void>;
}

/**
 * The real Bolt app on a free port, its Web API pointed at a fake Slack, on a throwaway database.
 * HTTP mode by default; with `socketMode`, it connects to a fake Socket Mode WebSocket instead and
 * its HTTP server only answers /healthz.
 */
export async function startHarness(
  options: {
    backend?: Backend;
    env?: Record<string, string>;
    databaseUrl?: string;
    slackTimeoutMs?: number;
    socketMode?: boolean;
  } = {},
): Promise<Harness> {
  const slack = await new FakeSlack().start();
  const socket = options.socketMode ? await new FakeSocketMode().start() : null;
  slack.socketModeUrl = socket?.url ?? '';
  const socketEnv = socket ? { SLACK_APP_TOKEN: APP_TOKEN, PORT: String(await freePort()) } : {};
  let testDb: TestDatabase | null = null;
  let database: OpenDatabase;
  if (options.databaseUrl) {
    const { openDatabase, migrate } = await import('../../src/store/database.js');
    database = openDatabase(options.databaseUrl, { onPoolError: () => {} });
    await migrate(database);
  } else {
    testDb = await createTestDatabase(options.backend ?? 'sqlite');
    database = await openMigrated(testDb);
  }
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    LOG_LEVEL: 'debug',
    ...socketEnv,
    ...options.env,
  });
  const logs = new LogCapture();
  const logger = createLogger(config.logLevel, logs);
  const clock = new ShiftableClock();
  const store = createStore(database.db, clock);
  const health: Health = { ready: true, database: async () => true };
  const inFlight = { count: 0 };
  const { app, clientFor } = createApp({
    config,
    logger,
    store,
    installations: database.db,
    health,
    inFlight,
    ...(options.slackTimeoutMs ? { slackTimeoutMs: options.slackTimeoutMs } : {}),
  });
  // Socket Mode's receiver serves its HTTP routes on the configured port; HTTP mode takes any free one.
  let port = config.port;
  if (socket) await app.start();
  else port = (((await app.start(0)) as Server).address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    events: `${url}/slack/events`,
    slack,
    store,
    database,
    logs,
    health,
    inFlight,
    socket,
    clock,
    sweep: () => sweepReminders({ store, clock, clientFor, logger }),
    async stop() {
      await app.stop().catch(() => {});
      await socket?.stop();
      await slack.stop();
      await database.close();
      await testDb?.dispose();
    },
  };
}
