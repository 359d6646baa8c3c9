/**
 * Hinglish phrase data: The note’s frame: greeting and sign-off.
 * Data only: each stage compiles what it reads, once, at load (see shared/phrases.ts for the line syntax).
 */
import { alternation } from '../../shared/phrases.js';

export const GREETING = String.raw`^(?:hi+|hey|hello|helo|namaste|namaskar|namaskaar|pranam|pranaam|ram ram|salaam|as+alam ?o? ?alaikum|sat sri akal|dear|respected|good (?:morning|afternoon|evening))(?:,?\s+@?[\p{L}\p{N}_.'-]+){0,3}\s*[,!:.—–-]*$`;

export const GREETING_PREFIX = String.raw`^(?:hi+|hey|hello|namaste|namaskar|dear|respected)\b(?: @?[\p{L}\p{N}_.-]+){0,2}[,!:]?\s+`;

export const SIGN_OFF = `^${alternation(`
  thanks
  thank you
  thanks a lot
  thanks in advance
  thanku
  thnx
  thx
  ty
  dhanyavaad
  dhanyawad
  dhanyavad
  shukriya
  bahut shukriya
  regards
  thanks & regards
  thanks and regards
  thanks & best regards
  best regards
  warm regards
  kind regards
  best
  cheers
  aapka aabhari
  aabhar
  take care
`)}\\b[\\s\\p{L}!,.'-]{0,40}$`;
