/** The bumps a note tells of: "I messaged you last week and twice before that" is three. */
import { NOTICE_OF_MESSAGE, NTH_FOLLOW_UP } from '../lang/en/risks.js';
import { ORDINAL_BUMPS } from '../lang/ordinals.js';
import type { Sentence } from '../reading/sentences.js';
import type { Patterns } from './patterns.js';
import { firstMatch, present, type Signal } from './signal.js';

/** How many earlier messages the note mentions: "I messaged you last week and twice before that" is three. */
export function countBumps(sentences: readonly Sentence[], P: Patterns): number {
  let total = 0;
  // "This is my 4th message" counts every bump before it, the ones the note shows too: a floor, not a sum.
  let numbered = 0;
  let repeated = false;
  for (const { text } of sentences) {
    if (!isBump(text, P)) continue;
    let count = 0;
    const quantities = [...text.matchAll(P.QUANTIFIER)].map((m) => ({ index: m.index ?? 0, n: quantity(m) }));
    const used = new Set<number>();
    for (const contact of text.matchAll(P.CONTACT_VERB)) {
      const after = (contact.index ?? 0) + contact[0].length - (contact[1]?.length ?? 0);
      const attached = quantities.find((q) => q.index >= after && q.index <= after + (contact[1]?.length ?? 0));
      if (attached) used.add(attached.index);
      count += attached ? attached.n : 1;
    }
    for (const q of quantities) if (!used.has(q.index)) count += q.n;
    const ordinal = P.ORDINAL_MESSAGE.exec(text);
    const word = ordinal?.[1]?.toLowerCase() ?? '';
    if (ordinal) numbered = Math.max(numbered, ORDINALS[word] ?? ORDINAL_BUMPS[word] ?? 1);
    const nth = NTH.exec(text);
    if (nth) count = Math.max(count, Number(nth[1]));
    if (!ordinal || count > 0) total += Math.max(count, 1);
    // "Following up again" says this is not the first, however the rest of the note counts.
    if (P.REPEATED_BUMP.test(text)) repeated = true;
  }
  total = Math.max(total, numbered);
  return Math.min(repeated ? Math.max(total, 2) : total, 10);
}

const NTH = new RegExp(NTH_FOLLOW_UP, 'i');
/** A message of question marks alone ("??", "…?"): a thread's wordless nudge, in any language. */
const BARE_NUDGE = /^\s*(?:\.{2,}|…)?\s*[?？]+[!?？]*\s*$/u;
/** A bump said in words, or a wordless nudge. */
const isBump = (text: string, P: Patterns) => P.FOLLOW_UP.test(text) || BARE_NUDGE.test(text);
const ORDINALS: Record<string, number> = { second: 1, third: 2, fourth: 3, fifth: 4 };
const WORD_COUNTS: Record<string, number> = {
  once: 1,
  twice: 2,
  'two times': 2,
  'three times': 3,
  thrice: 3,
  'four times': 4,
  'five times': 5,
  'a few times': 3,
  'several times': 3,
  'multiple times': 3,
  'a couple times': 2,
  'a couple of times': 2,
};
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, few: 3, 'couple of': 2 };

function quantity(match: RegExpMatchArray): number {
  if (match[2]) return Number(match[2]);
  const phrase = (match[1] ?? '').toLowerCase();
  const earlier = /^(?:last|previous|earlier) (two|three|four|few|couple of|\d{1,2}) /.exec(phrase);
  if (earlier) return NUMBER_WORDS[earlier[1] ?? ''] ?? Number(earlier[1]);
  return WORD_COUNTS[phrase] ?? 1;
}

const NOTICE = new RegExp(NOTICE_OF_MESSAGE, 'u');
/** A line that is no sentence: a mail's subject, an app's notice, a chat line left unpunctuated. */
const isTitle = (s: Sentence) => !/[.!?…]["”')]*$/.test(s.text.trim());

/**
 * Where a note's bumps are told: its sentences, and its titles, an app's notice that someone sent you a
 * message aside (it tells of this message, none before it).
 */
export function bumpSources(body: readonly Sentence[]): [readonly Sentence[], readonly Sentence[]] {
  const prose = body.filter((s) => !isTitle(s));
  return [prose, body.filter((s) => isTitle(s) && !NOTICE.test(s.text.trim()))];
}

export function findBump(body: readonly Sentence[], P: Patterns): Signal {
  const told = body.filter((s) => !isTitle(s) || !NOTICE.test(s.text.trim()));
  const worded = firstMatch(told, P.FOLLOW_UP);
  if (worded.present) return worded;
  const nudge = told.find((s) => isBump(s.text, P));
  return nudge ? present(nudge.text.trim()) : worded;
}
