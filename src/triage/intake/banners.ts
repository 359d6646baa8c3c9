/** A mail system's tags and banners, dropped before the note is read (lang/en/intake.ts MAIL_SYSTEM_TAG). */
import { MAIL_SYSTEM_BANNER, MAIL_SYSTEM_TAG, PROTECTIVE_MARKING } from '../lang/en/intake.js';

const TAG = new RegExp(`\\s?${MAIL_SYSTEM_TAG}\\s?`, 'g');
const HAS_TAG = new RegExp(MAIL_SYSTEM_TAG);
const BANNER = new RegExp(MAIL_SYSTEM_BANNER, 'i');
const MARKING = new RegExp(PROTECTIVE_MARKING, 'u');
/** A subject's marking in brackets: "Catch-up [SEC=OFFICIAL]". */
const MARKING_TAG = /\s?\[SEC=[A-Z:-]{3,30}\]/g;

const MAY_HOLD_BANNER =
  /\[(?:EXT|CAUTION|WARNING|SEC=)|originated|receiving this|automated|click|often get|external (?:e-?mail|sender|message)|cautio|careful/i;
const MAY_HOLD_MARKING = /OFFICIAL|PROTECTED|CLASSIFIED|CONFIDENTIAL|RESTRICTED|classification|sensitivity/i;

/** The paste without its mail system's tags, and without the lines its banner fills. */
export function withoutMailBanners(text: string): string {
  // Most pastes carry no banner: the split is skipped for them.
  if (!MAY_HOLD_BANNER.test(text) && !MAY_HOLD_MARKING.test(text)) return text;
  return text
    .split('\n')
    .map((line) => (HAS_TAG.test(line) ? line.replace(TAG, ' ').trim() : line))
    .map((line) => line.replace(MARKING_TAG, ''))
    .filter((line) => !BANNER.test(line.trim()) && !MARKING.test(line.trim()))
    .join('\n');
}
