/**
 * Finding vocabulary terms in text: the product areas' words (areas.ts) and a referrer's own phrases
 * from their team area, matched on word stems.
 */
import { type Token, tokenize } from '../shared/words.js';

/** A vocabulary entry after stemming: which area it names, or a referrer's own phrase (area null). */
export interface Term {
  phrase: string;
  stems: string[];
  area: string | null;
}

export interface TermHit {
  term: Term;
  /** The words of the text that matched, as written. */
  surface: string;
}

/**
 * Finds terms in text, longest first and without overlap, so "ML platform" counts as AI and not
 * also as "platform". One pass over the tokens: linear in the length of the text.
 */
export class TermMatcher {
  private readonly byFirstStem = new Map<string, Term[]>();

  constructor(terms: Iterable<Term>) {
    for (const term of terms) {
      const first = term.stems[0];
      if (first === undefined) continue;
      const list = this.byFirstStem.get(first) ?? [];
      list.push(term);
      this.byFirstStem.set(first, list);
    }
    for (const list of this.byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  }

  match(text: string): TermHit[] {
    return this.matchTokens(tokenize(text), text);
  }

  matchTokens(tokens: Token[], text: string, offset = 0): TermHit[] {
    const hits: TermHit[] = [];
    let i = 0;
    while (i < tokens.length) {
      const candidates = this.byFirstStem.get(tokens[i]?.stem ?? '') ?? [];
      let found: Term | undefined;
      let end = -1;
      for (const term of candidates) {
        end = matchEnd(term, tokens, i);
        if (end !== -1) {
          found = term;
          break;
        }
      }
      if (!found) {
        i++;
        continue;
      }
      const first = tokens[i] as Token;
      const last = tokens[end] as Token;
      hits.push({ term: found, surface: text.slice(first.start - offset, last.end - offset) });
      i = end + 1;
    }
    return hits;
  }
}

/**
 * The work a doer's noun names, as its stem: "editor" is "edit", "scheduler" "schedul", "accountant"
 * "account". A referrer's own phrase names the work ("copy editing"), a role the doer ("Copy
 * Editor"): the two meet, after the same first word ("Brand Designer" is not "product design").
 * Null for a word that is no doer's noun.
 */
function workOf(stem: string): string | null {
  const work = /^(\p{L}{4,}?)(?:er|or|ant)$/u.exec(stem)?.[1];
  return work ?? null;
}

/** How many words may stand inside a referrer's own phrase: "internal experimentation tooling" meets "internal tooling". */
const OWN_TERM_GAP = 2;

/** Index of the last token of the term starting at `start`, or -1. Only the referrer's own phrases tolerate gaps. */
function matchEnd(term: Term, tokens: Token[], start: number): number {
  const gap = term.area === null ? OWN_TERM_GAP : 0;
  let at = start;
  for (let k = 1; k < term.stems.length; k++) {
    let next = -1;
    for (let j = at + 1; j <= at + 1 + gap && j < tokens.length; j++) {
      const stem = tokens[j]?.stem ?? '';
      if (stem === term.stems[k] || (term.area === null && workOf(stem) === term.stems[k])) {
        next = j;
        break;
      }
    }
    if (next === -1) return -1;
    at = next;
  }
  return at;
}
