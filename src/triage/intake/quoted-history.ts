/**
 * Quoted history in a note's own language ("El … escribió:", "Em … escreveu:", "Le … a écrit :",
 * "Am … schrieb …:", "Il giorno … ha scritto:"): the note ends where it starts. English quoted
 * history is read by normalize.ts; this is the hook for the other languages, which keeps the text a
 * prefix of itself so every evidence span still points into it.
 */
import { QUOTED_HISTORY } from '../lang/quoted-history.js';

const HEADERS = new Map(Object.entries(QUOTED_HISTORY).map(([code, source]) => [code, new RegExp(source, 'mu')]));

export function withoutQuotedHistory(text: string, code: string): string {
  const header = HEADERS.get(code)?.exec(text);
  if (!header || header.index === 0) return text;
  return text.slice(0, header.index).trimEnd();
}
