/**
 * English phrase data: The note’s frame: greeting and sign-off.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { alternation } from '../../shared/phrases.js';

// The note's frame: greeting and sign-off

export const GREETING = String.raw`^(?:hi|hey|hello|dear|good (?:morning|afternoon|evening)|greetings|yo|hiya)(?:\s+@?[\p{L}\p{N}_.'-]+){0,3}\s*[,!:.—–-]*$`;

export const GREETING_PREFIX = String.raw`^(?:hi|hey|hello|dear|hiya)\b(?: @?[\p{L}\p{N}_.-]+){0,2}[,!:]?\s+`;

export const SIGN_OFF = `^${alternation(`
  best
  thanks
  thank you
  cheers
  regards
  warm regards
  kind regards
  best regards
  warmly
  sincerely
  all the best
  many thanks
  thanks so much
  thank you so much
  thanks again
  talk soon
  appreciate it
  take care
  respectfully
  with thanks
  thx
  ty
  v/r
  very respectfully
  gratefully
  sincerely yours
  yours sincerely
  yours truly
  kindest regards
  with kind regards
  with best regards
  with warm regards
  with gratitude
  with appreciation
`)}\\b[\\s\\p{L}!,.'-]{0,40}$`;
