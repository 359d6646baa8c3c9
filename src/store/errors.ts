/** The database cannot be reached or is failing; the caller tells the user to retry shortly. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  constructor(cause: unknown) {
    super('The database is not reachable right now. Nothing was lost; please try again in a moment.', { cause });
  }
}

/** Input that breaks the store's rules; the message names the field, never its value. */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(what: string) {
    super(`${what} was not found; it may have been deleted by retention or "forget me".`);
  }
}

/** Someone other than the referrer who ran a triage tried to act on it. */
export class NotOwnerError extends Error {
  override name = 'NotOwnerError';
  constructor() {
    super('Only the person who ran this triage can act on it.');
  }
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
  '53300',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_CANTOPEN',
  'SQLITE_READONLY',
  'SQLITE_IOERR',
  'SQLITE_FULL',
]);

/** True for errors that mean "the database is down or busy", as opposed to a bug or bad data. */
export function isUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  if (!e) return false;
  if (e.code && UNAVAILABLE_CODES.has(e.code)) return true;
  if (e.code?.startsWith('SQLITE_IOERR')) return true;
  return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    e.message ?? '',
  );
}

/** Runs database work, turning "the database is down or busy" into one clear error; bugs and bad data pass through. */
export async function guardUnavailable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUnavailable(error)) throw new StoreUnavailableError(error);
    throw error;
  }
}
