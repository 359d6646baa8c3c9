import type { Store } from './store.js';

/** How far back the spray check looks, unless SPRAY_WINDOW_DAYS says otherwise. */
export const DEFAULT_SPRAY_WINDOW_DAYS = 30;

export const RETENTION_INTERVAL_MS = 6 * 60 * 60 * 1000;

export interface RetentionLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

/**
 * Purges expired triages now and then every few hours. Several replicas may all run it: deleting
 * what is already gone is harmless. A failure is logged and retried next time; it never stops the app.
 */
export function startRetentionSchedule(
  store: Store,
  logger: RetentionLogger,
  intervalMs = RETENTION_INTERVAL_MS,
  sprayWindowDays = DEFAULT_SPRAY_WINDOW_DAYS,
): () => void {
  const run = async () => {
    try {
      // A triage's fingerprint goes with it (cascade); one older than the spray window goes sooner.
      const deleted = await store.erasure.purgeExpired();
      await store.sprays.purgeOlderThan(sprayWindowDays);
      // Forgetting handled event ids is routine upkeep, not worth a log line.
      await store.events.forgetOld();
      if (deleted > 0) logger.info({ deleted }, 'retention purge');
    } catch (error) {
      logger.warn({ err: error }, 'retention purge failed; will retry');
    }
  };
  void run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
