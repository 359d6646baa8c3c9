import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DECIDABLE, STAGE_FOR_DECISION } from '../lifecycle.js';
import { type TriageResult, TriageResultSchema } from '../triage/index.js';
import { guardUnavailable, InvalidInputError } from './errors.js';
import { type EarlierRequest, isSameSender } from './follow-ups.js';
import { assertOwner, type Clock, ownsTriage, parse, parseOwner } from './owner.js';
import { addEvent, changeWithHistory, toRecord } from './records.js';
import {
  type Database,
  type Decision,
  type DecisionInput,
  DecisionInputSchema,
  type NewTriage,
  NewTriageSchema,
  type Owner,
  type Stage,
  type TriageRecord,
} from './schema.js';
import { enterStage } from './stages.js';

/** Triages and their lifecycle: created from a note, read back with history, decided by their referrer. */
export class TriageStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
  ) {}

  /** Earlier requests from the same sender to this referrer, newest first. */
  async findEarlier(
    owner: Owner,
    sender: { requesterId: string | null; requesterName: string | null; text: string },
  ): Promise<EarlierRequest[]> {
    const checked = parseOwner(owner);
    if (!sender.requesterId && !sender.requesterName) return [];
    const rows = await guardUnavailable(() => {
      let query = this.db
        .selectFrom('triages')
        .select([
          'id',
          'requester_id',
          'requester_name',
          'request_text',
          'decision',
          'status',
          'one_pager_text',
          'created_at',
        ])
        .where(ownsTriage(checked));
      query = sender.requesterId
        ? query.where('requester_id', '=', sender.requesterId)
        : query.where((eb) => eb(eb.fn('lower', ['requester_name']), '=', (sender.requesterName ?? '').toLowerCase()));
      return query.orderBy('created_at', 'desc').limit(20).execute();
    });
    return rows
      .map((r) => ({
        id: r.id,
        requesterId: r.requester_id,
        requesterName: r.requester_name,
        requestText: r.request_text,
        decision: r.decision as Decision,
        stage: r.status as Stage,
        onePagerText: r.one_pager_text,
        createdAt: r.created_at,
      }))
      .filter((r) => isSameSender(r, sender.requesterId, sender.requesterName, sender.text));
  }

  async create(
    owner: Owner,
    input: NewTriage,
    result: TriageResult,
    earlierTriageId: string | null = null,
  ): Promise<TriageRecord> {
    const { teamId, userId } = parseOwner(owner);
    const triage = parse(NewTriageSchema, input, 'triage');
    const checked = parse(TriageResultSchema, result, 'triage result');
    const id = randomUUID();
    const now = this.clock.now().toISOString();
    await guardUnavailable(() =>
      this.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('triages')
          .values({
            id,
            team_id: teamId,
            referrer_id: userId,
            requester_id: triage.requesterId,
            requester_name: triage.requesterName,
            source: triage.source,
            channel_id: triage.channelId,
            message_ts: triage.messageTs,
            permalink: triage.permalink,
            request_text: triage.requestText,
            result: JSON.stringify(checked),
            recommendation: checked.recommendation,
            decision: 'pending',
            status: 'undecided',
            stage_at: now,
            blurb_text: checked.blurb,
            blurb_state: 'none',
            earlier_triage_id: earlierTriageId,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await enterStage(trx, { id, teamId, referrerId: userId }, 'undecided', now);
        await addEvent(trx, id, 'triaged', now, checked.recommendation);
      }),
    );
    return this.get(owner, id);
  }

  /** Reads a triage with its history, refusing anyone but its referrer. */
  async get(owner: Owner, id: string): Promise<TriageRecord> {
    await assertOwner(this.db, owner, id);
    return guardUnavailable(async () => {
      const row = await this.db.selectFrom('triages').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      const history = await this.db
        .selectFrom('triage_events')
        .select(['status', 'at', 'detail'])
        .where('triage_id', '=', id)
        .orderBy('id')
        .execute();
      return toRecord(row, history);
    });
  }

  /** The referrer's triage made from a message in a conversation (a DM request), if there is one. */
  async findByMessage(owner: Owner, channelId: string, messageTs: string): Promise<TriageRecord | null> {
    const row = await guardUnavailable(() =>
      this.db
        .selectFrom('triages')
        .select('id')
        .where(ownsTriage(parseOwner(owner)))
        .where('channel_id', '=', channelId)
        .where('message_ts', '=', messageTs)
        .executeTakeFirst(),
    );
    return row ? this.get(owner, row.id) : null;
  }

  /**
   * More of the same note arrived (a reply in its thread): the note and its result are replaced by
   * the longer note's, with a history entry. The referrer's decision, if any, stands.
   */
  async amend(owner: Owner, id: string, requestText: string, result: TriageResult): Promise<TriageRecord> {
    const text = parse(NewTriageSchema.shape.requestText, requestText, 'note');
    const checked = parse(TriageResultSchema, result, 'triage result');
    const history = { status: 'amended', detail: checked.recommendation };
    await changeWithHistory(this.db, this.clock, owner, id, history, async (trx, now) => {
      await trx
        .updateTable('triages')
        .set({
          request_text: text,
          result: JSON.stringify(checked),
          recommendation: checked.recommendation,
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
    });
    return this.get(owner, id);
  }

  /** Records the referrer's answer and the reply they sent, with a history entry, in one transaction. */
  async recordDecision(owner: Owner, id: string, input: DecisionInput): Promise<TriageRecord> {
    const { decision, replyText, blurbText, blurbChannel } = parse(DecisionInputSchema, input, 'decision');
    const stage = STAGE_FOR_DECISION[decision];
    const history = { status: stage, detail: decision };
    await changeWithHistory(this.db, this.clock, owner, id, history, async (trx, now) => {
      const updated = await trx
        .updateTable('triages')
        .set({
          decision,
          reply_text: replyText,
          blurb_text: decision === 'no' ? null : blurbText,
          // Only a yes gets a blurb to post; it waits as a draft until the referrer clicks Post.
          blurb_state: decision === 'yes' && blurbText ? 'draft' : 'none',
          blurb_channel: decision === 'yes' ? blurbChannel : null,
          updated_at: now,
        })
        .where('id', '=', id)
        .where('blurb_state', 'in', ['none', 'draft', 'discarded'])
        .where('status', 'in', DECIDABLE)
        .executeTakeFirst();
      if (updated.numUpdatedRows === 0n) {
        throw new InvalidInputError(
          'The blurb for this triage is already posted, or the referral was submitted, so its decision can no longer change.',
        );
      }
      await enterStage(trx, { id, teamId: owner.teamId, referrerId: owner.userId }, stage, now);
    });
    return this.get(owner, id);
  }
}
