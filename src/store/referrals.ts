import type { Kysely } from 'kysely';
import * as z from 'zod';
import { canMove, STAGE_WORDS, STAGES, type Stage } from '../lifecycle.js';
import { type TriageResult, TriageResultSchema } from '../triage/index.js';
import { guardUnavailable, InvalidInputError } from './errors.js';
import { assertOwner, type Clock, DAY_MS, parse } from './owner.js';
import { changeWithHistory } from './records.js';
import { type Database, NewTriageSchema, type Owner, type TriageRecord } from './schema.js';
import { addReminder, enterStage, onePagerWait } from './stages.js';
import type { TriageStore } from './triages.js';

const NewStage = z.enum(STAGES);
const SlackRef = z.object({
  channel: z.string().regex(/^[A-Z0-9]{2,40}$/),
  ts: z.string().regex(/^\d{1,12}\.\d{1,9}$/),
});

/** A move the referral's stage does not allow (a button from an old message, or a double click that lost). */
export class StageMoveError extends InvalidInputError {
  override name = 'StageMoveError';
}

/** A referral after the first answer: the one-pager arriving, the moves the referrer makes, waiting longer. */
export class ReferralStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
    private readonly triages: TriageStore,
  ) {}

  /** Moves a referral to the next stage, if its current stage allows it; only its owner can. */
  async move(owner: Owner, id: string, to: Stage): Promise<TriageRecord> {
    const target = parse(NewStage, to, 'stage');
    const history = { status: target, detail: null };
    await changeWithHistory(this.db, this.clock, owner, id, history, async (trx, now) => {
      const row = await trx.selectFrom('triages').select('status').where('id', '=', id).executeTakeFirstOrThrow();
      const from = row.status as Stage;
      if (!canMove(from, target)) {
        throw new StageMoveError(
          `This button is from an earlier step: the referral is ${STAGE_WORDS[from]} now, so it cannot be marked ${STAGE_WORDS[target]}. Nothing changed.`,
        );
      }
      await enterStage(trx, { id, teamId: owner.teamId, referrerId: owner.userId }, target, now);
    });
    return this.triages.get(owner, id);
  }

  /**
   * The one-pager the referrer asked for arrived: kept beside the first note, the result replaced by
   * the judgement of both, and the referral back with the referrer to decide again.
   */
  async receiveOnePager(owner: Owner, id: string, text: string, result: TriageResult): Promise<TriageRecord> {
    const onePager = parse(NewTriageSchema.shape.requestText, text, 'one-pager');
    const checked = parse(TriageResultSchema, result, 'triage result');
    const history = { status: 'one_pager_received', detail: checked.recommendation };
    await changeWithHistory(this.db, this.clock, owner, id, history, async (trx, now) => {
      const updated = await trx
        .updateTable('triages')
        .set({
          one_pager_text: onePager,
          result: JSON.stringify(checked),
          recommendation: checked.recommendation,
          blurb_text: checked.blurb,
          decision: 'pending',
          updated_at: now,
        })
        .where('id', '=', id)
        .where('status', 'in', ['one_pager_requested', 'one_pager_received'])
        .executeTakeFirst();
      if (updated.numUpdatedRows === 0n) throw new StageMoveError('This referral is not waiting on a one-pager.');
      await enterStage(trx, { id, teamId: owner.teamId, referrerId: owner.userId }, 'one_pager_received', now);
    });
    return this.triages.get(owner, id);
  }

  /** Remembers the DM that stands for this referral, so its next move updates it in place. Owner-checked. */
  async rememberMessage(owner: Owner, id: string, ref: { channel: string; ts: string }): Promise<void> {
    const channel = parse(SlackRef.shape.channel, ref.channel, 'channel');
    const ts = parse(SlackRef.shape.ts, ref.ts, 'message ts');
    await assertOwner(this.db, owner, id);
    await guardUnavailable(() =>
      this.db.updateTable('triages').set({ dm_channel: channel, dm_ts: ts }).where('id', '=', id).execute(),
    );
  }

  /** "Keep waiting" on a one-pager reminder: one more wait, then one more reminder. */
  async keepWaiting(owner: Owner, id: string): Promise<TriageRecord> {
    const history = { status: 'kept_waiting', detail: null };
    await changeWithHistory(this.db, this.clock, owner, id, history, async (trx, now) => {
      const row = await trx.selectFrom('triages').select('status').where('id', '=', id).executeTakeFirstOrThrow();
      if (row.status !== 'one_pager_requested')
        throw new StageMoveError('This referral is not waiting on a one-pager any more.');
      const target = { id, teamId: owner.teamId, referrerId: owner.userId };
      const days = await onePagerWait(trx, target);
      await trx
        .updateTable('reminders')
        .set({ state: 'cancelled' })
        .where('triage_id', '=', id)
        .where('state', '=', 'pending')
        .execute();
      const due = new Date(Date.parse(now) + days * DAY_MS).toISOString();
      await addReminder(trx, target, 'one_pager_overdue', due);
    });
    return this.triages.get(owner, id);
  }
}
