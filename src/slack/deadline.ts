/** Raised when work did not finish inside the time a Slack response allows. */
export class DeadlineError extends Error {
  override name = 'DeadlineError';
}

/**
 * Runs work that must finish before a view_submission ack (3 s). If it is late, the caller answers
 * with a field error so the modal stays open with the user's text; the work may still complete.
 */
export async function withinDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError('took too long')), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** How long a view submission may spend on the database before answering Slack. */
export const SUBMISSION_BUDGET_MS = 2_000;
