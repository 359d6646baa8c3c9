/**
 * The name a note is signed with, read from its shape alone, for a note in a language the triage does
 * not read (no closings or self-introductions to go by): the last line, when it is shaped like a name
 * in any script. "Daan de Vries", "Emre Yılmaz", "山本 直樹" are; "Groetjes," and "Obrigado!!" are not.
 */
import { CLOSINGS_ELSEWHERE } from '../lang/closings-elsewhere.js';
import { SELF_NAMED_ELSEWHERE } from '../lang/self-named-elsewhere.js';
import { wordAlternation } from '../shared/phrases.js';

/** A word of a name: capitalized (Latin, Cyrillic, Greek…), or in a script without case (Han, kana, Hangul…). */
// Each part of a joined name has its capital: "Al-Hashimi", "Pierce-Adebayo", "O'Shaughnessy".
const CASED_WORD =
  /^(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}[\p{Ll}\p{M}'’-]*(?:-\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}[\p{Ll}\p{M}'’-]*)*$/u;
const UNCASED_WORD =
  /^(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{1,5}|[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Thai}\p{M}]{2,15})$/u;
const NAME_WORD = { test: (word: string) => CASED_WORD.test(word) || UNCASED_WORD.test(word) };
/** The small words inside a family name: "Daan de Vries", "Thiago Mendes dos Santos", "Ursula von der Leyen". */
const PARTICLE = /^(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|ten|le|la|y|e|bin|ibn|al|el)$/;
/** A middle initial, with its period: "M.". */
const MIDDLE = /^\p{Lu}\.$/u;
/** Scripts without spaces between a family name and a given name: one word of two to eight characters is a name. */
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,8}$/u;
/** A closing or thanks written alone on the last line, in languages the triage does not otherwise read. */
const CLOSING_WORD = new RegExp(`^${wordAlternation(CLOSINGS_ELSEWHERE)}$`, 'iu');

const GIVEN = SELF_NAMED_ELSEWHERE.map((source) => new RegExp(source, 'u'));

/** The last line's name, else one the writer gives in a caseless script ("저는 김하늘이라고 합니다"). */
export function finalLineName(text: string): string | null {
  return lastLineName(text) ?? GIVEN.map((pattern) => pattern.exec(text)?.[1]).find(Boolean) ?? null;
}

function lastLineName(text: string): string | null {
  const lines = withoutComposeBox(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('>')),
  );
  const last = lines[lines.length - 1];
  if (!last || last.length > 40) return null;
  const words = last.split(/\s+/);
  if (words.length === 1 && UNSPACED.test(last)) return CLOSING_WORD.test(last) ? null : last;
  const shaped =
    words.length <= 5 &&
    NAME_WORD.test(words[0] as string) &&
    NAME_WORD.test(words[words.length - 1] as string) &&
    // A middle initial between the given name and the surname: "Deshawn M. Price".
    words.every((w, i) => NAME_WORD.test(w) || PARTICLE.test(w) || (i > 0 && i < words.length - 1 && MIDDLE.test(w)));
  if (!shaped) return null;
  // One Latin word alone is a name only under a line that closes ("Pozdrawiam," or "Terima kasih, Kak!"),
  // and never a closing itself ("Dziękuję!" over "Pozdrawiam").
  if (words.length === 1 && (!/[,!]\s*$/.test(lines[lines.length - 2] ?? '') || CLOSING_WORD.test(last))) return null;
  return last;
}

/**
 * A chat's compose box copied under the note ("Mesaj yazın…" over "Gönder"), in whatever language the
 * app is set to: a short placeholder ending in an ellipsis among the last lines, and its buttons after it.
 */
function withoutComposeBox(lines: string[]): string[] {
  const box = lines.findIndex(
    (line, i) => i > 0 && i >= lines.length - 3 && /(?:…|\.\.\.)$/u.test(line) && line.split(/\s+/).length <= 4,
  );
  return box > 0 ? lines.slice(0, box) : lines;
}
