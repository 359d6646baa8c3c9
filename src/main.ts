import type { Server } from 'node:http';
import { config as loadDotenv } from 'dotenv';
import { sql } from 'kysely';
import { createApp, type Health } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { startReminderSweeps } from './services/reminder-sweep.js';
import { migrate, openDatabase } from './store/database.js';
import { systemClock } from './store/owner.js';
import { startRetentionSchedule } from './store/retention.js';
import { createStore } from './store/store.js';

/** How long shutdown waits for requests in flight before closing the database anyway. */
const DRAIN_MS = 10_000;

/** The only file that touches process and .env: reads settings, opens the database, starts, and stops cleanly. */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  const logger = createLogger(config.logLevel);
  const database = openDatabase(config.databaseUrl, {
    onPoolError: (err) => logger.warn({ err }, 'database connection lost; it reconnects on the next request'),
  });
  try {
    await migrate(database);
  } catch (err) {
    logger.fatal({ err, database: database.location }, 'cannot reach or migrate the database; check DATABASE_URL');
    await database.close().catch(() => {});
    process.exitCode = 1;
    return;
  }
  const store = createStore(database.db);
  const stopRetention = startRetentionSchedule(store, logger, undefined, config.sprays.windowDays);
  const health: Health = {
    ready: false,
    database: () =>
      sql`select 1`.execute(database.db).then(
        () => true,
        () => false,
      ),
  };
  const inFlight = { count: 0 };
  const { app, clientFor } = createApp({ config, logger, store, installations: database.db, health, inFlight });
  const server = (await app.start(config.port)) as Server | undefined;
  health.ready = true;
  const stopReminders = startReminderSweeps({ store, clock: systemClock, clientFor, logger });
  logger.info(
    {
      mode: config.socketMode ? 'socket' : 'http',
      port: config.port,
      database: database.location,
      oauth: Boolean(config.oauth),
    },
    'refer-triage is running',
  );

  stopOnSignals({ app, server, database, logger, health, inFlight, stopSchedules: [stopRetention, stopReminders] });
}

interface Running {
  app: ReturnType<typeof createApp>['app'];
  server: Server | undefined;
  database: ReturnType<typeof openDatabase>;
  logger: ReturnType<typeof createLogger>;
  health: Health;
  inFlight: { count: number };
  /** The retention purge and the reminder sweeps: stopped first, so no new work starts while draining. */
  stopSchedules: Array<() => void>;
}

/** SIGTERM and SIGINT stop taking requests, let those in flight finish (up to DRAIN_MS), then close the database. */
function stopOnSignals({ app, server, database, logger, health, inFlight, stopSchedules }: Running): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    health.ready = false;
    logger.info({ signal, inFlight: inFlight.count }, 'shutting down: no new requests, finishing those in flight');
    for (const stop of stopSchedules) stop();
    const stopped = app.stop().catch((err: unknown) => logger.warn({ err }, 'error while stopping the receiver'));
    const deadline = Date.now() + DRAIN_MS;
    // Keep-alive sockets are closed as soon as they go quiet, so no new request slips in on one while draining.
    do {
      server?.closeIdleConnections?.();
      await new Promise((r) => setTimeout(r, 10));
    } while (inFlight.count > 0 && Date.now() < deadline);
    server?.closeAllConnections?.();
    await Promise.race([stopped, new Promise((r) => setTimeout(r, 1_000))]);
    await database.close().catch((err: unknown) => logger.warn({ err }, 'error while closing the database'));
    logger.info({ unfinished: inFlight.count }, 'stopped');
    logger.flush();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('refer-triage failed to start:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
