import type { Kysely } from 'kysely';
import { DEFAULT_RETENTION_DAYS } from '../lifecycle.js';
import { guardUnavailable } from './errors.js';
import { type Clock, DAY_MS, ownsProfile, ownsTriage, parseOwner } from './owner.js';
import type { Database, Owner } from './schema.js';

/** Deleting what should not be kept: triages past their retention, and everything of a referrer who asks. */
export class Erasure {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
  ) {}

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
          .where(ownsTriage({ teamId: p.team_id, userId: p.user_id }))
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

  /**
   * A workspace removed the app: everything of that workspace goes, in one transaction: triages and
   * their history, spray fingerprints and settings, profiles, handled event ids, and its installation. Doing it twice is harmless.
   */
  async forgetWorkspace(teamId: string): Promise<{ triages: number; profiles: number }> {
    return guardUnavailable(() =>
      this.db.transaction().execute(async (trx) => {
        const ids = trx.selectFrom('triages').select('id').where('team_id', '=', teamId);
        await trx.deleteFrom('spray_bands').where('team_id', '=', teamId).execute();
        await trx.deleteFrom('spray_notes').where('team_id', '=', teamId).execute();
        await trx.deleteFrom('workspace_settings').where('team_id', '=', teamId).execute();
        await trx.deleteFrom('triage_events').where('triage_id', 'in', ids).execute();
        await trx.deleteFrom('reminders').where('team_id', '=', teamId).execute();
        await trx.deleteFrom('blurb_votes').where('team_id', '=', teamId).execute();
        await trx.deleteFrom('reminder_days').where('team_id', '=', teamId).execute();
        const triages = await trx.deleteFrom('triages').where('team_id', '=', teamId).executeTakeFirst();
        const profiles = await trx.deleteFrom('profiles').where('team_id', '=', teamId).executeTakeFirst();
        await trx.deleteFrom('slack_events').where('team_id', '=', teamId).execute();
        await trx.deleteFrom('installations').where('team_id', '=', teamId).execute();
        return { triages: Number(triages.numDeletedRows), profiles: Number(profiles.numDeletedRows) };
      }),
    );
  }

  /** The workspace's bot token was revoked: its installation (and encrypted token) goes; the app cannot act there. */
  async forgetInstallation(teamId: string): Promise<void> {
    await guardUnavailable(() => this.db.deleteFrom('installations').where('team_id', '=', teamId).execute());
  }

  /** "Forget me": every triage (with its history, reminders, votes and spray fingerprints), the profile, and the votes they cast, in one transaction. */
  async forget(owner: Owner): Promise<{ triages: number }> {
    const checked = parseOwner(owner);
    return guardUnavailable(() =>
      this.db.transaction().execute(async (trx) => {
        const ids = trx.selectFrom('triages').select('id').where(ownsTriage(checked));
        const fingerprints = trx.selectFrom('spray_notes').select('id').where('triage_id', 'in', ids);
        await trx.deleteFrom('spray_bands').where('note_id', 'in', fingerprints).execute();
        await trx.deleteFrom('spray_notes').where('triage_id', 'in', ids).execute();
        await trx.deleteFrom('triage_events').where('triage_id', 'in', ids).execute();
        await trx.deleteFrom('reminders').where('triage_id', 'in', ids).execute();
        await trx.deleteFrom('blurb_votes').where('triage_id', 'in', ids).execute();
        await trx
          .deleteFrom('blurb_votes')
          .where('team_id', '=', checked.teamId)
          .where('voter_id', '=', checked.userId)
          .execute();
        await trx
          .deleteFrom('reminder_days')
          .where('team_id', '=', checked.teamId)
          .where('user_id', '=', checked.userId)
          .execute();
        const r = await trx.deleteFrom('triages').where(ownsTriage(checked)).executeTakeFirst();
        await trx.deleteFrom('profiles').where(ownsProfile(checked)).execute();
        return { triages: Number(r.numDeletedRows) };
      }),
    );
  }
}
