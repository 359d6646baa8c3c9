/**
 * A name behind a rank, an office or a religious title ("Petty Officer First Class Tamika Rowe (ret.)",
 * "Judge Ana Ruiz", "Sister Mary Kelly"), and "(ret.)" after one: neither is part of the name. Who-is-who
 * reads the note's sentences with them off, so a phrase that names a person meets the name itself.
 */
import { RANK_TITLES } from '../lang/en/candidate.js';
import { alternation } from '../shared/phrases.js';

/** "(ret.)", "(Ret.)", "(retired)" after a name. */
const RETIRED = String.raw`\s*\((?:[Rr]et(?:ired)?|RET)\.?\)`;
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]+`;
/** What stands before the rank: "Retired Colonel", "Acting Chief", "Rev. Dr.". */
const BEFORE = String.raw`(?:(?:Retired|Ret\.|Former|Acting|Interim|Deputy|Assistant)\s+)?`;
/**
 * Never after "my", "the" or "a", nor inside a run of capitalized words: "my Sister Jane" and "Chief Operating
 * Officer Ana Ruiz" hold no rank before a name. The name after it is two or three words, no capitalized word after.
 */
const RANKED = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’.-])(?<!\b(?:[Mm]y|[Oo]ur|[Yy]our|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Tt]he)\s)(?<!\p{Lu}[\p{L}\p{M}'’.-]*\s)` +
    String.raw`${BEFORE}(?:${alternation(RANK_TITLES)}\s+){1,3}` +
    String.raw`(?=(?:${WORD}\s+|\p{Lu}\.\s+){1,2}${WORD}(?:${RETIRED})?(?![\p{L}\p{M}'’-]|\s+\p{Lu}))`,
  'gu',
);
const RETIRED_AFTER = new RegExp(String.raw`(?<=\p{L})${RETIRED}`, 'gu');

/** The text with ranks and titles taken off the names they stand before, and "(ret.)" off the names it follows. */
export function withoutRanks(text: string): string {
  return text.replace(RANKED, '').replace(RETIRED_AFTER, '');
}

/** A rank at the start of a name as signed ("SSG Ana Ruiz", "Petty Officer Ana Ruiz"), two name words after it. */
const RANK_FIRST = new RegExp(
  String.raw`^${BEFORE}(?:${alternation(RANK_TITLES)}\s+){1,3}(?=\p{Lu}[\p{L}\p{M}'’.-]*\s+\p{Lu})`,
  'u',
);

/**
 * The name without the rank it is signed with ("V/r, / SSG Ana Ruiz" signs as "Ana Ruiz"). One word after the
 * rank's is a name of its own ("Justice Adeyemi", "Gen Tanaka"): it stays whole.
 */
export const rankOff = (name: string): string => name.replace(RANK_FIRST, '');
