/**
 * Letters and numbers by code point, for loops that walk a text instead of matching a word at a time
 * (a match allocates an array each). ASCII and the Latin letters of Latin-1 and Latin Extended-A/B
 * (U+00C0–U+024F, where only × and ÷ are no letters) are told by their code; any other code point by
 * the Unicode property, as a pattern with the u flag tells it.
 */
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;

export function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
  if (cp >= 0xc0 && cp <= 0x24f) return cp !== 0xd7 && cp !== 0xf7;
  return LETTER.test(String.fromCodePoint(cp));
}

export function isLetterOrNumber(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a);
  return isLetter(cp) || NUMBER.test(String.fromCodePoint(cp));
}

/** The code point at i (a surrogate pair read as one), and how many code units it takes. */
export function codePointAt(text: string, i: number): number {
  const high = text.charCodeAt(i);
  if (high < 0xd800 || high > 0xdbff) return high;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000 : high;
}
