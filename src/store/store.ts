import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type * as z from 'zod';
import { type TriageResult, TriageResultSchema } from '../triage/index.js';
import { guardUnavailable, InvalidInputError, NotFoundError, NotOwnerError } from './errors.js';
import { type EarlierRequest, isSameSender } from './follow-ups.js';
import {
  type BlurbPost,
  BlurbPostSchema,
  type BlurbState,
  type Database,
  type Decision,
  type DecisionInput,
  DecisionInputSchema,
  type NewTriage,
  NewTriageSchema,
  type Owner,
  OwnerSchema,
  type StoredProfile,
  type StoredProfileInput,
  StoredProfileSchema,
  type TriageRecord,
  type TriageStatus,
  type TriageTable,
} from './schema.js';

export const DEFAULT_RETENTION_DAYS = 90;
/** A claim to post a blurb older than this is taken to be a crashed attempt, and may be claimed again. */
export const STALE_POST_CLAIM_MS = 5 * 60_000;
const DAY_MS = 86_400_000;

const STATUS_FOR: Record<Exclude<Decision, 'pending'>, TriageStatus> = {
  yes: 'replied',
  one_pager: 'one_pager_requested',
  no: 'declined',
};

export interface Clock {
  now(): Date;
}
const systemClock: Clock = { now: () => new Date() };

function parse<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.') || what}: ${i.message}`).join('; ');
    throw new InvalidInputError(`Invalid ${what}: ${fields}`);
  }
  return parsed.data;
}

/**
 * Profiles, triages with their decisions and history, and the App Home queries, over one typed SQL
 * layer that speaks SQLite and PostgreSQL. Every write that touches two tables is one transaction;
 * every action on a triage is checked against the referrer who owns it.
 */
