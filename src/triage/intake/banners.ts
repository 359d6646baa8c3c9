/** A mail system's tags and banners, dropped before the note is read (lang/en/intake.ts MAIL_SYSTEM_TAG). */
import { MAIL_SYSTEM_BANNER, MAIL_SYSTEM_TAG } from '../lang/en/intake.js';

const TAG = new RegExp(`\\s?${MAIL_SYSTEM_TAG}\\s?`, 'g');
const HAS_TAG = new RegExp(MAIL_SYSTEM_TAG);
const BANNER = new RegExp(MAIL_SYSTEM_BANNER, 'i');

/** The paste without its mail system's tags, and without the lines its banner fills. */
export function withoutMailBanners(text: string): string {
  // Most pastes carry no banner: the split is skipped for them.
  if (!/\[(?:EXT|CAUTION|WARNING)|originated|click|often get|external (?:e-?mail|sender|message)/i.test(text))
    return text;
  return text
    .split('\n')
    .map((line) => (HAS_TAG.test(line) ? line.replace(TAG, ' ').trim() : line))
    .filter((line) => !BANNER.test(line.trim()))
    .join('\n');
}
