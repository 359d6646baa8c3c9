/**
 * Whether words are shaped like a person's name, word by word: the test the name rules
 * (decision/names.ts) and the intake's header lines (intake/header-line.ts) share, so a line the
 * intake takes for a speaker's name is one the name rules would read as a name.
 */
import { NOT_NAME_WORDS } from '../lang/en/intake.js';

/** Words that are never a person's name: post-nominals, titles, screen and mail words. */
export const NEVER_NAME = new Set(NOT_NAME_WORDS.split(/\s+/).filter(Boolean));
/** A name word: capitalized where the script has case (Ana, O'Neil, Jean-Luc, McKay), or a word of a caseless script. */
const NAME_WORD =
  /^(?:(?:(?:al|el|d|l)['’-])?\p{Lu}[\p{Ll}\p{M}'’.-]*(?:[\p{Lu}][\p{Ll}\p{M}'’.-]*)*|\p{Lu}{2,}|[\p{Lo}][\p{L}\p{M}]*)$/u;
/**
 * A particle inside a name, written in lower case: "Diego de la Cruz", "Ludwig van der Berg", "Ahmed bin Zayed",
 * and Welsh patronymics ("Rhys ap Gwilym", "Nia ferch Ifan").
 */
export const NAME_PARTICLE =
  /^(?:de|del|dela|delos|della|dei|der|den|di|da|das|dos|du|la|las|los|le|van|von|ter|ten|bin|binti|bint|ibn|y|e|zu|af|av|ap|ab|ferch|verch)$/;

/** Every word is a name word; a lower-case particle only between two of them ("de la" in "Diego de la Cruz"). */
export const nameWords = (words: readonly string[]) =>
  words.every(
    (w, i) =>
      // Dotted initials ("J.R.") are a name's, never the credential their letters spell ("jr").
      (/^(?:\p{Lu}\.){2,}$/u.test(w) || !NEVER_NAME.has(w.toLowerCase().replace(/\./g, ''))) &&
      (NAME_WORD.test(w) || (i > 0 && i < words.length - 1 && NAME_PARTICLE.test(w))),
  );
