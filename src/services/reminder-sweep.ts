import type { webApi } from '@slack/bolt';
import { REMINDER_FOR_STAGE } from '../lifecycle.js';
import { reminderItems } from '../presenters/referrals.js';
import { sendDm } from '../slack/dm.js';
import { NotFoundError } from '../store/errors.js';
import type { Clock } from '../store/owner.js';
import type { ClaimedReminder } from '../store/reminders.js';
import type { Owner, TriageRecord } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { DIGEST_ITEMS, type ReminderItem, reminderMessage } from '../views/referral-messages.js';
import { isDaytime, knownTimeZone, localTime, nextDaytime } from './local-time.js';

export interface SweepDeps {
  store: Store;
  clock: Clock;
  /** A client with the workspace's bot token; null when the app is no longer installed there. */
  clientFor(teamId: string): Promise<webApi.WebClient | null>;
  logger: { warn(fields: object, message: string): void };
}

/** What one sweep did, by referrer: for logs and tests. */
export interface SweepReport {
  sent: number;
  digests: number;
  postponed: number;
  cancelled: number;
  failed: number;
}

/** A failed DM is tried again after this long. */
const RETRY_MS = 60 * 60_000;

/**
 * Sends the reminders that are due. Claims them (so no other replica sends them), then for each
 * referrer: drops the ones that no longer apply, waits for their daytime, takes their one DM of the
 * day, sends everything due as one message, and marks it sent. Anything not sent is left for later.
 */
export async function sweepReminders(deps: SweepDeps): Promise<SweepReport> {
  const report: SweepReport = { sent: 0, digests: 0, postponed: 0, cancelled: 0, failed: 0 };
  const claimed = await deps.store.reminders.claimDue();
  const groups = [...groupByReferrer(claimed)];
  // A few referrers at a time: each is a handful of queries and two Slack calls, mostly waiting.
  for (let i = 0; i < groups.length; i += PARALLEL_REFERRERS) {
    await Promise.all(
      groups.slice(i, i + PARALLEL_REFERRERS).map(([key, reminders]) => deliverOrRetry(deps, key, reminders, report)),
    );
  }
  return report;
}

const PARALLEL_REFERRERS = 5;

async function deliverOrRetry(deps: SweepDeps, key: string, reminders: ClaimedReminder[], report: SweepReport) {
  const [teamId = '', userId = ''] = key.split('/');
  try {
    await deliver(deps, { teamId, userId }, reminders, report);
  } catch (error) {
    report.failed += reminders.length;
    deps.logger.warn({ err: error, teamId, reminders: reminders.length }, 'reminder DM failed; will retry');
    const retryAt = new Date(deps.clock.now().getTime() + RETRY_MS).toISOString();
    await deps.store.reminders.postpone(
      reminders.map((r) => r.id),
      retryAt,
    );
  }
}

function groupByReferrer(reminders: ClaimedReminder[]): Map<string, ClaimedReminder[]> {
  const groups = new Map<string, ClaimedReminder[]>();
  for (const r of reminders) {
    const key = `${r.teamId}/${r.referrerId}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return groups;
}

/** The reminders still worth sending: the referral exists and still sits in the stage that started it. */
async function stillDue(store: Store, owner: Owner, reminders: ClaimedReminder[]) {
  const live: Array<{ reminder: ClaimedReminder; record: TriageRecord }> = [];
  const stale: string[] = [];
  for (const reminder of reminders) {
    const record = await store.triages.get(owner, reminder.triageId).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    });
    if (record && REMINDER_FOR_STAGE[record.stage]?.kind === reminder.kind) live.push({ reminder, record });
    else stale.push(reminder.id);
  }
  return { live, stale };
}

async function deliver(deps: SweepDeps, owner: Owner, reminders: ClaimedReminder[], report: SweepReport) {
  const { store } = deps;
  const ids = reminders.map((r) => r.id);
  const profile = await store.profiles.get(owner);
  const client = await deps.clientFor(owner.teamId);
  if (profile?.remindersOn === false || !client) {
    await store.reminders.cancel(ids);
    report.cancelled += ids.length;
    return;
  }
  const { live, stale } = await stillDue(store, owner, reminders);
  await store.reminders.cancel(stale);
  report.cancelled += stale.length;
  if (live.length === 0) return;
  const now = deps.clock.now();
  const timeZone = await timeZoneOf(client, store, owner);
  const local = localTime(now, timeZone);
  const liveIds = live.map((l) => l.reminder.id);
  if (!isDaytime(local) || !(await store.reminders.claimDay(owner, local.date))) {
    // Their night, or today's DM already went: the start of their next daytime (tomorrow's, if today's is used).
    const notOn = isDaytime(local) ? local.date : undefined;
    await store.reminders.postpone(liveIds, nextDaytime(now, timeZone, notOn).toISOString());
    report.postponed += liveIds.length;
    return;
  }
  const shown = live.slice(0, DIGEST_ITEMS);
  const items: ReminderItem[] = reminderItems(shown.map(({ record, reminder }) => ({ record, kind: reminder.kind })));
  try {
    await sendDm(client, owner.userId, reminderMessage(items));
  } catch (error) {
    await store.reminders.releaseDay(owner, local.date);
    throw error;
  }
  await store.reminders.markSent(shown.map((s) => s.reminder.id));
  report.sent += shown.length;
  report.digests += 1;
  // More than one message holds: the rest wait for tomorrow's DM.
  const rest = liveIds.slice(DIGEST_ITEMS);
  if (rest.length) {
    await store.reminders.postpone(rest, nextDaytime(now, timeZone, local.date).toISOString());
    report.postponed += rest.length;
  }
}

/** The referrer's Slack time zone (users.info), remembered for when Slack cannot be reached. */
async function timeZoneOf(client: webApi.WebClient, store: Store, owner: Owner): Promise<string> {
  try {
    const info = await client.users.info({ user: owner.userId });
    const tz = knownTimeZone(info.user?.tz);
    if (info.user?.tz && tz === info.user.tz) await store.reminders.rememberTimeZone(owner, tz);
    return tz;
  } catch {
    return knownTimeZone(await store.reminders.knownTimeZone(owner));
  }
}

/** How often the app looks for due reminders. */
export const SWEEP_INTERVAL_MS = 60_000;

/** Sweeps now and every minute; a failed sweep is logged and the next one tries again. Returns a stop function. */
export function startReminderSweeps(deps: SweepDeps, intervalMs = SWEEP_INTERVAL_MS): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await sweepReminders(deps);
    } catch (error) {
      deps.logger.warn({ err: error }, 'reminder sweep failed; will retry');
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
