import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';
import { unreadLanguage } from './nullable-recommendation.js';
import { createSprayFingerprints } from './spray-tables.js';

/**
 * Versioned migrations, run at start. Append new ones; never edit or drop an applied one, so an
 * upgrade never loses data. Column types are the ones both SQLite and PostgreSQL accept.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists.
type AnyDb = Kysely<any>;

export type Dialect = 'sqlite' | 'postgres';

async function createProfiles(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('profiles')
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('team_area', 'text', (c) => c.notNull())
    .addColumn('open_roles', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('hiring_channel', 'text')
    .addColumn('retention_days', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('profiles_pk', ['team_id', 'user_id'])
    .execute();
}

async function createTriages(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('triages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('referrer_id', 'text', (c) => c.notNull())
    .addColumn('requester_id', 'text')
    .addColumn('requester_name', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text')
    .addColumn('message_ts', 'text')
    .addColumn('permalink', 'text')
    .addColumn('request_text', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('recommendation', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('triaged'))
    .addColumn('reply_text', 'text')
    .addColumn('blurb_text', 'text')
    .addColumn('blurb_state', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('blurb_channel', 'text')
    .addColumn('blurb_ts', 'text')
    .addColumn('blurb_permalink', 'text')
    .addColumn('earlier_triage_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('triages_referrer_created')
    .on('triages')
    .columns(['team_id', 'referrer_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('triages_referrer_requester')
    .on('triages')
    .columns(['team_id', 'referrer_id', 'requester_id'])
    .execute();
  await db.schema.createIndex('triages_created').on('triages').column('created_at').execute();
}

/** SQLite and PostgreSQL spell an identity column differently; everything else is shared. */
async function createTriageEvents(db: AnyDb, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('triage_events')
    .addColumn('id', 'integer', (c) =>
      dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedByDefaultAsIdentity(),
    )
    .addColumn('triage_id', 'text', (c) => c.notNull().references('triages.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('triage_events_triage').on('triage_events').column('triage_id').execute();
}

async function createInstallations(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('installations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text')
    .addColumn('enterprise_id', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

/** Slack events already taken on, by event_id, so a retried delivery is handled once. */
async function createSlackEvents(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('slack_events')
    .addColumn('event_id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('slack_events_received').on('slack_events').column('received_at').execute();
}

/** The status column becomes the referral's stage; the old values map onto stages, nothing is lost. */
async function referralStages(db: AnyDb): Promise<void> {
  await sql`UPDATE triages SET status = CASE status
      WHEN 'triaged' THEN 'undecided'
      WHEN 'replied' THEN 'yes'
      WHEN 'blurb_posted' THEN 'yes'
      WHEN 'declined' THEN 'closed'
      ELSE status END`.execute(db);
  await db.schema.alterTable('triages').addColumn('stage_at', 'text').execute();
  await sql`UPDATE triages SET stage_at = updated_at`.execute(db);
  await db.schema.alterTable('triages').addColumn('one_pager_text', 'text').execute();
  await db.schema
    .createIndex('triages_referrer_stage')
    .on('triages')
    .columns(['team_id', 'referrer_id', 'status', 'stage_at'])
    .execute();
}

/** A reminder per referral and stage; a sweep claims the due ones, so a restart or a second replica loses none and sends none twice. */
async function createReminders(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('reminders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('triage_id', 'text', (c) => c.notNull().references('triages.id').onDelete('cascade'))
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('referrer_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('claimed_until', 'text')
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('reminders_due').on('reminders').columns(['state', 'due_at']).execute();
  await db.schema.createIndex('reminders_triage').on('reminders').columns(['triage_id', 'state']).execute();
  await db.schema
    .alterTable('profiles')
    .addColumn('reminders_off', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('profiles').addColumn('one_pager_wait_days', 'integer').execute();
  await db.schema.alterTable('profiles').addColumn('time_zone', 'text').execute();
  // A referrer's days with a reminder DM (their local date): the insert that wins a day is the one DM that day.
  await db.schema
    .createTable('reminder_days')
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reminder_days_pk', ['team_id', 'user_id', 'local_date'])
    .execute();
}

/** Word back from the hiring channel: one vote per person per post, changeable. */
async function createBlurbVotes(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('blurb_votes')
    .addColumn('triage_id', 'text', (c) => c.notNull().references('triages.id').onDelete('cascade'))
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('voter_id', 'text', (c) => c.notNull())
    .addColumn('vote', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('blurb_votes_pk', ['triage_id', 'voter_id'])
    .execute();
  // A click on a post names its channel and message; this finds the referral it belongs to.
  await db.schema
    .createIndex('triages_blurb_post')
    .on('triages')
    .columns(['team_id', 'blurb_channel', 'blurb_ts'])
    .execute();
}

/**
 * The DM that stands for each referral (its channel and message ts), so a move from any surface
 * updates that message in place with chat.update instead of posting another. Only adds columns.
 */
async function addMessageRefs(db: AnyDb): Promise<void> {
  await db.schema.alterTable('triages').addColumn('dm_channel', 'text').execute();
  await db.schema.alterTable('triages').addColumn('dm_ts', 'text').execute();
}

/**
 * The language of the referrer's blurb (contracts.md `workingLanguage`). Only adds a column; rows made
 * before it read as English, the default, on both SQLite and PostgreSQL.
 */
async function addWorkingLanguage(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('profiles')
    .addColumn('working_language', 'text', (c) => c.notNull().defaultTo('en'))
    .execute();
}

export const migrationsFor = (dialect: Dialect): Record<string, Migration> => ({
  '0001_initial': {
    async up(db: AnyDb) {
      await createProfiles(db);
      await createTriages(db);
      await createTriageEvents(db, dialect);
      await createInstallations(db);
    },
  },
  '0002_slack_events': { up: createSlackEvents },
  '0003_referral_loop': {
    async up(db: AnyDb) {
      await referralStages(db);
      await createReminders(db);
      await createBlurbVotes(db);
    },
  },
  '0004_message_refs': { up: addMessageRefs },
  '0005_spray_fingerprints': { up: (db: AnyDb) => createSprayFingerprints(db, dialect) },
  '0006_unread_language': { up: (db: AnyDb) => unreadLanguage(db, dialect) },
  '0007_working_language': { up: addWorkingLanguage },
});

export class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: Record<string, Migration>) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return this.migrations;
  }
}
