import type { Kysely } from 'kysely';
import { WORKING_LANGUAGES, type WorkingLanguage } from '../triage/index.js';
import { guardUnavailable } from './errors.js';
import { type Clock, ownsProfile, parse, parseOwner } from './owner.js';
import {
  type Database,
  type Owner,
  type StoredProfile,
  type StoredProfileInput,
  StoredProfileSchema,
} from './schema.js';

/** A stored language the blurb is not written in (a later version's, or a hand edit) reads as English, never as an unreadable profile. */
const storedLanguage = (code: string | null | undefined): WorkingLanguage =>
  WORKING_LANGUAGES.find((known) => known === code) ?? 'en';

/** Each referrer's profile: team area, open roles, hiring channel, name for sign-offs, retention, the blurb's language. */
export class ProfileStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
  ) {}

  async get(owner: Owner): Promise<StoredProfile | null> {
    const row = await guardUnavailable(() =>
      this.db
        .selectFrom('profiles')
        .selectAll()
        .where(ownsProfile(parseOwner(owner)))
        .executeTakeFirst(),
    );
    if (!row) return null;
    return parse(
      StoredProfileSchema,
      {
        name: row.name,
        teamArea: row.team_area,
        openRoles: JSON.parse(row.open_roles),
        hiringChannel: row.hiring_channel,
        retentionDays: row.retention_days,
        remindersOn: row.reminders_off === 0,
        onePagerWaitDays: row.one_pager_wait_days,
        workingLanguage: storedLanguage(row.working_language),
      },
      'stored profile',
    );
  }

  async save(owner: Owner, input: StoredProfileInput): Promise<StoredProfile> {
    const { teamId, userId } = parseOwner(owner);
    const profile = parse(StoredProfileSchema, input, 'profile');
    const now = this.clock.now().toISOString();
    const values = {
      name: profile.name,
      team_area: profile.teamArea,
      open_roles: JSON.stringify(profile.openRoles),
      hiring_channel: profile.hiringChannel,
      retention_days: profile.retentionDays,
      reminders_off: profile.remindersOn ? 0 : 1,
      one_pager_wait_days: profile.onePagerWaitDays,
      working_language: profile.workingLanguage,
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
}
