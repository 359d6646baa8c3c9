import type { en } from './en/index.js';

type Widen<T> = T extends string ? string : T;

/**
 * English-only data that the intake and who-is-who read straight from lang/en (issue 22): LinkedIn's
 * screen text, chat noise, closings, and how a note written for someone else names them. Other
 * languages do not fill these yet; their notes are read with English's.
 */
export const ENGLISH_ONLY = [
  'LINKEDIN_SCREEN',
  'LINKEDIN_SENDER',
  'NOTICE_SENDER',
  'ATS_APPLICANT_FIELD',
  'ATS_FIELDS',
  'ATS_JOB_FIELD',
  'ATS_MESSAGE_LABEL',
  'CHAT_NOISE',
  'MESSENGER_SCREEN',
  'HEADER_WORDS',
  'SCREEN_WORDS',
  'BUTTON_WORDS',
  'PROTECTIVE_MARKING',
  'NAME_IN_FULL',
  'POINTS_BELOW',
  'MAIL_SYSTEM_TAG',
  'MAIL_SYSTEM_BANNER',
  'OFFERED_MANY',
  'CLOSINGS',
  'NOT_NAME_WORDS',
  'RESUME_HEADING',
  'FOR_AGENCY',
  'FOR_KIN',
  'KIN_NAMED',
  'SIGNED_AS_KIN',
  'GO_BETWEEN_DEED',
  'ABOUT_KIN',
  'FOR_WORK',
  'FIRST_HAND',
  'NAMED_THIRD',
  'NOT_FIRST_HAND',
  'SELF_NAMED_LOWER',
  'SELF_NAMED_LOWER_KIN',
  'NOT_A_NAME_IN_LOWER_CASE',
  'PASSED_ON_FROM',
  'REFER_NAMED',
  'REFERENCE_OFFERED',
  'NO_ENDORSEMENT',
  'SALES_OFFER',
  'PITCH_SHAPES',
  'MEETING_ASK',
  'OWN_WORK_FORWARD',
  'INLINE_SIGN_OFF',
  'INTRODUCED',
  'SELF_NAMED',
  'STATED_GAP',
  'STATED_GAP_ABOUT',
  'STATED_GAP_ADMITTED',
  'THIRD_PERSON_ASK',
  'SELF_ASK',
  'NOTICE_OF_MESSAGE',
  'APP_SECTIONS',
  'PRESENCE_STATUSES',
  'FORWARD_MARKS',
  'HIRING_SYSTEMS',
  'HIRING_MAILBOXES',
  'PROFILE_COUNT_NOUNS',
  'PROFILE_ACCOUNT_KINDS',
  'NTH_FOLLOW_UP',
  'MASS_MAILING_HEADER',
  'DESK_GREETING',
  'ANY_OPENING',
  'BLANK_FIELD',
] as const;
type EnglishOnly = (typeof ENGLISH_ONLY)[number];

/** The phrase lists of a language: the same names as English, each a language's own. */
export type Phrases = { [K in Exclude<keyof typeof en, EnglishOnly>]: Widen<(typeof en)[K]> };
