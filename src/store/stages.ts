import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { DEFAULT_ONE_PAGER_WAIT_DAYS, REMINDER_FOR_STAGE, type Stage } from '../lifecycle.js';
import { DAY_MS } from './owner.js';
import type { Database } from './schema.js';

export interface StageTarget {
  id: string;
  teamId: string;
  referrerId: string;
}

/**
 * The one way a referral enters a stage: the stage and its time, and the reminder that stage starts,
 * in the caller's transaction. A pending reminder of another kind is cancelled, since the referral
 * moved on; one of the same kind keeps its time (résumé requested after a yes is still waiting to be referred).
 */
export async function enterStage(trx: Transaction<Database>, t: StageTarget, stage: Stage, now: string): Promise<void> {
  await trx
    .updateTable('triages')
    .set({ status: stage, stage_at: now, updated_at: now })
    .where('id', '=', t.id)
    .execute();
  const plan = REMINDER_FOR_STAGE[stage];
  let cancel = trx
    .updateTable('reminders')
    .set({ state: 'cancelled' })
    .where('triage_id', '=', t.id)
    .where('state', '=', 'pending');
  if (plan) cancel = cancel.where('kind', '!=', plan.kind);
  await cancel.execute();
  if (!plan) return;
  const kept = await trx
    .selectFrom('reminders')
    .select('id')
    .where('triage_id', '=', t.id)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  if (kept) return;
  const days = plan.kind === 'one_pager_overdue' ? await onePagerWait(trx, t, plan.days) : plan.days;
  await addReminder(trx, t, plan.kind, new Date(Date.parse(now) + days * DAY_MS).toISOString());
}

export async function addReminder(
  trx: Transaction<Database>,
  t: StageTarget,
  kind: NonNullable<(typeof REMINDER_FOR_STAGE)[Stage]>['kind'],
  dueAt: string,
): Promise<void> {
  await trx
    .insertInto('reminders')
    .values({
      id: randomUUID(),
      triage_id: t.id,
      team_id: t.teamId,
      referrer_id: t.referrerId,
      kind,
      due_at: dueAt,
      state: 'pending',
      claimed_until: null,
      sent_at: null,
    })
    .execute();
}

/** The referrer's own wait for a one-pager, if they set one in their settings. */
export async function onePagerWait(
  trx: Transaction<Database>,
  t: StageTarget,
  fallback = DEFAULT_ONE_PAGER_WAIT_DAYS,
): Promise<number> {
  const row = await trx
    .selectFrom('profiles')
    .select('one_pager_wait_days')
    .where('team_id', '=', t.teamId)
    .where('user_id', '=', t.referrerId)
    .executeTakeFirst();
  return row?.one_pager_wait_days ?? fallback;
}
