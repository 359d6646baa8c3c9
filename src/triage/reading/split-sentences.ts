/** A plain sentence splitter for the reader's benchmark and callers without one: ends at . ! ? or a line break. */

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'vs',
  'approx',
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'no',
  'etc',
  'a.m',
  'p.m',
  'inc',
  'jr',
  'sr',
]);

export interface SentenceSpan {
  readonly text: string;
  readonly start: number;
}

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: start + lead });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') push(i + 1);
    else if (c === '!' || c === '?') push(i + 1);
    else if (c === '.' && /\s/.test(text[i + 1] ?? ' ')) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 8), i))?.[1]?.toLowerCase() ?? '';
      if (!ABBREVIATIONS.has(word)) push(i + 1);
    }
  }
  push(text.length);
  return out;
}
