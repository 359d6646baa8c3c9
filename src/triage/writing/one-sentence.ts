import { endsWithAbbreviation } from '../reading/sentences.js';
import { clausesOf, withoutEndPunctuation } from '../shared/text.js';

/** A sentence of the blurb must end once: a period inside reads as a break, unless it ends an abbreviation ("St. Luke's"). */
export function oneSentence(text: string): string {
  const flat = withoutEndPunctuation(
    text.replace(/\s+/g, ' ').replace(/([.!?])\s+(\S)/g, (m, p: string, first: string, at: number, all: string) => {
      if (p !== '.') return `${p} ${first}`;
      if (endsWithAbbreviation(all, at)) return m;
      // A lone capital before a name ("T. Ferreira") is the candidate's initial: the blurb's sentences end on no letter.
      if (
        /(?:^|\s)[A-HJ-Z]$/.test(all.slice(Math.max(0, at - 2), at)) &&
        /^\p{Lu}\p{Ll}/u.test(first + all.charAt(at + m.length))
      )
        return m;
      // "…before weaning. Last season, two." → "…before weaning; last season, two": one sentence, read as two clauses.
      const rest = all.slice(at + m.length - 1);
      const word = /^\p{L}+/u.exec(rest)?.[0] ?? '';
      if (!LINKING_STARTERS.has(word)) return `, ${first}`;
      // A clause under four words ("Last season, two") stays joined to its before, so it is no fragment.
      const words = (/^[^.!?;]*/.exec(rest)?.[0].match(/[\p{L}\p{N}]+/gu) ?? []).length;
      return words < 4 ? `, and ${first.toLowerCase()}` : `; ${first.toLowerCase()}`;
    }),
  );
  return `${flat.replace(/[!?]\s+/g, ', ')}.`;
}

/** Capitalized only because they opened a sentence: lowercased when two sentences become one. */
const LINKING_STARTERS = new Set([
  ...['The', 'This', 'That', 'These', 'Those', 'It', 'We', 'They', 'Our', 'Their'],
  ...['Last', 'Since', 'After', 'Before', 'Now', 'Then', 'Today', 'Once', 'When'],
  ...['But', 'And', 'So', 'In', 'On', 'Over', 'Within', 'By'],
]);

/** A clause that adds to what the sentence said before it: "including two trials of over a month", "such as …". */
const ASIDE = /^(?:including|such as|especially|mostly|mainly|many of them|most of them)\b/i;

/**
 * A sentence within a length: whole when it fits, else without the asides at its end ("…, including
 * two trials of over a month"); null when it does not fit without what it says first.
 */
export function withinLength(text: string, room: number): string | null {
  if (text.length <= room) return text;
  const clauses = clausesOf(text);
  let keep = clauses.length;
  while (keep > 1 && ASIDE.test(clauses[keep - 1] ?? '')) keep--;
  if (keep === clauses.length) return null;
  const last = clauses[keep - 1] as string;
  // The last clause kept ends where it is last written before the asides.
  const cut = withoutEndPunctuation(
    text.slice(0, text.lastIndexOf(last, text.indexOf(clauses[keep] as string)) + last.length),
  );
  return cut.length <= room ? cut : null;
}
