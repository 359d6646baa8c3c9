/** What a reader does not see in a paste, and what a copy changed: invisibles, odd spaces, curly quotes, tabbed fields. */
import { TABBED_FIELD } from './mail.js';

/** Control characters, zero-width and bidi marks are invisible to a reader; they only hide words from matching. */
export function stripInvisibles(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(TABBED_FIELD, '$1: ')
    .replace(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point of this step.
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g,
      '',
    )
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"');
}
