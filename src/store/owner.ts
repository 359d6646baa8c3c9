import type { ExpressionBuilder, Kysely } from 'kysely';
import type * as z from 'zod';
import { guardUnavailable, InvalidInputError, NotFoundError, NotOwnerError } from './errors.js';
import { type Database, type Owner, OwnerSchema } from './schema.js';

/** Input checked against a schema; a failure names the field, never its value. */
export function parse<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.') || what}: ${i.message}`).join('; ');
    throw new InvalidInputError(`Invalid ${what}: ${fields}`);
  }
  return parsed.data;
}

export function parseOwner(owner: Owner): Owner {
  return parse(OwnerSchema, owner, 'owner');
}

/** The rows of triages that belong to this referrer. */
export const ownsTriage =
  ({ teamId, userId }: Owner) =>
  (eb: ExpressionBuilder<Database, 'triages'>) =>
    eb.and([eb('team_id', '=', teamId), eb('referrer_id', '=', userId)]);

/** The referrer's own profile row. */
export const ownsProfile =
  ({ teamId, userId }: Owner) =>
  (eb: ExpressionBuilder<Database, 'profiles'>) =>
    eb.and([eb('team_id', '=', teamId), eb('user_id', '=', userId)]);

/**
 * Refuses anyone but the triage's referrer, reading only the two owner columns: every action on a
 * triage starts here, so it stays cheap.
 */
export async function assertOwner(db: Kysely<Database>, owner: Owner, id: string): Promise<void> {
  const { teamId, userId } = parseOwner(owner);
  const row = await guardUnavailable(() =>
    db.selectFrom('triages').select(['team_id', 'referrer_id']).where('id', '=', id).executeTakeFirst(),
  );
  if (!row) throw new NotFoundError('That triage');
  if (row.team_id !== teamId || row.referrer_id !== userId) throw new NotOwnerError();
}

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };
export const DAY_MS = 86_400_000;
