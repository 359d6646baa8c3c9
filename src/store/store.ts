import type { Kysely } from 'kysely';
import { BlurbStore } from './blurbs.js';
import { Erasure } from './erasure.js';
import { EventLog } from './event-log.js';
import { HomeQueries } from './home-queries.js';
import { type Clock, systemClock } from './owner.js';
import { ProfileStore } from './profiles.js';
import { ReferralStore } from './referrals.js';
import { ReminderStore } from './reminders.js';
import type { Database } from './schema.js';
import { SprayStore } from './sprays.js';
import { TriageStore } from './triages.js';
import { VoteStore } from './votes.js';

export { STALE_POST_CLAIM_MS } from './blurbs.js';
export type { Clock } from './owner.js';

/**
 * The app's data, by concern, over one typed SQL layer that speaks SQLite and PostgreSQL. Every
 * write that touches two tables is one transaction; every action on a triage is checked against the
 * referrer who owns it.
 */
export interface Store {
  profiles: ProfileStore;
  triages: TriageStore;
  blurbs: BlurbStore;
  home: HomeQueries;
  erasure: Erasure;
  events: EventLog;
  referrals: ReferralStore;
  reminders: ReminderStore;
  votes: VoteStore;
  sprays: SprayStore;
}

export function createStore(db: Kysely<Database>, clock: Clock = systemClock): Store {
  const triages = new TriageStore(db, clock);
  return {
    profiles: new ProfileStore(db, clock),
    triages,
    blurbs: new BlurbStore(db, clock, triages),
    home: new HomeQueries(db, clock),
    erasure: new Erasure(db, clock),
    events: new EventLog(db, clock),
    referrals: new ReferralStore(db, clock, triages),
    reminders: new ReminderStore(db, clock),
    votes: new VoteStore(db, clock),
    sprays: new SprayStore(db, clock),
  };
}
