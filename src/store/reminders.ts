import type { Kysely } from 'kysely';
import type { ReminderKind } from '../lifecycle.js';
import { guardUnavailable } from './errors.js';
import { type Clock, parseOwner } from './owner.js';
import type { Database, Owner } from './schema.js';

/** A reminder a sweep has claimed: it holds it until the lease ends, and no other sweep takes it meanwhile. */
export interface ClaimedReminder {
  id: string;
  triageId: string;
  teamId: string;
  referrerId: string;
  kind: ReminderKind;
  dueAt: string;
}

/** How long a sweep holds what it claimed; a sweep that dies mid-way gives it back when this lapses. */
export const REMINDER_LEASE_MS = 5 * 60_000;

/**
 * The reminders the app owns, on the store so a restart loses none. A sweep claims due reminders
 * with one conditional update: on PostgreSQL the row lock makes the second of two racing replicas
 * see the first's claim and skip the row, and SQLite has one writer; so each is sent by one sweep.
 */
export class ReminderStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
  ) {}

  async claimDue(limit = 200, leaseMs = REMINDER_LEASE_MS): Promise<ClaimedReminder[]> {
    const now = this.clock.now();
    const at = now.toISOString();
    const until = new Date(now.getTime() + leaseMs).toISOString();
    const rows = await guardUnavailable(async () => {
      const due = await this.db
        .selectFrom('reminders')
        .select('id')
        .where('state', '=', 'pending')
        .where('due_at', '<=', at)
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', at)]))
        .orderBy('due_at')
        .limit(limit)
        .execute();
      if (due.length === 0) return [];
      return this.db
        .updateTable('reminders')
        .set({ claimed_until: until })
        .where(
          'id',
          'in',
          due.map((r) => r.id),
        )
        .where('state', '=', 'pending')
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', at)]))
        .returning(['id', 'triage_id', 'team_id', 'referrer_id', 'kind', 'due_at'])
        .execute();
    });
    return rows.map((r) => ({
      id: r.id,
      triageId: r.triage_id,
      teamId: r.team_id,
      referrerId: r.referrer_id,
      kind: r.kind,
      dueAt: r.due_at,
    }));
  }

  /**
   * Takes the referrer's one reminder DM for their local date; false when another sweep (or an
   * earlier one today) already has it.
   */
  async claimDay(owner: Owner, localDate: string): Promise<boolean> {
    const { teamId, userId } = parseOwner(owner);
    const result = await guardUnavailable(() =>
      this.db
        .insertInto('reminder_days')
        .values({ team_id: teamId, user_id: userId, local_date: localDate, sent_at: this.clock.now().toISOString() })
        .onConflict((oc) => oc.doNothing())
        .returning('local_date')
        .executeTakeFirst(),
    );
    return result !== undefined;
  }

  /** Gives a day back when its DM could not be sent, so the next sweep may try again. */
  async releaseDay(owner: Owner, localDate: string): Promise<void> {
    const { teamId, userId } = parseOwner(owner);
    await guardUnavailable(() =>
      this.db
        .deleteFrom('reminder_days')
        .where('team_id', '=', teamId)
        .where('user_id', '=', userId)
        .where('local_date', '=', localDate)
        .execute(),
    );
  }

  async markSent(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const at = this.clock.now().toISOString();
    await guardUnavailable(() =>
      this.db
        .updateTable('reminders')
        .set({ state: 'sent', sent_at: at, claimed_until: null })
        .where('id', 'in', [...ids])
        .where('state', '=', 'pending')
        .execute(),
    );
  }

  /** Not now (the referrer's night, or today's DM already went): due again at `dueAt`, unclaimed. */
  async postpone(ids: readonly string[], dueAt: string): Promise<void> {
    if (ids.length === 0) return;
    await guardUnavailable(() =>
      this.db
        .updateTable('reminders')
        .set({ due_at: dueAt, claimed_until: null })
        .where('id', 'in', [...ids])
        .where('state', '=', 'pending')
        .execute(),
    );
  }

  /** Reminders that no longer apply (reminders turned off, the referral moved on): never sent. */
  async cancel(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await guardUnavailable(() =>
      this.db
        .updateTable('reminders')
        .set({ state: 'cancelled', claimed_until: null })
        .where('id', 'in', [...ids])
        .where('state', '=', 'pending')
        .execute(),
    );
  }

  /** A referrer's pending reminders, for showing and for tests. */
  async pendingFor(owner: Owner): Promise<Array<{ triageId: string; kind: ReminderKind; dueAt: string }>> {
    const { teamId, userId } = parseOwner(owner);
    const rows = await guardUnavailable(() =>
      this.db
        .selectFrom('reminders')
        .select(['triage_id', 'kind', 'due_at'])
        .where('team_id', '=', teamId)
        .where('referrer_id', '=', userId)
        .where('state', '=', 'pending')
        .orderBy('due_at')
        .execute(),
    );
    return rows.map((r) => ({ triageId: r.triage_id, kind: r.kind, dueAt: r.due_at }));
  }

  /** Caches the referrer's Slack time zone beside their profile, for when users.info cannot be reached. */
  async rememberTimeZone(owner: Owner, timeZone: string): Promise<void> {
    const { teamId, userId } = parseOwner(owner);
    await guardUnavailable(() =>
      this.db
        .updateTable('profiles')
        .set({ time_zone: timeZone })
        .where('team_id', '=', teamId)
        .where('user_id', '=', userId)
        .execute(),
    );
  }

  async knownTimeZone(owner: Owner): Promise<string | null> {
    const { teamId, userId } = parseOwner(owner);
    const row = await guardUnavailable(() =>
      this.db
        .selectFrom('profiles')
        .select('time_zone')
        .where('team_id', '=', teamId)
        .where('user_id', '=', userId)
        .executeTakeFirst(),
    );
    return row?.time_zone ?? null;
  }
}