export class Store {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock = systemClock,
  ) {}

  private now(): string {
    return this.clock.now().toISOString();
  }

  // Profiles

  async getProfile(owner: Owner): Promise<StoredProfile | null> {
    const { teamId, userId } = parse(OwnerSchema, owner, 'owner');
    const row = await guardUnavailable(() =>
      this.db
        .selectFrom('profiles')
        .selectAll()
        .where('team_id', '=', teamId)
        .where('user_id', '=', userId)
        .executeTakeFirst(),
    );
    if (!row) return null;
    return {
      name: row.name,
      teamArea: row.team_area,
      openRoles: JSON.parse(row.open_roles) as StoredProfile['openRoles'],
      hiringChannel: row.hiring_channel,
      retentionDays: row.retention_days,
    };
  }

  async saveProfile(owner: Owner, input: StoredProfileInput): Promise<StoredProfile> {
    const { teamId, userId } = parse(OwnerSchema, owner, 'owner');
    const profile = parse(StoredProfileSchema, input, 'profile');
    const now = this.now();
    const values = {
      name: profile.name,
      team_area: profile.teamArea,
      open_roles: JSON.stringify(profile.openRoles),
      hiring_channel: profile.hiringChannel,
      retention_days: profile.retentionDays,
      updated_at: now,
    };
    await guardUnavailable(() =>
      this.db
        .insertInto('profiles')
        .values({ team_id: teamId, user_id: userId, created_at: now, ...values })
        .onConflict((oc) => oc.columns(['team_id', 'user_id']).doUpdateSet(values))
        .execute(),
    );
    return profile;
  }

  // Triages

  /** Earlier requests from the same sender to this referrer, newest first. */
  async findEarlierRequests(
    owner: Owner,
    sender: { requesterId: string | null; requesterName: string | null; text: string },
  ): Promise<EarlierRequest[]> {
    const { teamId, userId } = parse(OwnerSchema, owner, 'owner');
    if (!sender.requesterId && !sender.requesterName) return [];
    const rows = await guardUnavailable(() => {
      let query = this.db
        .selectFrom('triages')
        .select(['id', 'requester_id', 'requester_name', 'request_text', 'decision', 'created_at'])
        .where('team_id', '=', teamId)
        .where('referrer_id', '=', userId);
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
        createdAt: r.created_at,
      }))
      .filter((r) => isSameSender(r, sender.requesterId, sender.requesterName, sender.text));
  }

  async createTriage(
    owner: Owner,
    input: NewTriage,
    result: TriageResult,
    earlierTriageId: string | null = null,
  ): Promise<TriageRecord> {
    const { teamId, userId } = parse(OwnerSchema, owner, 'owner');
    const triage = parse(NewTriageSchema, input, 'triage');
    const checked = parse(TriageResultSchema, result, 'triage result');
    const id = randomUUID();
    const now = this.now();
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
            status: 'triaged',
            blurb_text: checked.blurb,
            blurb_state: 'none',
            earlier_triage_id: earlierTriageId,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await addEvent(trx, id, 'triaged', now, checked.recommendation);
      }),
    );
    return this.getTriage(owner, id);
  }

  /**
   * Refuses anyone but the triage's referrer, reading only the two owner columns: every action on a
   * triage starts here, so it stays cheap.
   */
  private async assertOwner(owner: Owner, id: string): Promise<void> {
    const { teamId, userId } = parse(OwnerSchema, owner, 'owner');
    const row = await guardUnavailable(() =>
      this.db.selectFrom('triages').select(['team_id', 'referrer_id']).where('id', '=', id).executeTakeFirst(),
    );
    if (!row) throw new NotFoundError('That triage');
    if (row.team_id !== teamId || row.referrer_id !== userId) throw new NotOwnerError();
  }

  /** Reads a triage with its history, refusing anyone but its referrer. */
  async getTriage(owner: Owner, id: string): Promise<TriageRecord> {
    await this.assertOwner(owner, id);
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

  /** Records the referrer's answer and the reply they sent, with a history entry, in one transaction. */
  async recordDecision(owner: Owner, id: string, input: DecisionInput): Promise<TriageRecord> {
    const { decision, replyText, blurbText, blurbChannel } = parse(DecisionInputSchema, input, 'decision');
    await this.assertOwner(owner, id);
    const now = this.now();
    await guardUnavailable(() =>
      this.db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('triages')
          .set({
            decision,
            status: STATUS_FOR[decision],
            reply_text: replyText,
            blurb_text: decision === 'no' ? null : blurbText,
            // Only a yes gets a blurb to post; it waits as a draft until the referrer clicks Post.
            blurb_state: decision === 'yes' && blurbText ? 'draft' : 'none',
            blurb_channel: decision === 'yes' ? blurbChannel : null,
            updated_at: now,
          })
          .where('id', '=', id)
          .where('blurb_state', 'in', ['none', 'draft', 'discarded'])
          .executeTakeFirst();
        if (updated.numUpdatedRows === 0n) {
          throw new InvalidInputError(
            'The blurb for this triage is already posted, so its decision can no longer change.',
          );
        }
        await addEvent(trx, id, STATUS_FOR[decision], now, decision);
      }),
    );
    return this.getTriage(owner, id);
  }

  /**
   * A blurb change for the referrer who owns the triage, applied only from the given states, so a
   * posted blurb can never be edited, discarded or re-pointed.
   */
  private async updateBlurb(
    owner: Owner,
    id: string,
    set: { blurb_text?: string; blurb_state?: BlurbState; blurb_channel?: string },
    from: BlurbState[],
  ): Promise<void> {
    await this.assertOwner(owner, id);
    await guardUnavailable(() =>
      this.db
        .updateTable('triages')
        .set({ ...set, updated_at: this.now() })
        .where('id', '=', id)
        .where('blurb_state', 'in', from)
        .execute(),
    );
  }

  async editBlurb(owner: Owner, id: string, text: string): Promise<TriageRecord> {
    const blurb = text.trim();
    if (!blurb || blurb.length > 3000) throw new InvalidInputError('Invalid blurb: it must be 1 to 3,000 characters');
    await this.updateBlurb(owner, id, { blurb_text: blurb, blurb_state: 'draft' }, ['draft', 'discarded']);
    return this.getTriage(owner, id);
  }

  /** Where the blurb will go; changeable until it is posted. */
  async setBlurbChannel(owner: Owner, id: string, channel: string): Promise<TriageRecord> {
    if (!/^[CG][A-Z0-9]{2,40}$/.test(channel))
      throw new InvalidInputError('Invalid channel: pick a public or private channel');
    await this.updateBlurb(owner, id, { blurb_channel: channel }, ['draft', 'discarded']);
    return this.getTriage(owner, id);
  }

  async discardBlurb(owner: Owner, id: string): Promise<TriageRecord> {
    await this.updateBlurb(owner, id, { blurb_state: 'discarded' }, ['draft']);
    return this.getTriage(owner, id);
  }

  /**
   * The one place that decides who posts a blurb: a conditional update from draft to posting. Of any
   * number of concurrent callers (double clicks, several replicas) exactly one gets true.
   */
  async claimBlurbPost(owner: Owner, id: string): Promise<boolean> {
    await this.assertOwner(owner, id);
    const now = this.clock.now();
    const staleBefore = new Date(now.getTime() - STALE_POST_CLAIM_MS).toISOString();
    const result = await guardUnavailable(() =>
      this.db
        .updateTable('triages')
        .set({ blurb_state: 'posting', updated_at: now.toISOString() })
        .where('id', '=', id)
        .where((eb) =>
          eb.or([
            eb('blurb_state', '=', 'draft'),
            eb.and([eb('blurb_state', '=', 'posting'), eb('updated_at', '<', staleBefore)]),
          ]),
        )
        .executeTakeFirst(),
    );
    return result.numUpdatedRows === 1n;
  }

  async completeBlurbPost(owner: Owner, id: string, post: BlurbPost): Promise<TriageRecord> {
    const { channel, ts, permalink } = parse(BlurbPostSchema, post, 'blurb post');
    await this.assertOwner(owner, id);
    const now = this.now();
    await guardUnavailable(() =>
      this.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('triages')
          .set({
            blurb_state: 'posted',
            status: 'blurb_posted',
            blurb_channel: channel,
            blurb_ts: ts,
            blurb_permalink: permalink,
            updated_at: now,
          })
          .where('id', '=', id)
          .where('blurb_state', '=', 'posting')
          .execute();
        await addEvent(trx, id, 'blurb_posted', now, channel);
      }),
    );
    return this.getTriage(owner, id);
  }

  /** Gives a failed post back to the referrer as a draft, so the Post button works again. */
  async releaseBlurbPost(owner: Owner, id: string): Promise<void> {
    await this.updateBlurb(owner, id, { blurb_state: 'draft' }, ['posting']);
  }

  // App Home

  async recentTriages(owner: Owner, limit = 10): Promise<TriageRecord[]> {
    const { teamId, userId } = parse(OwnerSchema, owner, 'owner');
    const rows = await guardUnavailable(() =>
      this.db
        .selectFrom('triages')
        .selectAll()
        .where('team_id', '=', teamId)
        .where('referrer_id', '=', userId)
        .orderBy('created_at', 'desc')
        .limit(Math.max(1, Math.min(limit, 50)))
        .execute(),
    );
    return rows.map((row) => toRecord(row, []));
  }

  async countsByDecision(owner: Owner, days = 30): Promise<Record<Decision, number>> {
    const { teamId, userId } = parse(OwnerSchema, owner, 'owner');
    const since = new Date(this.clock.now().getTime() - days * DAY_MS).toISOString();
    const rows = await guardUnavailable(() =>
      this.db
        .selectFrom('triages')
        .select(['decision', (eb) => eb.fn.countAll<string | number>().as('count')])
        .where('team_id', '=', teamId)
        .where('referrer_id', '=', userId)
        .where('created_at', '>=', since)
        .groupBy('decision')
        .execute(),
    );
    const counts: Record<Decision, number> = { pending: 0, yes: 0, one_pager: 0, no: 0 };
    for (const row of rows) counts[row.decision as Decision] = Number(row.count);
    return counts;
  }

  /** One-pagers asked for more than `days` ago that have not moved since. */
  async waitingOnePagers(owner: Owner, days = 7): Promise<TriageRecord[]> {
    const { teamId, userId } = parse(OwnerSchema, owner, 'owner');
    const before = new Date(this.clock.now().getTime() - days * DAY_MS).toISOString();
    const rows = await guardUnavailable(() =>
      this.db
        .selectFrom('triages')
        .selectAll()
        .where('team_id', '=', teamId)
        .where('referrer_id', '=', userId)
        .where('status', '=', 'one_pager_requested')
        .where('updated_at', '<', before)
        .orderBy('updated_at')
        .limit(20)
        .execute(),
    );
    return rows.map((row) => toRecord(row, []));
  }

  // Retention and forgetting

  /** Deletes triages older than each referrer's retention (default 90 days). Returns how many went. */
  async purgeExpired(): Promise<number> {
    const now = this.clock.now().getTime();
    return guardUnavailable(async () => {
      let deleted = 0;
      const custom = await this.db
        .selectFrom('profiles')
        .select(['team_id', 'user_id', 'retention_days'])
        .where('retention_days', 'is not', null)
        .execute();
      for (const p of custom) {
        const cutoff = new Date(now - (p.retention_days ?? DEFAULT_RETENTION_DAYS) * DAY_MS).toISOString();
        const r = await this.db
          .deleteFrom('triages')
          .where('team_id', '=', p.team_id)
          .where('referrer_id', '=', p.user_id)
          .where('created_at', '<', cutoff)
          .executeTakeFirst();
        deleted += Number(r.numDeletedRows);
      }
      const defaultCutoff = new Date(now - DEFAULT_RETENTION_DAYS * DAY_MS).toISOString();
      const r = await this.db
        .deleteFrom('triages')
        .where('created_at', '<', defaultCutoff)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('profiles')
                .select('profiles.user_id')
                .whereRef('profiles.team_id', '=', 'triages.team_id')
                .whereRef('profiles.user_id', '=', 'triages.referrer_id')
                .where('profiles.retention_days', 'is not', null),
            ),
          ),
        )
        .executeTakeFirst();
      return deleted + Number(r.numDeletedRows);
    });
  }

  /** "Forget me": every triage, history entry and the profile of this referrer, in one transaction. */
  async forget(owner: Owner): Promise<{ triages: number }> {
    const { teamId, userId } = parse(OwnerSchema, owner, 'owner');
    return guardUnavailable(() =>
      this.db.transaction().execute(async (trx) => {
        const ids = trx
          .selectFrom('triages')
          .select('id')
          .where('team_id', '=', teamId)
          .where('referrer_id', '=', userId);
        await trx.deleteFrom('triage_events').where('triage_id', 'in', ids).execute();
        const r = await trx
          .deleteFrom('triages')
          .where('team_id', '=', teamId)
          .where('referrer_id', '=', userId)
          .executeTakeFirst();
        await trx.deleteFrom('profiles').where('team_id', '=', teamId).where('user_id', '=', userId).execute();
        return { triages: Number(r.numDeletedRows) };
      }),
    );
  }
}

async function addEvent(
  trx: Transaction<Database>,
  triageId: string,
  status: string,
  at: string,
  detail: string | null,
) {
  await trx.insertInto('triage_events').values({ triage_id: triageId, status, at, detail }).execute();
}

function toRecord(row: Selectable<TriageTable>, history: TriageRecord['history']): TriageRecord {
  return {
    id: row.id,
    teamId: row.team_id,
    referrerId: row.referrer_id,
    requesterId: row.requester_id,
    requesterName: row.requester_name,
    source: row.source,
    channelId: row.channel_id,
    messageTs: row.message_ts,
    permalink: row.permalink,
    requestText: row.request_text,
    result: JSON.parse(row.result) as TriageResult,
    recommendation: row.recommendation,
    decision: row.decision as Decision,
    status: row.status as TriageStatus,
    replyText: row.reply_text,
    blurbText: row.blurb_text,
    blurbState: row.blurb_state as BlurbState,
    blurbChannel: row.blurb_channel,
    blurbTs: row.blurb_ts,
    blurbPermalink: row.blurb_permalink,
    earlierTriageId: row.earlier_triage_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    history,
  };
}
